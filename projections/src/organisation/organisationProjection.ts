import { organisationEventTypes, type OrganisationEvent } from '@gridline/events';
import { json, positionKey, type Projection } from '../projection.ts';

// The organisation directory's read model: every organisation event, in log order. The
// backend folds these rows into the directory its commands are checked against, so a
// restart reads a few hundred rows here instead of the whole log.

export const organisationProjection: Projection = {
  name: 'organisation',
  replayCost: 0.1,
  version: 1,
  eventTypes: organisationEventTypes,
  tables: [
    {
      name: 'organisation_events',
      columns: [
        'position INTEGER NOT NULL',
        'type TEXT NOT NULL',
        'data TEXT NOT NULL',
        'recorded_at TEXT NOT NULL',
      ],
      primaryKey: ['position'],
    },
  ],
  project: ({ event, metadata, position }) => [
    {
      op: 'upsert',
      table: 'organisation_events',
      row: {
        position: positionKey(position),
        type: event.type,
        data: json(event.data),
        recorded_at: metadata.recordedAt,
      },
    },
  ],
};

export interface StoredOrganisationEvent {
  readonly event: OrganisationEvent;
  readonly recordedAt: Date;
}
