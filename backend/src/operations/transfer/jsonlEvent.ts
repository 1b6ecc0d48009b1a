import { canonicalJson } from '../../eventStore/sqlite/hashChain.ts';
import type { EventRow } from '../../eventStore/sqlite/schema.ts';

// One event per line of an export file. The stored data and metadata are already
// canonical JSON, so they are spliced in as they are: no parse and re-serialise per event,
// and an import re-serialises them to the very same text, hence the very same hashes.

/** What one line of an export file holds. */
export interface JsonlEvent {
  /** The event's position in the log it was exported from. */
  readonly position: number;
  readonly id: string;
  readonly stream: string;
  /** 0-based, within its stream. */
  readonly revision: number;
  readonly type: string;
  /** The schema version it was written at (metadata.schemaVersion), for readers' convenience. */
  readonly version: number | null;
  readonly data: unknown;
  readonly metadata: unknown;
  /** The store's clock when it was appended (the embedded store's `created`). */
  readonly recordedAt: string;
}

const schemaVersionOf = (metadata: string): number | null => {
  const version = (JSON.parse(metadata) as { schemaVersion?: unknown } | null)?.schemaVersion;
  return typeof version === 'number' ? version : null;
};

export const jsonlLineOf = (row: EventRow): string =>
  `{"position":${row.position},"id":${JSON.stringify(row.event_id)},"stream":${JSON.stringify(row.stream_name)},` +
  `"revision":${row.revision},"type":${JSON.stringify(row.type)},"version":${schemaVersionOf(row.metadata)},` +
  `"data":${row.data},"metadata":${row.metadata},"recordedAt":${JSON.stringify(row.created)}}\n`;

/** A line of an import file that cannot be imported; names the line. */
export class JsonlLineError extends Error {
  override readonly name = 'JsonlLineError';
  readonly line: number;
  constructor(line: number, problem: string) {
    super(`line ${line}: ${problem}`);
    this.line = line;
  }
}

/** An event parsed from a line, with data and metadata as the text the store keeps. */
export interface ParsedEvent {
  readonly position: number;
  readonly id: string;
  readonly streamName: string;
  readonly revision: number;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
  readonly created: string;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isInstant = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value) && !Number.isNaN(Date.parse(value));

/** Parses and checks one line; throws JsonlLineError saying what is wrong with it. */
export const parseJsonlLine = (text: string, line: number): ParsedEvent => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new JsonlLineError(line, `not JSON (${(error as Error).message}); cut short?`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new JsonlLineError(line, 'not an event object');
  }
  const event = value as Record<string, unknown>;
  const problems = [
    !isCount(event['position']) && 'position must be a whole number',
    !isText(event['id']) && 'id must be a non-empty string',
    !isText(event['stream']) && 'stream must be a non-empty string',
    !isCount(event['revision']) && 'revision must be a whole number',
    !isText(event['type']) && 'type must be a non-empty string',
    !('data' in event) && 'data is missing',
    !('metadata' in event) && 'metadata is missing',
    !isInstant(event['recordedAt']) && 'recordedAt must be an ISO 8601 time',
  ].filter((problem): problem is string => typeof problem === 'string');
  if (problems.length > 0) throw new JsonlLineError(line, problems.join('; '));
  return {
    position: event['position'] as number,
    id: event['id'] as string,
    streamName: event['stream'] as string,
    revision: event['revision'] as number,
    type: event['type'] as string,
    data: canonicalJson(event['data'] ?? null),
    metadata: canonicalJson(event['metadata'] ?? null),
    created: event['recordedAt'] as string,
  };
};
