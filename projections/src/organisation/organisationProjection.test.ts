import { sampleEvent } from '@gridline/events/fixtures/sampleEvents.ts';
import { describe, expect, it } from 'vitest';
import { projectEvents, recorded } from '../testing/projectionSpec.ts';
import { organisationProjection } from './organisationProjection.ts';
import { organisationEventsInOrder } from './organisationQueries.ts';

describe('The organisation read model', () => {
  const street = recorded(sampleEvent('StreetEstablished'), { streamName: 'org-street-1' });
  const community = recorded(sampleEvent('CommunityEstablished'), { streamName: 'org-comm-1' });
  const note = recorded(sampleEvent('CaseNoteAdded'));
  const assigned = recorded(sampleEvent('StaffAssigned'), {
    recordedAt: '2026-06-01T01:00:00.000Z',
  });

  it('keeps every organisation event in log order, and nothing else', () => {
    const spec = projectEvents(organisationProjection, [street, note, community, assigned]);
    expect(spec.rows('organisation_events', 'position').map((row) => row['type'])).toEqual([
      'StreetEstablished',
      'CommunityEstablished',
      'StaffAssigned',
    ]);
  });

  it('hands the events back in log order, with the time each was recorded, ready to fold', () => {
    const spec = projectEvents(organisationProjection, [assigned, street]);
    expect(organisationEventsInOrder(spec.db)).toEqual([
      { event: street.event, recordedAt: new Date(street.metadata.recordedAt) },
      { event: assigned.event, recordedAt: new Date('2026-06-01T01:00:00.000Z') },
    ]);
  });

  it('writes an event seen twice once', () => {
    const spec = projectEvents(organisationProjection, [street, street]);
    expect(spec.rows('organisation_events')).toHaveLength(1);
  });
});
