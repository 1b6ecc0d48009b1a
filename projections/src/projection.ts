import type { EventMetadata, EventType, GridlineEvent } from '@gridline/events';

// A read model is a pure function from one event to the row changes it causes, plus the
// tables those rows live in and the queries that read them. The runner (in the backend)
// owns the SQLite file, the transactions and the checkpoint; a projection never touches
// a database handle, so it can be tested by feeding events and asserting rows.

/** Where an event sits in the log, as the event-store port gives it. */
export interface LogPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

/** One event as a projection sees it: decoded to its current version, with its envelope. */
export interface ProjectedEvent<Event extends GridlineEvent = GridlineEvent> {
  readonly event: Event;
  readonly metadata: EventMetadata;
  readonly streamName: string;
  readonly revision: bigint;
  readonly position: LogPosition;
}

/** A column value as SQLite stores it. Objects go in as JSON text. */
export type Cell = string | number | bigint | null;
export type Row = Readonly<Record<string, Cell>>;

/**
 * What one event does to a table. `upsert` writes the given columns of the row with that
 * primary key, leaving its other columns as they were (or at their defaults when new);
 * `update` changes columns of an existing row and does nothing if there is none.
 */
export type RowChange =
  | { readonly op: 'upsert'; readonly table: string; readonly row: Row }
  | { readonly op: 'update'; readonly table: string; readonly key: Row; readonly set: Row }
  | { readonly op: 'delete'; readonly table: string; readonly key: Row };

/** Reads rows already written, for the rare projection that must combine an event with them. */
export interface RowReader {
  get(table: string, key: Row): Row | undefined;
}

export interface TableSpec {
  readonly name: string;
  /** Column definitions, as in CREATE TABLE. */
  readonly columns: readonly string[];
  readonly primaryKey: readonly string[];
  /** CREATE INDEX bodies: `(columns)` with an optional WHERE, named by the runner. */
  readonly indexes?: readonly string[];
}

export interface Projection {
  /** Also the read model's file name; stable across versions. */
  readonly name: string;
  /**
   * Bump it whenever the rows this projection writes would differ for the same events:
   * the runner then builds the new version from position 0 beside the old one.
   */
  readonly version: number;
  readonly tables: readonly TableSpec[];
  /** The event types it reads; the runner skips the others for it. */
  readonly eventTypes: readonly EventType[];
  project(event: ProjectedEvent, rows: RowReader): readonly RowChange[];
  /**
   * What a replay of this read model costs next to the others (CPU seconds over the same
   * events, docs/benchmarks.md), so that builds from position 0 are spread evenly over
   * the cores. Default 1.
   */
  readonly replayCost?: number;
}

/** Text for a JSON column. */
export const json = (value: unknown): string => JSON.stringify(value);

/** A position as one sortable number: commit, the way both stores order the log. */
export const positionKey = (position: LogPosition): number => Number(position.commit);

/** A position as text, the way the API shows it. */
export const positionText = (position: LogPosition): string =>
  `${position.commit}/${position.prepare}`;
