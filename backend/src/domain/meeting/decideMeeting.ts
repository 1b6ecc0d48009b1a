import type { MeetingEvent } from '@gridline/events';
import { DomainError } from '../domainError.ts';
import { buildingsOf, placeOfGrid } from '../organisation/directoryQueries.ts';
import type { OrganisationDirectory } from '../organisation/organisationDirectory.ts';
import type { MeetingState, RecordResidentMeeting } from './recordMeeting.ts';

const invalid = (message: string) => new DomainError('invalid', message);
const skewMs = 5 * 60 * 1000;
const oldestMeetingMs = 366 * 24 * 60 * 60 * 1000;

/**
 * The ResidentMeetingHeld event, or a DomainError. Pure. The community's own staff record
 * its meetings (admins may fix records); every matter's grid lies in that community.
 */
export function decideMeeting(
  { payload, actor, now, caseIdOf }: RecordResidentMeeting,
  state: MeetingState,
  directory: OrganisationDirectory,
): MeetingEvent[] {
  const { communityId, meetingId } = payload;
  const ownCommunity =
    actor.role === 'community_staff' &&
    actor.scope.kind === 'community' &&
    actor.scope.id === communityId;
  if (!ownCommunity && actor.role !== 'admin') {
    throw new DomainError(
      'forbidden',
      `Only staff of community "${communityId}" may record its resident meetings.`,
    );
  }
  if (state.status === 'held') {
    throw new DomainError('illegal_state', `The meeting "${meetingId}" is already recorded.`);
  }
  const community = directory.communities.get(communityId);
  if (!community) throw invalid(`communityId: there is no community "${communityId}".`);
  const heldAt = new Date(payload.heldAt).getTime();
  if (heldAt > now.getTime() + skewMs) {
    throw invalid('heldAt: a meeting cannot be recorded before it is held.');
  }
  // Minutes are written up within days; a year back is already a record of another era.
  if (heldAt < now.getTime() - oldestMeetingMs) {
    throw invalid('heldAt: a meeting is recorded within a year of being held.');
  }
  payload.matters.forEach((matter, index) => {
    const place = placeOfGrid(directory, matter.gridId);
    if (place?.communityId !== communityId) {
      throw invalid(
        `matters.${index}.gridId: no grid "${matter.gridId}" in community "${communityId}".`,
      );
    }
    const building = matter.buildingId;
    if (building && !buildingsOf(directory, matter.gridId).some((b) => b.buildingId === building)) {
      throw invalid(
        `matters.${index}.buildingId: no building "${building}" in grid "${matter.gridId}".`,
      );
    }
  });
  return [
    {
      type: 'ResidentMeetingHeld',
      data: {
        ...payload,
        streetId: community.streetId,
        hostId: actor.personId,
        matters: payload.matters.map((matter) => ({
          ...matter,
          caseId: caseIdOf(matter.matterId),
        })),
      },
    },
  ];
}
