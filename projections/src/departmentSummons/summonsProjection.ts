import {
  eraseMaskedText,
  erasesTextNumbers,
  maskFreeText,
  type CaseEvent,
  type SummonedDepartment,
} from '@gridline/events';
import type { ProjectedEvent, Projection, Row, RowChange, RowReader } from '../projection.ts';

// 吹哨报到: one row per department per summons, with its own report deadline, and when it
// reported or was let off. The case's title and place are kept from its opening so a
// summons can be scoped and shown without the case board.

const summonsTable = 'summonses';
const casesTable = 'summons_cases';

/** The row's key: a case, one of its summonses, one of the departments it named. */
export const summonsRowId = (caseId: string, summonsId: string, departmentId: string): string =>
  `${caseId}/${summonsId}/${departmentId}`;

/** Report deadlines are compared as text with the server's clock, so both are kept in UTC. */
const utc = (timestamp: string): string => new Date(timestamp).toISOString();

const summoned = (
  { metadata }: ProjectedEvent,
  data: Extract<CaseEvent, { type: 'DepartmentSummoned' }>['data'],
  rows: RowReader,
): RowChange[] => {
  // A case's first event opens it, so a summons always finds its case here.
  const opened = rows.get(casesTable, { case_id: data.caseId });
  const row = (department: SummonedDepartment, role: 'lead' | 'assisting'): RowChange => ({
    op: 'upsert',
    table: summonsTable,
    row: {
      row_id: summonsRowId(data.caseId, data.summonsId, department.departmentId),
      case_id: data.caseId,
      summons_id: data.summonsId,
      department_id: department.departmentId,
      role,
      urgent: data.urgent ? 1 : 0,
      summoned_at: metadata.recordedAt,
      report_by: utc(department.reportBy),
      // Null for summonses recorded before the level was (DepartmentSummoned v1).
      summoning_level: data.level,
      title: opened?.['title'] ?? '',
      street_id: opened?.['street_id'] ?? '',
      community_id: opened?.['community_id'] ?? '',
      grid_id: opened?.['grid_id'] ?? '',
    },
  });
  return [row(data.lead, 'lead'), ...data.assisting.map((d) => row(d, 'assisting'))];
};

const mark = (caseId: string, summonsId: string, departmentId: string, set: Row): RowChange => ({
  op: 'update',
  table: summonsTable,
  key: { row_id: summonsRowId(caseId, summonsId, departmentId) },
  set,
});

/** The case's residents' data was erased: so are the masked numbers in its kept title. */
const erasedTitle = (caseId: string, rows: RowReader): RowChange[] => {
  const opened = rows.get(casesTable, { case_id: caseId });
  if (!opened) return [];
  const title = eraseMaskedText(String(opened['title']));
  // Every summons row of the case carries the same title: one update by case reaches them.
  return [
    { op: 'update', table: casesTable, key: { case_id: caseId }, set: { title } },
    { op: 'update', table: summonsTable, key: { case_id: caseId }, set: { title } },
  ];
};

function summonsChanges(projected: ProjectedEvent, rows: RowReader): RowChange[] {
  if (projected.event.type === 'PersonalDataErased') {
    return erasesTextNumbers(projected.event.data.residents)
      ? erasedTitle(projected.event.data.caseId, rows)
      : [];
  }
  const event = projected.event as CaseEvent;
  const at = projected.metadata.recordedAt;
  switch (event.type) {
    case 'DisputeLogged':
    case 'IssueReported': {
      const { caseId, title, place } = event.data;
      return [
        {
          op: 'upsert',
          table: casesTable,
          row: {
            case_id: caseId,
            title: maskFreeText(title),
            street_id: place.streetId,
            community_id: place.communityId,
            grid_id: place.gridId,
          },
        },
      ];
    }
    case 'DepartmentSummoned':
      return summoned(projected, event.data, rows);
    case 'DepartmentReported':
      return [
        mark(event.data.caseId, event.data.summonsId, event.data.departmentId, {
          reported_at: at,
        }),
      ];
    case 'SummonsWithdrawn':
      return event.data.departmentIds.map((departmentId) =>
        mark(event.data.caseId, event.data.summonsId, departmentId, { withdrawn_at: at }),
      );
    default:
      return [];
  }
}

export const summonsProjection: Projection = {
  name: 'department_summons',
  replayCost: 0.6,
  // 2: phone and ID numbers typed into case titles are stored masked, and erased with the case's.
  version: 2,
  eventTypes: [
    'DisputeLogged',
    'IssueReported',
    'DepartmentSummoned',
    'DepartmentReported',
    'SummonsWithdrawn',
    'PersonalDataErased',
  ],
  tables: [
    {
      name: casesTable,
      columns: [
        'case_id TEXT NOT NULL',
        'title TEXT NOT NULL',
        'street_id TEXT NOT NULL',
        'community_id TEXT NOT NULL',
        'grid_id TEXT NOT NULL',
      ],
      primaryKey: ['case_id'],
    },
    {
      name: summonsTable,
      columns: [
        'row_id TEXT NOT NULL',
        'case_id TEXT NOT NULL',
        'summons_id TEXT NOT NULL',
        'department_id TEXT NOT NULL',
        "role TEXT NOT NULL CHECK (role IN ('lead', 'assisting'))",
        'urgent INTEGER NOT NULL',
        'summoned_at TEXT NOT NULL',
        'report_by TEXT NOT NULL',
        'reported_at TEXT',
        'withdrawn_at TEXT',
        'summoning_level TEXT',
        'title TEXT NOT NULL',
        'street_id TEXT NOT NULL',
        'community_id TEXT NOT NULL',
        'grid_id TEXT NOT NULL',
      ],
      primaryKey: ['row_id'],
      indexes: [
        '(department_id, report_by)',
        '(department_id, summoned_at)',
        '(case_id)',
        '(report_by)',
        '(summoned_at)',
        '(grid_id, report_by)',
        '(community_id, report_by)',
        '(street_id, report_by)',
      ],
    },
  ],
  project: summonsChanges,
};
