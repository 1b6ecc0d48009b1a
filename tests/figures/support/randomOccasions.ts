import type { Actor, GridlineEvent } from '@gridline/events';
import { deadlineAt } from '@gridline/backend/domain/case/caseDecisionContext.ts';
import { testContext } from '@gridline/backend/domain/case/specification/given.ts';
import { casesOpenedBy } from '@gridline/backend/domain/inspection/casesFromFindings.ts';
import { decideInspection } from '@gridline/backend/domain/inspection/decideInspection.ts';
import { initialInspectionState } from '@gridline/backend/domain/inspection/recordInspection.ts';
import { decideMeeting } from '@gridline/backend/domain/meeting/decideMeeting.ts';
import { issueFromMatter, noMeeting } from '@gridline/backend/domain/meeting/recordMeeting.ts';
import type { OrganisationDirectory } from '@gridline/backend/domain/organisation/organisationDirectory.ts';
import { people, temporaryWorker, world, type WorldGrid } from './figureWorld.ts';

// A random patrol (whose findings may open cases) and a random residents' meeting (whose
// matters do), through the real decide functions, with the cases they open.

export interface Appended {
  readonly event: GridlineEvent;
  readonly streamName: string;
  readonly actor: Actor;
}

export const pick = <T>(items: readonly T[], variant: number): T => items[variant % items.length]!;
export const categories = [
  'hazard',
  'environment',
  'facility',
  'request',
  'welfare',
  'other',
] as const;
export const risks = ['low', 'medium', 'high', 'critical'] as const;
export const onCase =
  (actor: Actor) =>
  (event: GridlineEvent): Appended => ({
    event,
    streamName: `case-${(event.data as { caseId: string }).caseId}`,
    actor,
  });

interface Occasion {
  readonly grid: WorldGrid;
  readonly variant: number;
  readonly now: Date;
  readonly serial: string;
  readonly directory: OrganisationDirectory;
}

export const randomPatrol = ({
  grid,
  variant,
  now,
  serial,
  directory,
}: Occasion): (() => Appended[]) => {
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
};

export const randomMeeting = ({
  grid,
  variant,
  now,
  serial,
  directory,
}: Occasion): (() => Appended[]) => {
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
};
