import type { TableSpec } from '../projection.ts';

// The figures' fact rows: one per case, resolution, reopen, return, return visit,
// summoned department, patrol, visited building, meeting and matter, plus the places
// and grid workers the patrol figures divide by. Times are ms since the epoch (server
// time), positions the log's commit, so windows and "earlier" are integer comparisons.

const place = ['street_id TEXT NOT NULL', 'community_id TEXT NOT NULL', 'grid_id TEXT NOT NULL'];
const byPlaceAndTime = (time: string) => [
  `(grid_id, ${time})`,
  `(community_id, ${time})`,
  `(street_id, ${time})`,
  `(${time})`,
];

/** A case's facts, its latest resolution and whether that resolution still stands. */
const cases: TableSpec = {
  name: 'figure_cases',
  columns: [
    'case_id TEXT NOT NULL',
    ...place,
    'building_id TEXT',
    /** `issue:<category>` or `dispute:<type>`: what a repeat has to share. */
    'topic TEXT NOT NULL',
    'source TEXT NOT NULL',
    'opened_level TEXT NOT NULL',
    'opened_at INTEGER NOT NULL',
    'opened_position INTEGER NOT NULL',
    'reached_community INTEGER NOT NULL DEFAULT 0',
    'reached_street INTEGER NOT NULL DEFAULT 0',
    'reached_department INTEGER NOT NULL DEFAULT 0',
    'resolution_level TEXT',
    'outcome TEXT',
    'resolved_at INTEGER',
    'deadline_in_force INTEGER',
    'original_deadline INTEGER',
    'resolution_stands INTEGER NOT NULL DEFAULT 0',
  ],
  primaryKey: ['case_id'],
  indexes: [
    ...byPlaceAndTime('opened_at'),
    ...byPlaceAndTime('resolved_at').map((index) => `${index} WHERE resolution_stands = 1`),
    '(building_id, topic, opened_at) WHERE building_id IS NOT NULL',
  ],
};

/**
 * Facts of a case that happen more than once, keyed by the case and the event's position.
 * Each carries its case's place and source, so a grid's figures read a grid's rows.
 */
const caseEvents = (name: string, columns: readonly string[], time: string): TableSpec => ({
  name,
  columns: [
    'case_id TEXT NOT NULL',
    'position INTEGER NOT NULL',
    ...place,
    'source TEXT NOT NULL',
    ...columns,
  ],
  primaryKey: ['case_id', 'position'],
  indexes: byPlaceAndTime(time),
});

export const figuresTables: readonly TableSpec[] = [
  cases,
  caseEvents(
    'figure_resolutions',
    ['resolved_at INTEGER NOT NULL', 'outcome TEXT NOT NULL'],
    'resolved_at',
  ),
  {
    // Only ever looked up by case: was it reopened after a given resolution?
    name: 'figure_reopens',
    columns: ['case_id TEXT NOT NULL', 'position INTEGER NOT NULL', 'reopened_at INTEGER NOT NULL'],
    primaryKey: ['case_id', 'position'],
  },
  caseEvents(
    'figure_returns',
    ['returned_at INTEGER NOT NULL', 'from_level TEXT NOT NULL'],
    'returned_at',
  ),
  caseEvents(
    'figure_visits',
    ['visited_at INTEGER NOT NULL', 'rating TEXT NOT NULL'],
    'visited_at',
  ),
  {
    name: 'figure_summoned',
    columns: [
      'summons_id TEXT NOT NULL',
      'department_id TEXT NOT NULL',
      'case_id TEXT NOT NULL',
      ...place,
      'source TEXT NOT NULL',
      'summoned_at INTEGER NOT NULL',
      'report_by INTEGER NOT NULL',
      'reported_at INTEGER',
      'withdrawn_at INTEGER',
    ],
    primaryKey: ['summons_id', 'department_id'],
    indexes: byPlaceAndTime('summoned_at'),
  },
  {
    name: 'figure_inspections',
    columns: [
      'inspection_id TEXT NOT NULL',
      ...place,
      'recorded_at INTEGER NOT NULL',
      'welfare_well INTEGER NOT NULL',
      'welfare_needs_attention INTEGER NOT NULL',
      'welfare_no_response INTEGER NOT NULL',
    ],
    primaryKey: ['inspection_id'],
    indexes: byPlaceAndTime('recorded_at'),
  },
  {
    name: 'figure_building_visits',
    columns: [
      'inspection_id TEXT NOT NULL',
      'building_id TEXT NOT NULL',
      'visited_at INTEGER NOT NULL',
    ],
    primaryKey: ['inspection_id', 'building_id'],
    indexes: ['(building_id, visited_at)'],
  },
  {
    name: 'figure_buildings',
    columns: [
      'building_id TEXT NOT NULL',
      ...place,
      'households INTEGER NOT NULL',
      'registered_at INTEGER NOT NULL',
    ],
    primaryKey: ['building_id'],
    indexes: ['(grid_id)', '(community_id)', '(street_id)'],
  },
  {
    name: 'figure_places',
    columns: ['kind TEXT NOT NULL', 'id TEXT NOT NULL', 'street_id TEXT', 'community_id TEXT'],
    primaryKey: ['kind', 'id'],
    indexes: ['(kind, street_id)'],
  },
  {
    name: 'figure_grid_workers',
    columns: [
      'person_id TEXT NOT NULL',
      'grid_id TEXT NOT NULL',
      'position INTEGER NOT NULL',
      'assigned_at INTEGER NOT NULL',
      'unassigned_at INTEGER',
      'still_assigned INTEGER NOT NULL',
    ],
    primaryKey: ['person_id', 'grid_id', 'position'],
    indexes: ['(grid_id)'],
  },
  {
    name: 'figure_meetings',
    columns: [
      'meeting_id TEXT NOT NULL',
      'street_id TEXT NOT NULL',
      'community_id TEXT NOT NULL',
      'recorded_at INTEGER NOT NULL',
    ],
    primaryKey: ['meeting_id'],
    indexes: ['(recorded_at)'],
  },
  {
    name: 'figure_meeting_matters',
    columns: [
      'meeting_id TEXT NOT NULL',
      'matter_id TEXT NOT NULL',
      'case_id TEXT NOT NULL',
      ...place,
      'recorded_at INTEGER NOT NULL',
    ],
    primaryKey: ['meeting_id', 'matter_id'],
    indexes: byPlaceAndTime('recorded_at'),
  },
];
