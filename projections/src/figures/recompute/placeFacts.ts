import type { GridBuilding, GridlineEvent } from '@gridline/events';
import type { LogFacts, Whereabouts } from './logFacts.ts';

// Places, grid workers, patrols and residents' meetings, folded from the log for the
// recomputation (the read model's counterpart is placeFactChanges.ts).

const placeKey = (kind: string, id: string) => `${kind}:${id}`;

const register = (
  facts: LogFacts,
  grid: Whereabouts,
  { buildingId, households }: GridBuilding,
  registeredAt: number,
) => facts.buildings.set(buildingId, { ...grid, households, registeredAt });

export const foldPlaceEvent = (facts: LogFacts, event: GridlineEvent, at: number): void => {
  switch (event.type) {
    case 'StreetEstablished': {
      const { streetId } = event.data;
      facts.places.set(placeKey('street', streetId), {
        kind: 'street',
        id: streetId,
        streetId,
        communityId: null,
      });
      return;
    }
    case 'CommunityEstablished': {
      const { communityId, streetId } = event.data;
      facts.places.set(placeKey('community', communityId), {
        kind: 'community',
        id: communityId,
        streetId,
        communityId: null,
      });
      return;
    }
    case 'GridEstablished': {
      const { gridId, communityId, buildings } = event.data;
      const streetId = facts.places.get(placeKey('community', communityId))?.streetId ?? '';
      facts.places.set(placeKey('grid', gridId), {
        kind: 'grid',
        id: gridId,
        streetId,
        communityId,
      });
      for (const building of buildings)
        register(facts, { gridId, communityId, streetId }, building, at);
      return;
    }
    case 'BuildingRegistered': {
      const { gridId } = event.data;
      const grid = facts.places.get(placeKey('grid', gridId));
      const where = {
        gridId,
        communityId: grid?.communityId ?? '',
        streetId: grid?.streetId ?? '',
      };
      register(facts, where, event.data.building, at);
      return;
    }
    case 'StaffAssigned':
    case 'StaffUnassigned': {
      const { personId, role, scope } = event.data;
      if (role !== 'grid_worker' || scope.kind !== 'grid') return;
      if (event.type === 'StaffAssigned') {
        facts.gridWorkerTerms.push({
          personId,
          gridId: scope.id,
          assignedAt: at,
          unassignedAt: null,
        });
        return;
      }
      for (const term of facts.gridWorkerTerms) {
        if (term.personId === personId && term.gridId === scope.id && term.unassignedAt === null) {
          term.unassignedAt = at;
        }
      }
      return;
    }
    case 'InspectionRecorded': {
      const { inspectionId, place, welfareChecks, buildingsVisited } = event.data;
      facts.patrols.set(inspectionId, {
        streetId: place.streetId,
        communityId: place.communityId,
        gridId: place.gridId,
        at,
        welfare: welfareChecks.map((check) => check.status),
        buildings: buildingsVisited.map((visit) => visit.buildingId),
      });
      return;
    }
    case 'ResidentMeetingHeld': {
      const { meetingId, streetId, communityId, matters } = event.data;
      facts.meetings.set(meetingId, {
        streetId,
        communityId,
        at,
        matters: matters.map(({ caseId, gridId }) => ({ caseId, gridId })),
      });
      return;
    }
    default:
      return;
  }
};

export const placeOfKey = placeKey;
