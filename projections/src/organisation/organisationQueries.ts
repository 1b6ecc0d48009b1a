import type Database from 'better-sqlite3';
import type { OrganisationEvent } from '@gridline/events';
import type { StoredOrganisationEvent } from './organisationProjection.ts';

interface OrganisationEventRow {
  readonly type: string;
  readonly data: string;
  readonly recorded_at: string;
}

/** Every organisation event the read model holds, oldest first, ready to fold. */
export const organisationEventsInOrder = (db: Database.Database): StoredOrganisationEvent[] =>
  (
    db
      .prepare('SELECT type, data, recorded_at FROM organisation_events ORDER BY position')
      .all() as OrganisationEventRow[]
  ).map((row) => ({
    event: { type: row.type, data: JSON.parse(row.data) } as OrganisationEvent,
    recordedAt: new Date(row.recorded_at),
  }));
