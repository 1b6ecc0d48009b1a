import { sampleEvent } from '@gridline/events/fixtures/sampleEvents.ts';
import type { InspectionRecorded } from '@gridline/events';
import { recorded } from './projectionSpec.ts';

// Events for the grid patch's specs: the sample grid as the organisation set it up, and
// patrols of it recorded at chosen times.

/** The sample community, its grid (one building) and a second building registered later. */
export const sampleOrganisation = () => [
  recorded(sampleEvent('CommunityEstablished')),
  recorded(sampleEvent('GridEstablished')),
  recorded(sampleEvent('BuildingRegistered')),
];

/** The sample patrol, changed as given, recorded by the server at `recordedAt`. */
export const patrol = (recordedAt: string, data: Partial<InspectionRecorded> = {}) => {
  const event = sampleEvent('InspectionRecorded');
  return recorded({ ...event, data: { ...event.data, ...data } }, { recordedAt });
};
