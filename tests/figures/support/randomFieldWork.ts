import type { Actor, GridlineEvent } from '@gridline/events';
import { decideCase } from '@gridline/backend/domain/case/decideCase.ts';
import { noCase } from '@gridline/backend/domain/case/caseState.ts';
import { testContext } from '@gridline/backend/domain/case/specification/given.ts';
import type { OrganisationDirectory } from '@gridline/backend/domain/organisation/organisationDirectory.ts';
import { assigned, people, temporaryWorker, world, type WorldGrid } from './figureWorld.ts';
import {
  categories,
  onCase,
  pick,
  randomMeeting,
  randomPatrol,
  risks,
  type Appended,
} from './randomOccasions.ts';

// Everything a random step does besides working an existing case: opening one, a patrol
// (whose findings may open cases), a residents' meeting (whose matters do), a grid worker
// joining or leaving, a new building. Each yields its events with their streams.

export type { Appended };

interface Choice {
  readonly kind: number;
  readonly variant: number;
}

const sources = ['inspection', 'resident', 'hotline', 'meeting', 'referral'] as const;
export const fieldWork = (
  { kind, variant }: Choice,
  grid: WorldGrid,
  actor: Actor,
  now: Date,
  serial: string,
  directory: OrganisationDirectory,
): (() => Appended[]) => {
  const place = {
    streetId: world.communities.find((c) => c.communityId === grid.communityId)!.streetId,
    communityId: grid.communityId,
    gridId: grid.gridId,
    ...(variant % 3 === 0 ? {} : { buildingId: pick(grid.buildings, variant) }),
  };
  const common = { caseId: `C-${serial}`, actor, now, occurredAt: now };
  const opening = {
    place,
    riskLevel: pick(risks, variant >> 2),
    title: '楼道堆物',
    description: '楼道内堆放杂物。',
  };
  if (kind < 75) {
    const source = pick(sources, variant >> 4);
    const command =
      variant % 2 === 0
        ? {
            type: 'ReportIssue' as const,
            ...common,
            payload: { ...opening, category: pick(categories, variant >> 6), source },
          }
        : {
            type: 'LogDispute' as const,
            ...common,
            payload: {
              ...opening,
              disputeType: pick(['neighbour', 'parking', 'family'] as const, variant >> 6),
              parties: [{ name: '赵敏', role: 'applicant' as const }],
              source: source === 'inspection' ? 'resident' : source,
            },
          };
    return () => decideCase(command, noCase, testContext).map(onCase(actor));
  }
  const occasion = { grid, variant, now, serial, directory };
  if (kind < 85) return randomPatrol(occasion);
  if (kind < 92) return randomMeeting(occasion);
  const admin = people.find((p) => p.role === 'admin')!;
  const organisation = (event: GridlineEvent): Appended[] => [
    { event, streamName: 'org-district', actor: admin },
  ];
  if (kind < 96) {
    const worker = temporaryWorker(grid.gridId);
    const holds = (directory.assignments.get(worker.personId) ?? []).some(
      (a) => a.until === undefined,
    );
    return () =>
      organisation(
        holds
          ? {
              type: 'StaffUnassigned',
              data: { personId: worker.personId, role: 'grid_worker', scope: worker.scope },
            }
          : assigned(worker),
      );
  }
  return () =>
    organisation({
      type: 'BuildingRegistered',
      data: {
        gridId: grid.gridId,
        building: {
          buildingId: `bld-new-${serial}`,
          name: '新楼',
          households: 15 + (variant % 30),
        },
      },
    });
};
