import type { TableSpec } from '../projection.ts';

// The grid patch's tables. Rows carry street, community and grid, so every query can be
// scoped without a join; residents appear only as masked names.

export const gridPatchTables: readonly TableSpec[] = [
  {
    // Only to give a grid its street: GridEstablished names the community alone.
    name: 'patch_communities',
    columns: ['community_id TEXT NOT NULL', 'street_id TEXT NOT NULL'],
    primaryKey: ['community_id'],
  },
  {
    name: 'patch_grids',
    columns: [
      'grid_id TEXT NOT NULL',
      'name TEXT NOT NULL',
      'community_id TEXT NOT NULL',
      'street_id TEXT NOT NULL',
    ],
    primaryKey: ['grid_id'],
  },
  {
    name: 'patch_buildings',
    columns: [
      'grid_id TEXT NOT NULL',
      'building_id TEXT NOT NULL',
      'name TEXT NOT NULL',
      'households INTEGER NOT NULL',
      // The last patrol that visited it, by the server's clock (figures never use the
      // field worker's), with the patrol's own end time to show.
      'last_visit_at TEXT',
      'last_visit_ended_at TEXT',
      'last_inspection_id TEXT',
      'last_inspector_id TEXT',
      'last_households_visited INTEGER',
    ],
    primaryKey: ['grid_id', 'building_id'],
  },
  {
    name: 'patch_inspections',
    columns: [
      'inspection_id TEXT NOT NULL',
      'street_id TEXT NOT NULL',
      'community_id TEXT NOT NULL',
      'grid_id TEXT NOT NULL',
      'inspector_id TEXT NOT NULL',
      'started_at TEXT NOT NULL',
      'ended_at TEXT NOT NULL',
      'recorded_at TEXT NOT NULL',
      'buildings_visited INTEGER NOT NULL',
      'households_visited INTEGER NOT NULL',
      'welfare_checks INTEGER NOT NULL',
      'welfare_needs_attention INTEGER NOT NULL',
      'welfare_no_response INTEGER NOT NULL',
      'findings INTEGER NOT NULL',
      'cases_opened INTEGER NOT NULL',
    ],
    primaryKey: ['inspection_id'],
    indexes: ['(grid_id, recorded_at)', '(grid_id, ended_at)'],
  },
  {
    name: 'patch_welfare_checks',
    columns: [
      // `<inspectionId>/<n>`: the n-th check of that patrol.
      'check_id TEXT NOT NULL',
      'inspection_id TEXT NOT NULL',
      'street_id TEXT NOT NULL',
      'community_id TEXT NOT NULL',
      'grid_id TEXT NOT NULL',
      'building_id TEXT NOT NULL',
      'resident_masked TEXT NOT NULL',
      'status TEXT NOT NULL',
      'note TEXT',
      'inspector_id TEXT NOT NULL',
      'ended_at TEXT NOT NULL',
      'recorded_at TEXT NOT NULL',
    ],
    primaryKey: ['check_id'],
    indexes: ['(grid_id, recorded_at)', '(grid_id, status, recorded_at)'],
  },
];
