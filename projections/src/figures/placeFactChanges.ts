import type {
  GridBuilding,
  InspectionEvent,
  MeetingEvent,
  OrganisationEvent,
} from '@gridline/events';
import { positionKey, type ProjectedEvent, type RowChange, type RowReader } from '../projection.ts';

// What patrols, residents' meetings and the organisation add to the figures' facts: the
// places (so a scope can be checked and buildings counted), grid workers' time in post,
// the buildings each patrol visited and its welfare checks, and each meeting's matters.

type PlaceEvent = InspectionEvent | MeetingEvent | OrganisationEvent;

const ms = (timestamp: string): number => Date.parse(timestamp);

interface GridOf {
  readonly gridId: string;
  readonly communityId: string;
  readonly streetId: string;
}

const building = (
  grid: GridOf,
  { buildingId, households }: GridBuilding,
  at: number,
): RowChange => ({
  op: 'upsert',
  table: 'figure_buildings',
  row: {
    building_id: buildingId,
    grid_id: grid.gridId,
    community_id: grid.communityId,
    street_id: grid.streetId,
    households,
    registered_at: at,
  },
});

// A place the figures never saw established has no community or street to count under.
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

const gridOf = (rows: RowReader, gridId: string): GridOf => {
  const grid = rows.get('figure_places', { kind: 'grid', id: gridId });
  return { gridId, communityId: text(grid?.['community_id']), streetId: text(grid?.['street_id']) };
};

const place = (kind: string, id: string, streetId: unknown, communityId: unknown): RowChange => ({
  op: 'upsert',
  table: 'figure_places',
  row: {
    kind,
    id,
    street_id: typeof streetId === 'string' ? streetId : null,
    community_id: typeof communityId === 'string' ? communityId : null,
  },
});

export function placeFactChanges(projected: ProjectedEvent, rows: RowReader): RowChange[] {
  const event = projected.event as PlaceEvent;
  const at = ms(projected.metadata.recordedAt);
  switch (event.type) {
    case 'StreetEstablished':
      return [place('street', event.data.streetId, event.data.streetId, null)];
    case 'CommunityEstablished':
      return [place('community', event.data.communityId, event.data.streetId, null)];
    case 'GridEstablished': {
      const { gridId, communityId, buildings } = event.data;
      const community = rows.get('figure_places', { kind: 'community', id: communityId });
      const grid = { gridId, communityId, streetId: text(community?.['street_id']) };
      return [
        place('grid', gridId, grid.streetId, communityId),
        ...buildings.map((b) => building(grid, b, at)),
      ];
    }
    case 'BuildingRegistered':
      return [building(gridOf(rows, event.data.gridId), event.data.building, at)];
    case 'StaffAssigned':
    case 'StaffUnassigned':
      return gridWorkerChanges(projected, event, at);
    case 'InspectionRecorded': {
      const { inspectionId, place: where, buildingsVisited, welfareChecks } = event.data;
      const checks = (status: string) => welfareChecks.filter((c) => c.status === status).length;
      return [
        {
          op: 'upsert',
          table: 'figure_inspections',
          row: {
            inspection_id: inspectionId,
            street_id: where.streetId,
            community_id: where.communityId,
            grid_id: where.gridId,
            recorded_at: at,
            welfare_well: checks('well'),
            welfare_needs_attention: checks('needs_attention'),
            welfare_no_response: checks('no_response'),
          },
        },
        ...buildingsVisited.map(({ buildingId }): RowChange => ({
          op: 'upsert',
          table: 'figure_building_visits',
          row: { inspection_id: inspectionId, building_id: buildingId, visited_at: at },
        })),
      ];
    }
    case 'ResidentMeetingHeld': {
      const { meetingId, streetId, communityId, matters } = event.data;
      return [
        {
          op: 'upsert',
          table: 'figure_meetings',
          row: {
            meeting_id: meetingId,
            street_id: streetId,
            community_id: communityId,
            recorded_at: at,
          },
        },
        ...matters.map((matter): RowChange => ({
          op: 'upsert',
          table: 'figure_meeting_matters',
          row: {
            meeting_id: meetingId,
            matter_id: matter.matterId,
            case_id: matter.caseId,
            street_id: streetId,
            community_id: communityId,
            grid_id: matter.gridId,
            recorded_at: at,
          },
        })),
      ];
    }
    default:
      return [];
  }
}

/** A grid worker's time in post: an assignment opens it, the matching unassignment ends it. */
function gridWorkerChanges(
  projected: ProjectedEvent,
  event: Extract<OrganisationEvent, { type: 'StaffAssigned' | 'StaffUnassigned' }>,
  at: number,
): RowChange[] {
  const { personId, role, scope } = event.data;
  if (role !== 'grid_worker' || scope.kind !== 'grid') return [];
  if (event.type === 'StaffUnassigned') {
    return [
      {
        op: 'update',
        table: 'figure_grid_workers',
        key: { person_id: personId, grid_id: scope.id, still_assigned: 1 },
        set: { unassigned_at: at, still_assigned: 0 },
      },
    ];
  }
  return [
    {
      op: 'upsert',
      table: 'figure_grid_workers',
      row: {
        person_id: personId,
        grid_id: scope.id,
        position: positionKey(projected.position),
        assigned_at: at,
        unassigned_at: null,
        still_assigned: 1,
      },
    },
  ];
}

/** The other events the figures read. */
export const figurePlaceEventTypes = [
  'StreetEstablished',
  'CommunityEstablished',
  'GridEstablished',
  'BuildingRegistered',
  'StaffAssigned',
  'StaffUnassigned',
  'InspectionRecorded',
  'ResidentMeetingHeld',
] as const satisfies readonly PlaceEvent['type'][];
