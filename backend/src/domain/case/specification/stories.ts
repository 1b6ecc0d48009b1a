import type { RecordedCaseEvent } from '../evolveCase.ts';
import {
  accepted,
  assigned,
  closed,
  disputeLogged,
  escalated,
  issueReported,
  resolved,
  summoned,
  verified,
  visited,
} from './history.ts';
import { departments, people } from './people.ts';
import { dueFromMonday, endOfDay, wednesday } from './time.ts';

// The case's life up to the moments the specifications start from: a neighbour dispute
// logged in grid 03, dispatched to the grid worker, then climbing the ladder.

type Story = readonly RecordedCaseEvent[];

export const loggedDispute: Story = [disputeLogged()];
export const reportedIssue: Story = [issueReported()];

export const assignedAtGrid: Story = [
  ...loggedDispute,
  assigned('grid', people.gridWorker, people.gridLeader, dueFromMonday.grid),
];
export const inProgressAtGrid: Story = [...assignedAtGrid, accepted('grid')];

export const awaitingAtCommunity: Story = [
  ...inProgressAtGrid,
  escalated('grid', 'community', dueFromMonday.community),
];
export const inProgressAtCommunity: Story = [
  ...awaitingAtCommunity,
  assigned(
    'community',
    people.secondCommunityStaff,
    people.communityStaff,
    dueFromMonday.community,
  ),
  accepted('community'),
];

export const awaitingAtStreet: Story = [
  ...inProgressAtCommunity,
  escalated('community', 'street', dueFromMonday.street),
];
export const inProgressAtStreet: Story = [
  ...awaitingAtStreet,
  assigned('street', people.secondStreetSupervisor, people.streetSupervisor, dueFromMonday.street),
  accepted('street'),
];

export const awaitingAtDepartment: Story = [
  ...inProgressAtStreet,
  escalated('street', 'department', dueFromMonday.department, departments.police),
];
export const assignedAtDepartment: Story = [
  ...awaitingAtDepartment,
  assigned('department', people.policeLiaison, people.streetSupervisor, dueFromMonday.department),
];

/** At the community level with the police leading and urban management assisting. */
export const summonsId = 'S-20260601-0001';
export const summonedAtCommunity: Story = [
  ...inProgressAtCommunity,
  summoned(summonsId, departments.police, [departments.urbanManagement], endOfDay('2026-06-02')),
];

/** Resolved by the grid worker on Wednesday afternoon. */
export const resolvedAtGrid: Story = [
  ...inProgressAtGrid,
  resolved('grid', people.gridWorker, wednesday),
];
export const verifiedAtGrid: Story = [...resolvedAtGrid, verified(people.communityStaff)];
export const closedCase: Story = [
  ...verifiedAtGrid,
  visited('satisfied', people.secondGridWorker),
  closed(),
];
