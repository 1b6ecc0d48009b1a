import Database from 'better-sqlite3';
import { eventIdsFor } from '@gridline/backend/application/eventIds.ts';
import { describeBreak } from '@gridline/backend/eventStore/logVerification.ts';
import { readOnlyLogVerifier } from '@gridline/backend/eventStore/sqlite/integrity/readOnlyLogVerifier.ts';
import type { Acknowledged } from './commandLoad.ts';

// What a SIGKILL must not cost: every acknowledged command in the log exactly once, and a
// hash chain that still verifies. Each check returns what it found wrong, in words.

// An event id's first half depends only on who sent the key, the key, the stream and the
// event's place in the command (backend/src/application/eventIds.ts): 8-4-4 hex digits.
const keyHalfLength = 18;

/** Every event of every acknowledged command is in its stream exactly once, where the answer said. */
export const missingOrDoubled = (logPath: string, acknowledged: readonly Acknowledged[]) => {
  const db = new Database(logPath, { readonly: true, fileMustExist: true });
  const byKey = db.prepare<[string, string], { position: number }>(
    'SELECT position FROM events WHERE stream_name = ? AND substr(event_id, 1, 18) = ? ORDER BY position',
  );
  const problems: string[] = [];
  try {
    for (const ack of acknowledged) {
      const idOf = eventIdsFor({ ...ack, streamName: ack.streamName, request: '' });
      const positions = Array.from({ length: ack.eventCount }, (_, index) =>
        byKey.all(ack.streamName, idOf(index).slice(0, keyHalfLength)),
      );
      const counts = positions.map((found) => found.length);
      if (counts.some((count) => count !== 1)) {
        problems.push(`${ack.path} (key ${ack.key}): events found ${counts.join(', ')} times`);
        continue;
      }
      const last = positions.at(-1)![0]!.position;
      if (String(last) !== ack.position.split('/')[0]) {
        problems.push(
          `${ack.path} (key ${ack.key}): answered ${ack.position}, in the log at ${last}`,
        );
      }
    }
  } finally {
    db.close();
  }
  return problems;
};

/** The whole log's chain, every stream and the signed head, as `npm run gridline -- verify`. */
export const chainBreaks = async (logPath: string): Promise<string[]> => {
  const report = await readOnlyLogVerifier(logPath).verify({ from: 'start' });
  return report.ok ? [] : report.breaks.map(describeBreak);
};

/** The log's last position, read from the file. */
export const logHead = (logPath: string): number => {
  const db = new Database(logPath, { readonly: true, fileMustExist: true });
  try {
    return (
      db.prepare<[], { head: number | null }>('SELECT max(position) AS head FROM events').get()!
        .head ?? 0
    );
  } finally {
    db.close();
  }
};
