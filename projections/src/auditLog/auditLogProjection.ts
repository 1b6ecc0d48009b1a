import { caseStream, eventTypes, inspectionStream } from '@gridline/events';
import type { Projection } from '../projection.ts';

// 审计日志: one row per event of the whole log, in log order, for the auditors' browse:
// its envelope only. The events a page shows are read from the log as it is shown and
// masked then (backend/src/http/auditLogEntries.ts): a masked copy of every event's data
// made the read model as large as the log and its replay the slowest of all, to serve the
// fifty rows a page shows. Read models never hold residents' personal data, and a reveal
// (a recorded event) is the only way to the full values.

export const auditLogTable = 'audit_log';
/** In the erased streams' table: everyone named on the stream was erased. */
export const allResidents = '*';
/**
 * The streams whose residents' data was erased, and whose (`*`: everyone, else one group,
 * `parties[1]`): their rows are read with those values erased.
 */
export const erasedStreamsTable = 'audit_erased_streams';

/** A stream name up to its first `-`, dash included: `case-`, `access-`; '' if it has none. */
export const streamCategory = (streamName: string): string =>
  streamName.slice(0, streamName.indexOf('-') + 1);

export const auditLogProjection: Projection = {
  name: 'audit_log',
  replayCost: 4.3,
  // 2: numbers in free text masked; erasures remembered, so erased cases read as erased.
  // 3: erasures remember whose data went, so one resident's erasure leaves the others;
  // patrols' erasures too.
  // 4: the envelope only; the data is read from the log when shown.
  version: 4,
  eventTypes,
  tables: [
    {
      name: auditLogTable,
      columns: [
        'commit_position INTEGER NOT NULL',
        'prepare_position INTEGER NOT NULL',
        'event_id TEXT NOT NULL',
        'stream_name TEXT NOT NULL',
        // `case-`, `access-`…: the kind of stream, so that browsing one kind keeps to an index.
        'stream_category TEXT NOT NULL',
        'stream_revision INTEGER NOT NULL',
        'event_type TEXT NOT NULL',
        'actor_person_id TEXT NOT NULL',
        'actor_role TEXT NOT NULL',
        'actor_scope_kind TEXT NOT NULL',
        'actor_scope_id TEXT NOT NULL',
        'correlation_id TEXT NOT NULL',
        'causation_id TEXT NOT NULL',
        'occurred_at TEXT NOT NULL',
        'recorded_at TEXT NOT NULL',
        // The instant as a number: timestamps may carry different offsets, so their text
        // does not sort by time.
        'recorded_at_ms INTEGER NOT NULL',
        'schema_version INTEGER NOT NULL',
      ],
      // Both parts: on EventStoreDB the commit part alone need not be unique.
      primaryKey: ['commit_position', 'prepare_position'],
      indexes: [
        '(event_type, commit_position, prepare_position)',
        '(actor_person_id, commit_position, prepare_position)',
        '(stream_name, commit_position, prepare_position)',
        '(stream_category, commit_position, prepare_position)',
        '(recorded_at_ms)',
      ],
    },
    {
      name: erasedStreamsTable,
      columns: ['stream_name TEXT NOT NULL', 'residents TEXT NOT NULL', 'erased_at TEXT NOT NULL'],
      primaryKey: ['stream_name', 'residents'],
    },
  ],
  project: ({ event, metadata, streamName, revision, position }) => [
    // Remembered for events stored in clear (before residents' values were sealed): their
    // erasure destroys no key, so the query erases those values as it shows them.
    ...(event.type === 'PersonalDataErased' || event.type === 'PatrolPersonalDataErased'
      ? [
          {
            op: 'upsert' as const,
            table: erasedStreamsTable,
            row: {
              stream_name:
                event.type === 'PersonalDataErased'
                  ? caseStream(event.data.caseId)
                  : inspectionStream(event.data.inspectionId),
              residents: event.data.residents ?? allResidents,
              erased_at: metadata.recordedAt,
            },
          },
        ]
      : []),
    {
      op: 'upsert',
      table: auditLogTable,
      row: {
        commit_position: position.commit,
        prepare_position: position.prepare,
        event_id: metadata.eventId,
        stream_name: streamName,
        stream_category: streamCategory(streamName),
        stream_revision: revision,
        event_type: event.type,
        actor_person_id: metadata.actor.personId,
        actor_role: metadata.actor.role,
        actor_scope_kind: metadata.actor.scope.kind,
        actor_scope_id: metadata.actor.scope.id,
        correlation_id: metadata.correlationId,
        causation_id: metadata.causationId,
        occurred_at: metadata.occurredAt,
        recorded_at: metadata.recordedAt,
        recorded_at_ms: Date.parse(metadata.recordedAt),
        schema_version: metadata.schemaVersion,
      },
    },
  ],
};
