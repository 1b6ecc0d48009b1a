import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../eventStore/sqlite/hashChain.ts';
import type { EventRow } from '../../eventStore/sqlite/schema.ts';
import { JsonlLineError, jsonlLineOf, parseJsonlLine } from './jsonlEvent.ts';

const row: EventRow = {
  position: 42,
  stream_name: 'case-7',
  revision: 3,
  event_id: '0b5c2a5e-1d7e-4a43-9d55-9a7f0c1e2b3d',
  type: 'CaseEscalated',
  data: canonicalJson({ toLevel: 'community', reason: '超出权限', nested: { b: 1, a: [2, 1] } }),
  metadata: canonicalJson({ schemaVersion: 2, actor: { personId: 'p-1' }, eventId: 'x' }),
  created: '2026-06-01T01:02:03.456Z',
  prev_hash: 'a'.repeat(64),
  hash: 'b'.repeat(64),
};

describe('a line of an export file', () => {
  it('round-trips to the very text the store keeps, so an import hashes alike', () => {
    const line = jsonlLineOf(row);
    expect(line.endsWith('\n')).toBe(true);
    expect(JSON.parse(line)).toMatchObject({ position: 42, stream: 'case-7', version: 2 });
    expect(parseJsonlLine(line.trimEnd(), 1)).toEqual({
      position: 42,
      id: row.event_id,
      streamName: 'case-7',
      revision: 3,
      type: 'CaseEscalated',
      data: row.data,
      metadata: row.metadata,
      created: row.created,
    });
  });

  it('stores keys in canonical order whatever order the line gives them in', () => {
    const line = JSON.stringify({
      ...JSON.parse(jsonlLineOf(row)),
      data: { z: 1, a: { y: 2, b: 3 } },
    });
    expect(parseJsonlLine(line, 1).data).toBe('{"a":{"b":3,"y":2},"z":1}');
  });

  it('names the line and every field that is wrong', () => {
    const event = JSON.parse(jsonlLineOf(row)) as Record<string, unknown>;
    const bad = JSON.stringify({ ...event, revision: -1, recordedAt: 'yesterday', id: '' });
    expect(() => parseJsonlLine(bad, 9)).toThrow(
      new JsonlLineError(
        9,
        'id must be a non-empty string; revision must be a whole number; recordedAt must be an ISO 8601 time',
      ),
    );
    expect(() => parseJsonlLine('[1]', 2)).toThrow('line 2: not an event object');
    expect(() => parseJsonlLine('{"position":1,', 3)).toThrow(/^line 3: not JSON/);
  });
});
