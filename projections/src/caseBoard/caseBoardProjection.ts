import {
  caseEventTypes,
  eraseMaskedText,
  erasesTextNumbers,
  maskFreeText,
  type CaseEvent,
} from '@gridline/events';
import {
  positionKey,
  type ProjectedEvent,
  type Projection,
  type Row,
  type RowChange,
  type RowReader,
} from '../projection.ts';

// 案件台账: one row per case with where it stands now — level, status, who holds it, the
// deadline in force and the level's original one — and the departments summoned to it.
// Every column is a fact an event states; the status follows the events one to one.

const table = 'cases';

const change = (caseId: string, set: Row): RowChange => ({
  op: 'update',
  table,
  key: { case_id: caseId },
  set,
});

const counter = (rows: RowReader, caseId: string, column: string): number =>
  Number(rows.get(table, { case_id: caseId })?.[column] ?? 0) + 1;

/** The columns every event touches: when the case last changed, and how. */
const touched = ({ event, metadata, position }: ProjectedEvent): Row => ({
  last_change_at: metadata.recordedAt,
  last_change_type: event.type,
  last_position: positionKey(position),
});

// Deadlines are compared as text in queries, so they are stored as UTC instants whatever
// offset an event spelled them with.
const utc = (instant: string): string => new Date(instant).toISOString();

const deadlineAt = (level: string, due: string | null): Row => ({
  deadline_level: level,
  deadline: due === null ? null : utc(due),
  original_deadline: due === null ? null : utc(due),
});

function caseChanges(projected: ProjectedEvent, rows: RowReader): RowChange[] {
  const event = projected.event as CaseEvent;
  const { caseId } = event.data;
  const at = projected.metadata.recordedAt;
  switch (event.type) {
    case 'DisputeLogged':
    case 'IssueReported': {
      const { data } = event;
      return [
        {
          op: 'upsert',
          table,
          row: {
            case_id: caseId,
            kind: event.type === 'DisputeLogged' ? 'dispute' : 'issue',
            category: event.type === 'IssueReported' ? event.data.category : null,
            dispute_type: event.type === 'DisputeLogged' ? event.data.disputeType : null,
            source: data.source,
            inspection_id: data.inspectionId ?? null,
            title: maskFreeText(data.title),
            street_id: data.place.streetId,
            community_id: data.place.communityId,
            grid_id: data.place.gridId,
            building_id: data.place.buildingId ?? null,
            risk_level: data.riskLevel,
            level: data.level,
            opened_at_level: data.level,
            status: 'awaiting_dispatch',
            opened_at: at,
            ...deadlineAt(data.level, data.deadline),
          },
        },
      ];
    }
    case 'CaseAssigned': {
      const original = rows.get(table, { case_id: caseId })?.['original_deadline'] ?? null;
      return [
        change(caseId, {
          status: 'assigned',
          assignee_id: event.data.assigneeId,
          deadline_level: event.data.level,
          deadline: utc(event.data.deadline),
          // A case opened before clocks started at intake got its first deadline here.
          original_deadline: original ?? utc(event.data.deadline),
        }),
      ];
    }
    case 'CaseAccepted':
      return [change(caseId, { status: 'in_progress' })];
    case 'CaseEscalated':
      return [
        change(caseId, {
          level: event.data.toLevel,
          status: 'awaiting_dispatch',
          assignee_id: null,
          department_id: event.data.departmentId ?? null,
          escalated_at: at,
          escalation_reason: event.data.reason,
          escalation_count: counter(rows, caseId, 'escalation_count'),
          ...deadlineAt(event.data.toLevel, event.data.deadline),
        }),
      ];
    case 'CaseReturned':
      return [
        change(caseId, {
          level: event.data.toLevel,
          status: 'awaiting_dispatch',
          assignee_id: null,
          department_id: null,
          returned_at: at,
          return_count: counter(rows, caseId, 'return_count'),
          ...deadlineAt(event.data.toLevel, event.data.deadline),
        }),
      ];
    case 'CaseRiskReassessed':
      return [change(caseId, { risk_level: event.data.riskLevel })];
    case 'DeadlineExtended':
      return [change(caseId, { deadline: utc(event.data.newDeadline) })];
    case 'CaseDeadlineMissed':
      return [change(caseId, { missed_count: counter(rows, caseId, 'missed_count') })];
    case 'DepartmentSummoned':
      return [event.data.lead, ...event.data.assisting].map(({ departmentId }) => ({
        op: 'upsert',
        table: 'case_departments',
        row: { case_id: caseId, department_id: departmentId },
      }));
    case 'CaseResolved':
      return [
        change(caseId, {
          status: 'resolved',
          level: event.data.level,
          resolution_level: event.data.level,
          outcome: event.data.outcome,
          resolved_at: at,
        }),
      ];
    case 'ResolutionVerified':
      if (event.data.outcome === 'confirmed') return [change(caseId, { verified: 1 })];
      return [backToWork(rows, caseId, null, event.data.deadline ?? null)];
    case 'CaseReopened':
      return [
        backToWork(rows, caseId, event.data.level, event.data.deadline),
        change(caseId, { reopen_count: counter(rows, caseId, 'reopen_count') }),
      ];
    case 'CaseClosed':
      return [change(caseId, { status: 'closed', closed_at: at })];
    case 'ReturnVisitRecorded':
      return event.data.rating === 'unsatisfied' ? [change(caseId, { unsatisfied_visit: 1 })] : [];
    case 'MediationRecorded':
    case 'DepartmentReported':
    case 'SummonsWithdrawn':
    case 'CaseNoteAdded':
      return [];
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

/**
 * After a reopen or a failed check the case is worked again: by whoever held it if it
 * stays at the level it was resolved at (the events say so by not naming anyone new).
 */
function backToWork(
  rows: RowReader,
  caseId: string,
  level: string | null,
  due: string | null,
): RowChange {
  const row = rows.get(table, { case_id: caseId });
  const resolvedAt = String(row?.['resolution_level'] ?? row?.['level']);
  const to = level ?? resolvedAt;
  const held = to === resolvedAt && row?.['assignee_id'] != null;
  return change(caseId, {
    level: to,
    status: held ? 'in_progress' : 'awaiting_dispatch',
    ...(held ? {} : { assignee_id: null }),
    ...(to === 'department' ? {} : { department_id: null }),
    verified: 0,
    ...(due === null ? { deadline_level: to } : deadlineAt(to, due)),
  });
}

/**
 * The case's residents' data was erased: the masked numbers in its title go too. Not a
 * change to the case, so when it last changed stays as it was.
 */
function erasedTexts(caseId: string, rows: RowReader): RowChange[] {
  const row = rows.get(table, { case_id: caseId });
  return row ? [change(caseId, { title: eraseMaskedText(String(row['title'])) })] : [];
}

export const caseBoardProjection: Projection = {
  name: 'case_board',
  replayCost: 2.6,
  // 2: phone and ID numbers typed into titles are stored masked, and erased with the case's.
  // 3: indexes for the board's default order, none on last_change_at and opened_at.
  version: 3,
  eventTypes: [...caseEventTypes, 'PersonalDataErased'],
  tables: [
    {
      name: table,
      columns: [
        'case_id TEXT NOT NULL',
        'kind TEXT NOT NULL',
        'category TEXT',
        'dispute_type TEXT',
        'source TEXT NOT NULL',
        'inspection_id TEXT',
        'title TEXT NOT NULL',
        'street_id TEXT NOT NULL',
        'community_id TEXT NOT NULL',
        'grid_id TEXT NOT NULL',
        'building_id TEXT',
        'risk_level TEXT NOT NULL',
        'level TEXT NOT NULL',
        'opened_at_level TEXT NOT NULL',
        'status TEXT NOT NULL',
        'assignee_id TEXT',
        'department_id TEXT',
        'deadline_level TEXT',
        'deadline TEXT',
        'original_deadline TEXT',
        'opened_at TEXT NOT NULL',
        'escalated_at TEXT',
        'escalation_reason TEXT',
        'escalation_count INTEGER NOT NULL DEFAULT 0',
        'returned_at TEXT',
        'return_count INTEGER NOT NULL DEFAULT 0',
        'reopen_count INTEGER NOT NULL DEFAULT 0',
        'missed_count INTEGER NOT NULL DEFAULT 0',
        'resolution_level TEXT',
        'outcome TEXT',
        'resolved_at TEXT',
        'verified INTEGER NOT NULL DEFAULT 0',
        'unsatisfied_visit INTEGER NOT NULL DEFAULT 0',
        'closed_at TEXT',
        "last_change_at TEXT NOT NULL DEFAULT ''",
        "last_change_type TEXT NOT NULL DEFAULT ''",
        'last_position INTEGER NOT NULL DEFAULT 0',
      ],
      primaryKey: ['case_id'],
      indexes: [
        '(grid_id, status, deadline)',
        '(community_id, status, deadline)',
        '(street_id, status, deadline)',
        '(status, deadline)',
        '(level, status)',
        '(escalated_at)',
        '(department_id)',
        // The board's default order, as listPage writes it (nulls last, then the key), so
        // a page walks the index and stops after its rows instead of sorting every case
        // in scope: the district's for auditors, a street's for its supervisors. Sorting
        // by last change or opening reads the scope and sorts it; no query filters on
        // those two, and an index on last_change_at would be rewritten by every event.
        '((deadline IS NULL), deadline, case_id)',
        '(street_id, (deadline IS NULL), deadline, case_id)',
        // The same order within a status, and over the open cases alone (overdue, due
        // soon): at 1M events 5,600 cases are open and 4,200 of them past their deadline,
        // which the board would otherwise read and sort for every page.
        '(status, (deadline IS NULL), deadline, case_id)',
        "((deadline IS NULL), deadline, case_id) WHERE status IN ('awaiting_dispatch', 'assigned', 'in_progress')",
      ],
    },
    {
      name: 'case_departments',
      columns: ['case_id TEXT NOT NULL', 'department_id TEXT NOT NULL'],
      primaryKey: ['department_id', 'case_id'],
    },
  ],
  project: (event, rows) => {
    if (event.event.type === 'PersonalDataErased')
      return erasesTextNumbers(event.event.data.residents)
        ? erasedTexts(event.event.data.caseId, rows)
        : [];
    const changes = caseChanges(event, rows);
    if (event.event.type === 'DisputeLogged' || event.event.type === 'IssueReported') {
      return changes.map((c) =>
        c.op === 'upsert' && c.table === table ? { ...c, row: { ...c.row, ...touched(event) } } : c,
      );
    }
    const caseId = (event.event as CaseEvent).data.caseId;
    return [...changes, change(caseId, touched(event))];
  },
};
