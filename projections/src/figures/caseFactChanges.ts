import type { CaseEvent } from '@gridline/events';
import {
  positionKey,
  type ProjectedEvent,
  type Row,
  type RowChange,
  type RowReader,
} from '../projection.ts';

// What each case event adds to the figures' facts. Every value is read off the event
// itself (CaseResolved names its level and deadlines; openings their source and level),
// so no rule of the case is re-derived here. The only state kept is which of a case's
// resolutions stands: the latest one, until a reopen or a failed check takes it back.

const ms = (timestamp: string): number => Date.parse(timestamp);
const orNull = (timestamp: string | null): number | null =>
  timestamp === null ? null : ms(timestamp);

const updateCase = (caseId: string, set: Record<string, number | string | null>): RowChange => ({
  op: 'update',
  table: 'figure_cases',
  key: { case_id: caseId },
  set,
});

/** Where a case is and where it came from, as its row has them: each fact of it carries them. */
const whereaboutsOf = (rows: RowReader, caseId: string): Row | undefined => {
  const row = rows.get('figure_cases', { case_id: caseId });
  return (
    row && {
      street_id: row['street_id']!,
      community_id: row['community_id']!,
      grid_id: row['grid_id']!,
      source: row['source']!,
    }
  );
};

/** A row of a fact that can happen several times to a case, keyed by its position. */
const caseEventRow = (
  table: string,
  caseId: string,
  position: number,
  row: Record<string, number | string>,
  rows: RowReader,
): RowChange[] => {
  // A fact of a case the log never opened counts nowhere, as in the recomputation.
  const where = whereaboutsOf(rows, caseId);
  return where
    ? [{ op: 'upsert', table, row: { case_id: caseId, position, ...where, ...row } }]
    : [];
};

export function caseFactChanges(projected: ProjectedEvent, rows: RowReader): RowChange[] {
  const event = projected.event as CaseEvent;
  const { caseId } = event.data;
  const at = ms(projected.metadata.recordedAt);
  const position = positionKey(projected.position);
  switch (event.type) {
    case 'DisputeLogged':
    case 'IssueReported': {
      const { place, source, level } = event.data;
      return [
        {
          op: 'upsert',
          table: 'figure_cases',
          row: {
            case_id: caseId,
            street_id: place.streetId,
            community_id: place.communityId,
            grid_id: place.gridId,
            building_id: place.buildingId ?? null,
            topic:
              event.type === 'IssueReported'
                ? `issue:${event.data.category}`
                : `dispute:${event.data.disputeType}`,
            source,
            opened_level: level,
            opened_at: at,
            opened_position: position,
            reached_community: level === 'community' ? 1 : 0,
            reached_street: level === 'street' ? 1 : 0,
          },
        },
      ];
    }
    case 'CaseEscalated':
      return [updateCase(caseId, { [`reached_${event.data.toLevel}`]: 1 })];
    case 'CaseReturned':
      return caseEventRow(
        'figure_returns',
        caseId,
        position,
        { returned_at: at, from_level: event.data.fromLevel },
        rows,
      );
    case 'CaseResolved':
      return [
        updateCase(caseId, {
          resolution_level: event.data.level,
          outcome: event.data.outcome,
          resolved_at: at,
          deadline_in_force: orNull(event.data.deadlineInForce),
          original_deadline: orNull(event.data.originalDeadline),
          resolution_stands: 1,
        }),
        ...caseEventRow(
          'figure_resolutions',
          caseId,
          position,
          { resolved_at: at, outcome: event.data.outcome },
          rows,
        ),
      ];
    case 'ResolutionVerified':
      return event.data.outcome === 'failed' ? [updateCase(caseId, { resolution_stands: 0 })] : [];
    case 'CaseReopened':
      return [
        updateCase(caseId, { resolution_stands: 0 }),
        {
          op: 'upsert',
          table: 'figure_reopens',
          row: { case_id: caseId, position, reopened_at: at },
        },
      ];
    case 'ReturnVisitRecorded':
      return caseEventRow(
        'figure_visits',
        caseId,
        position,
        { visited_at: at, rating: event.data.rating },
        rows,
      );
    case 'DepartmentSummoned': {
      const where = whereaboutsOf(rows, caseId);
      if (!where) return [];
      return [event.data.lead, ...event.data.assisting].map(({ departmentId, reportBy }) => ({
        op: 'upsert',
        table: 'figure_summoned',
        row: {
          summons_id: event.data.summonsId,
          department_id: departmentId,
          case_id: caseId,
          ...where,
          summoned_at: at,
          report_by: ms(reportBy),
        },
      }));
    }
    case 'DepartmentReported':
      return firstTime(rows, event.data.summonsId, [event.data.departmentId], 'reported_at', at);
    case 'SummonsWithdrawn':
      return firstTime(rows, event.data.summonsId, event.data.departmentIds, 'withdrawn_at', at);
    default:
      return [];
  }
}

/** Sets a summoned department's report or withdrawal time, unless it already has one. */
function firstTime(
  rows: RowReader,
  summonsId: string,
  departmentIds: readonly string[],
  column: 'reported_at' | 'withdrawn_at',
  at: number,
): RowChange[] {
  return departmentIds.flatMap((departmentId): RowChange[] => {
    const key = { summons_id: summonsId, department_id: departmentId };
    const row = rows.get('figure_summoned', key);
    if (!row || row[column] !== null) return [];
    return [{ op: 'update', table: 'figure_summoned', key, set: { [column]: at } }];
  });
}

/** The case events the figures read. */
export const figureCaseEventTypes = [
  'DisputeLogged',
  'IssueReported',
  'CaseEscalated',
  'CaseReturned',
  'CaseResolved',
  'ResolutionVerified',
  'CaseReopened',
  'ReturnVisitRecorded',
  'DepartmentSummoned',
  'DepartmentReported',
  'SummonsWithdrawn',
] as const satisfies readonly CaseEvent['type'][];
