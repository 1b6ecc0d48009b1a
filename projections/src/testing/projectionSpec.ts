import Database from 'better-sqlite3';
import { eventDefinition, type EventMetadata, type GridlineEvent } from '@gridline/events';
import { createTables, rowWriter } from '../applyRowChanges.ts';
import type { ProjectedEvent, Projection, Row } from '../projection.ts';

// Events in, rows out, on an in-memory SQLite: the way to test a projection. The rows are
// written by the same code the runner uses, so what passes here is what the runner stores.

let sequence = 0;

/** An event as the log would hand it over: the next position, a plausible envelope. */
export const recorded = <Event extends GridlineEvent>(
  event: Event,
  envelope: Partial<EventMetadata> & { streamName?: string; revision?: bigint } = {},
): ProjectedEvent<Event> => {
  sequence += 1;
  const { streamName = 'case-spec', revision = 0n, ...metadata } = envelope;
  const at = metadata.recordedAt ?? new Date(Date.UTC(2026, 5, 1, 1, 0, sequence)).toISOString();
  return {
    event,
    streamName,
    revision,
    position: { commit: BigInt(sequence), prepare: BigInt(sequence) },
    metadata: {
      eventId: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
      actor: { personId: 'p-spec', role: 'grid_worker', scope: { kind: 'grid', id: 'grid-spec' } },
      correlationId: `corr-${sequence}`,
      causationId: `cause-${sequence}`,
      occurredAt: at,
      recordedAt: at,
      schemaVersion: eventDefinition(event.type).version,
      ...metadata,
    },
  };
};

export interface ProjectionSpec {
  /** The database after the events, for running the projection's own queries. */
  readonly db: Database.Database;
  rows(table: string, orderBy?: string): Row[];
}

/** Applies the events through the projection and hands back the database. */
export const projectEvents = (
  projection: Projection,
  events: readonly ProjectedEvent[],
): ProjectionSpec => {
  const db = new Database(':memory:');
  createTables(db, projection.tables);
  const writer = rowWriter(db, projection.tables);
  for (const event of events) {
    if (!projection.eventTypes.includes(event.event.type)) continue;
    writer.apply(projection.project(event, writer));
  }
  // All the events as one batch of the runner's, so the spec tests the folding too.
  writer.flush();
  return {
    db,
    rows: (table, orderBy = 'rowid') =>
      db.prepare(`SELECT * FROM "${table}" ORDER BY ${orderBy}`).all() as Row[],
  };
};
