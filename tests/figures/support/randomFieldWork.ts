import type { Actor, GridlineEvent } from '@gridline/events';
import { deadlineAt } from '@gridline/backend/domain/case/caseDecisionContext.ts';
import { decideCase } from '@gridline/backend/domain/case/decideCase.ts';
import { noCase } from '@gridline/backend/domain/case/caseState.ts';
import { testContext } from '@gridline/backend/domain/case/specification/given.ts';
import { casesOpenedBy } from '@gridline/backend/domain/inspection/casesFromFindings.ts';
import { decideInspection } from '@gridline/backend/domain/inspection/decideInspection.ts';
import { initialInspectionState } from '@gridline/backend/domain/inspection/recordInspection.ts';
import { decideMeeting } from '@gridline/backend/domain/meeting/decideMeeting.ts';
import { issueFromMatter, noMeeting } from '@gridline/backend/domain/meeting/recordMeeting.ts';
import type { OrganisationDirectory } from '@gridline/backend/domain/organisation/organisationDirectory.ts';
import { assigned, people, temporaryWorker, world, type WorldGrid } from './figureWorld.ts';

// Everything a random step does besides working an existing case: opening one, a patrol
// (whose findings may open cases), a residents' meeting (whose matters do), a grid worker
// joining or leaving, a new building. Each yields its events with their streams.

export interface Appended {
  readonly event: GridlineEvent;
  readonly streamName: string;
  readonly actor: Actor;
}

interface Choice {
  readonly kind: number;
  readonly variant: number;
}

const pick = <T>(items: readonly T[], variant: number): T => items[variant % items.length]!;
const categories = ['hazard', 'environment', 'facility', 'request', 'welfare', 'other'] as const;
const risks = ['low', 'medium', 'high', 'critical'] as const;
const sources = ['inspection', 'resident', 'hotline', 'meeting', 'referral'] as const;
const onCase =
  (actor: Actor) =>
  (event: GridlineEvent): Appended => ({
    event,
    streamName: `case-${(event.data as { caseId: string }).caseId}`,
    actor,
  });

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
  if (kind < 85) {
    const inspector =
      variant % 5 === 0
        ? temporaryWorker(grid.gridId)
        : pick(
            people.filter((p) => p.scope.id === grid.gridId && p.role === 'grid_worker'),
            variant,
          );
    const command = {
      type: 'RecordInspection' as const,
      actor: inspector,
      now,
      data: {
        inspectionId: `I-${serial}`,
        gridId: grid.gridId,
        inspectorId: inspector.personId,
        startedAt: new Date(now.getTime() - 3_600_000).toISOString(),
        endedAt: new Date(now.getTime() - 60_000).toISOString(),
        buildingsVisited: grid.buildings
          .filter((_, i) => (variant >> i) % 2 === 1)
          .map((buildingId) => ({ buildingId, householdsVisited: 3 })),
        welfareChecks: grid.buildings.slice(0, variant % 3).map((buildingId, i) => ({
          buildingId,
          residentName: '王奶奶',
          status: pick(['well', 'needs_attention', 'no_response'] as const, variant + i),
        })),
        findings: Array.from({ length: variant % 3 }, (_, i) => ({
          findingId: `F-${serial}-${i}`,
          category: pick(categories, variant + i),
          title: '消防通道堵塞',
          ...(i === 0 ? {} : { buildingId: pick(grid.buildings, i) }),
          caseId: `C-${serial}-${i}`,
          riskLevel: pick(risks, variant + i),
        })),
      },
    };
    return () => {
      const [recorded] = decideInspection(command, initialInspectionState, { directory });
      const gridDeadline = (risk: (typeof risks)[number]) =>
        deadlineAt('grid', risk, now, testContext);
      return [
        { event: recorded!, streamName: `inspection-I-${serial}`, actor: inspector },
        ...casesOpenedBy(command, recorded!.data, gridDeadline)
          .map((data): GridlineEvent => ({ type: 'IssueReported', data }))
          .map(onCase(inspector)),
      ];
    };
  }
  if (kind < 92) {
    const host = pick(
      people.filter((p) => p.scope.id === grid.communityId),
      variant,
    );
    const grids = world.grids.filter((g) => g.communityId === grid.communityId);
    const command = {
      actor: host,
      now,
      caseIdOf: (matterId: string) => `C-${serial}-${matterId}`,
      payload: {
        meetingId: `M-${serial}`,
        communityId: grid.communityId,
        heldAt: new Date(now.getTime() - 7_200_000).toISOString(),
        venue: '党群服务中心',
        residentsAttending: 12,
        topic: '小区停车',
        matters: Array.from({ length: variant % 4 }, (_, i) => ({
          matterId: `m${i}`,
          category: pick(categories, variant + i),
          riskLevel: pick(risks, variant + i),
          title: '停车难',
          description: '晚间停车位不足。',
          gridId: pick(grids, variant + i).gridId,
        })),
      },
    };
    return () => {
      const [held] = decideMeeting(command, noMeeting, directory);
      if (held?.type !== 'ResidentMeetingHeld') return [];
      return [
        { event: held, streamName: `meeting-M-${serial}`, actor: host },
        ...held.data.matters
          .map((matter): GridlineEvent => ({
            type: 'IssueReported',
            data: issueFromMatter(
              held.data,
              matter,
              deadlineAt('community', matter.riskLevel, now, testContext),
            ),
          }))
          .map(onCase(host)),
      ];
    };
  }
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
