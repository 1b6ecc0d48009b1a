import type Database from 'better-sqlite3';
import {
  eraseMaskedDataOf,
  maskPersonalData,
  type EventMetadata,
  type EventType,
} from '@gridline/events';
import type { Condition, SortDirection } from '../listing.ts';
import { positionText, type LogPosition, type Row } from '../projection.ts';
import {
  allResidents,
  auditLogTable,
  erasedStreamsTable,
  streamCategory,
} from './auditLogProjection.ts';

/** One event of the log as the auditor's browse shows it: the history's shape, data masked. */
export interface AuditLogEntry {
  readonly position: string;
  readonly stream: string;
  readonly revision: string;
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: EventMetadata;
}

export interface AuditLogFilters {
  readonly type?: string | undefined;
  /** The acting person's id. */
  readonly actor?: string | undefined;
  readonly stream?: string | undefined;
  readonly streamPrefix?: string | undefined;
  /** Recorded at or after this instant. */
  readonly recordedFrom?: Date | undefined;
  /** Recorded before this instant. */
  readonly recordedTo?: Date | undefined;
}

export interface AuditLogPageRequest {
  readonly filters: AuditLogFilters;
  readonly direction: SortDirection;
  /** Where the page starts, in its direction; `inclusive` for a position asked for. */
  readonly start: { readonly position: LogPosition; readonly inclusive: boolean } | null;
  readonly limit: number;
}

/** Residents erased on a stream: every one, or these groups (`parties[1]`). */
export type ErasedResidents = 'all' | ReadonlySet<string>;

/**
 * One event of the log as the read model lists it: its envelope, and whose data was erased
 * on its stream. Its data comes from the log, through `auditedData`.
 */
export interface AuditLogListed {
  readonly entry: Omit<AuditLogEntry, 'data'>;
  readonly erased: ErasedResidents | undefined;
}

export interface AuditLogPage {
  readonly items: AuditLogListed[];
  /** The last entry's position, when more follow. */
  readonly next: { readonly position: LogPosition; readonly eventId: string } | null;
}

const position = '(commit_position, prepare_position)';

/**
 * A whole kind of stream (`case-`) is read through its own index in log order; a narrower
 * prefix through the stream names' index, with the range's end where the prefix stops
 * matching (its last character's successor), and substr to decide.
 */
const streamPrefixCondition = (prefix: string): Condition => {
  if (prefix !== '' && streamCategory(prefix) === prefix) {
    return { sql: 'stream_category = ?', params: [prefix] };
  }
  const characters = [...prefix];
  const match = { sql: 'substr(stream_name, 1, ?) = ?', params: [characters.length, prefix] };
  const last = characters.pop()?.codePointAt(0);
  if (last === undefined || last >= 0xd7ff) return match;
  const end = characters.join('') + String.fromCodePoint(last + 1);
  return {
    sql: `stream_name >= ? AND stream_name < ? AND ${match.sql}`,
    params: [prefix, end, ...match.params],
  };
};

export const auditLogConditions = (filters: AuditLogFilters): Condition[] => {
  const conditions: Condition[] = [];
  const add = (sql: string, ...params: Condition['params']) => conditions.push({ sql, params });
  if (filters.type !== undefined) add('event_type = ?', filters.type);
  if (filters.actor !== undefined) add('actor_person_id = ?', filters.actor);
  if (filters.stream !== undefined) add('stream_name = ?', filters.stream);
  if (filters.streamPrefix !== undefined)
    conditions.push(streamPrefixCondition(filters.streamPrefix));
  if (filters.recordedFrom !== undefined)
    add('recorded_at_ms >= ?', filters.recordedFrom.getTime());
  if (filters.recordedTo !== undefined) add('recorded_at_ms < ?', filters.recordedTo.getTime());
  return conditions;
};

/**
 * An event's data (decoded from the log) as the audit shows it: masked, and with the values
 * of residents erased on its stream erased, for events stored before values were sealed
 * (sealed ones read as erased already once their key is gone).
 */
export const auditedData = (
  type: EventType,
  data: Record<string, unknown>,
  erased: ErasedResidents | undefined,
): Record<string, unknown> => {
  const masked = maskPersonalData(type, data as never) as Record<string, unknown>;
  return erased === undefined ? masked : eraseMaskedDataOf(type, masked as never, erased);
};

/** Whose residents' data was erased, by stream, among the rows' streams. */
const erasedStreamsAmong = (
  db: Database.Database,
  rows: readonly Row[],
): ReadonlyMap<string, ErasedResidents> => {
  const streams = [...new Set(rows.map((row) => String(row['stream_name'])))];
  if (streams.length === 0) return new Map();
  const found = db
    .prepare(
      `SELECT stream_name, residents FROM ${erasedStreamsTable} WHERE stream_name IN (${streams.map(() => '?').join(', ')})`,
    )
    .all(...streams) as { stream_name: string; residents: string }[];
  const erased = new Map<string, 'all' | Set<string>>();
  for (const { stream_name: stream, residents } of found) {
    const before = erased.get(stream);
    if (before === 'all' || residents === allResidents) erased.set(stream, 'all');
    else erased.set(stream, new Set([...(before ?? []), residents]));
  }
  return erased;
};

const entryOf = (row: Row): AuditLogListed['entry'] => ({
  position: positionText({
    commit: BigInt(row['commit_position']!),
    prepare: BigInt(row['prepare_position']!),
  }),
  stream: String(row['stream_name']),
  revision: String(row['stream_revision']),
  type: String(row['event_type']),
  metadata: {
    eventId: String(row['event_id']),
    actor: {
      personId: String(row['actor_person_id']),
      role: row['actor_role'] as EventMetadata['actor']['role'],
      scope: {
        kind: row['actor_scope_kind'] as EventMetadata['actor']['scope']['kind'],
        id: String(row['actor_scope_id']),
      },
    },
    correlationId: String(row['correlation_id']),
    causationId: String(row['causation_id']),
    occurredAt: String(row['occurred_at']),
    recordedAt: String(row['recorded_at']),
    schemaVersion: Number(row['schema_version']),
  },
});

/**
 * A page of the log in position order, either way. Keyset on the position, so a page
 * deep in ten million events costs what the first one does.
 */
export const listAuditLog = (db: Database.Database, request: AuditLogPageRequest): AuditLogPage => {
  const descending = request.direction === 'desc';
  const conditions = auditLogConditions(request.filters);
  if (request.start) {
    const after = `${descending ? '<' : '>'}${request.start.inclusive ? '=' : ''}`;
    const { commit, prepare } = request.start.position;
    conditions.push({ sql: `${position} ${after} (?, ?)`, params: [commit, prepare] });
  }
  const where = conditions.length ? `WHERE ${conditions.map((c) => c.sql).join(' AND ')}` : '';
  const order = descending ? 'DESC' : 'ASC';
  const rows = db
    .prepare(
      `SELECT * FROM ${auditLogTable} ${where} ` +
        `ORDER BY commit_position ${order}, prepare_position ${order} LIMIT ?`,
    )
    .all(...conditions.flatMap((c) => c.params), request.limit + 1) as Row[];
  const shown = rows.slice(0, request.limit);
  const erased = erasedStreamsAmong(db, shown);
  const last = shown.at(-1);
  return {
    items: shown.map((row) => ({
      entry: entryOf(row),
      erased: erased.get(String(row['stream_name'])),
    })),
    next:
      rows.length > request.limit && last
        ? {
            position: {
              commit: BigInt(last['commit_position']!),
              prepare: BigInt(last['prepare_position']!),
            },
            eventId: String(last['event_id']),
          }
        : null,
  };
};
