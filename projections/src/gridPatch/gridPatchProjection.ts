import {
  erasedPersonalValue,
  eraseMaskedText,
  erasesTextNumbers,
  maskFreeText,
  textNumbersGroup,
  type PatrolPersonalDataErased,
  maskPersonalValue,
  type InspectionRecorded,
  type OrganisationEvent,
  type WelfareCheck,
} from '@gridline/events';
import type { ProjectedEvent, Projection, Row, RowChange, RowReader } from '../projection.ts';
import { gridPatchTables } from './gridPatchTables.ts';

// 网格台账: per grid, its buildings and when each was last visited, the patrols, the
// welfare checks (早看窗帘晚看灯) and who walked them. The grid and its buildings come from
// the organisation events; visits, checks and activity from InspectionRecorded.

function organisationChanges(event: OrganisationEvent, rows: RowReader): RowChange[] {
  switch (event.type) {
    case 'CommunityEstablished':
      return [
        {
          op: 'upsert',
          table: 'patch_communities',
          row: { community_id: event.data.communityId, street_id: event.data.streetId },
        },
      ];
    case 'GridEstablished': {
      const { gridId, communityId, name, buildings } = event.data;
      const community = rows.get('patch_communities', { community_id: communityId });
      const grid: Row = {
        grid_id: gridId,
        name,
        community_id: communityId,
        // The organisation refuses a grid in an unknown community, so this is always found.
        street_id: community?.['street_id'] ?? '',
      };
      return [
        { op: 'upsert', table: 'patch_grids', row: grid },
        ...buildings.map((building) => buildingRow(gridId, building)),
      ];
    }
    case 'BuildingRegistered':
      return [buildingRow(event.data.gridId, event.data.building)];
    default:
      return [];
  }
}

const buildingRow = (
  gridId: string,
  building: { buildingId: string; name: string; households: number },
): RowChange => ({
  op: 'upsert',
  table: 'patch_buildings',
  row: {
    grid_id: gridId,
    building_id: building.buildingId,
    name: building.name,
    households: building.households,
  },
});

function inspectionChanges(
  { metadata }: ProjectedEvent,
  data: InspectionRecorded,
  rows: RowReader,
): RowChange[] {
  const recordedAt = metadata.recordedAt;
  const { inspectionId, place, inspectorId } = data;
  const scope = {
    street_id: place.streetId,
    community_id: place.communityId,
    grid_id: place.gridId,
  };
  const checked = (status: WelfareCheck['status']) =>
    data.welfareChecks.filter((check) => check.status === status).length;
  const inspection: RowChange = {
    op: 'upsert',
    table: 'patch_inspections',
    row: {
      inspection_id: inspectionId,
      ...scope,
      inspector_id: inspectorId,
      started_at: data.startedAt,
      ended_at: data.endedAt,
      recorded_at: recordedAt,
      buildings_visited: new Set(data.buildingsVisited.map((visit) => visit.buildingId)).size,
      households_visited: data.buildingsVisited.reduce((sum, v) => sum + v.householdsVisited, 0),
      welfare_checks: data.welfareChecks.length,
      welfare_needs_attention: checked('needs_attention'),
      welfare_no_response: checked('no_response'),
      findings: data.findings.length,
      cases_opened: data.findings.filter((finding) => finding.caseId !== undefined).length,
    },
  };
  const checks: RowChange[] = data.welfareChecks.map((check, n) => ({
    op: 'upsert',
    table: 'patch_welfare_checks',
    row: {
      check_id: `${inspectionId}/${n + 1}`,
      inspection_id: inspectionId,
      ...scope,
      building_id: check.buildingId,
      // Stored masked: nothing this read model shows needs the name in clear.
      resident_masked: maskPersonalValue(check.residentName, 'name'),
      status: check.status,
      note: check.note === undefined ? null : maskFreeText(check.note),
      inspector_id: inspectorId,
      ended_at: data.endedAt,
      recorded_at: recordedAt,
    },
  }));
  return [inspection, ...checks, ...lastVisits(data, recordedAt, rows)];
}

/**
 * A patrol's residents' data was erased: the masked names of the checks it names (all,
 * if none) read as erased, and the masked numbers in their notes if those went too.
 */
function erasedWelfareChecks(data: PatrolPersonalDataErased, rows: RowReader): RowChange[] {
  const { inspectionId, residents } = data;
  const patrol = rows.get('patch_inspections', { inspection_id: inspectionId });
  if (!patrol) return [];
  const one = residents?.match(/^welfareChecks\[([0-9]+)\]$/);
  const numbers = one
    ? [Number(one[1]) + 1]
    : Array.from({ length: Number(patrol['welfare_checks']) }, (_, n) => n + 1);
  return numbers.flatMap((number): RowChange[] => {
    const key = { check_id: `${inspectionId}/${number}` };
    const check = rows.get('patch_welfare_checks', key);
    if (!check) return [];
    const note = check['note'];
    return [
      {
        op: 'update',
        table: 'patch_welfare_checks',
        key,
        set: {
          ...(residents === textNumbersGroup ? {} : { resident_masked: erasedPersonalValue }),
          ...(erasesTextNumbers(residents) && typeof note === 'string'
            ? { note: eraseMaskedText(note) }
            : {}),
        },
      },
    ];
  });
}

/** A building's last visit moves only forward, whatever order patrols are recorded in. */
function lastVisits(data: InspectionRecorded, recordedAt: string, rows: RowReader): RowChange[] {
  const households = new Map<string, number>();
  for (const visit of data.buildingsVisited) {
    households.set(
      visit.buildingId,
      (households.get(visit.buildingId) ?? 0) + visit.householdsVisited,
    );
  }
  return [...households].flatMap(([buildingId, visited]): RowChange[] => {
    const key = { grid_id: data.place.gridId, building_id: buildingId };
    const last = rows.get('patch_buildings', key)?.['last_visit_at'];
    if (typeof last === 'string' && last > recordedAt) return [];
    return [
      {
        op: 'update',
        table: 'patch_buildings',
        key,
        set: {
          last_visit_at: recordedAt,
          last_visit_ended_at: data.endedAt,
          last_inspection_id: data.inspectionId,
          last_inspector_id: data.inspectorId,
          last_households_visited: visited,
        },
      },
    ];
  });
}

export const gridPatchProjection: Projection = {
  name: 'grid_patch',
  replayCost: 2.9,
  // 2: phone and ID numbers typed into welfare-check notes are stored masked.
  // 3: a patrol's erasure erases its welfare checks' residents.
  version: 3,
  eventTypes: [
    'PatrolPersonalDataErased',
    'CommunityEstablished',
    'GridEstablished',
    'BuildingRegistered',
    'InspectionRecorded',
  ],
  tables: gridPatchTables,
  project: (projected, rows) => {
    if (projected.event.type === 'PatrolPersonalDataErased')
      return erasedWelfareChecks(projected.event.data, rows);
    return projected.event.type === 'InspectionRecorded'
      ? inspectionChanges(projected, projected.event.data, rows)
      : organisationChanges(projected.event as OrganisationEvent, rows);
  },
};
