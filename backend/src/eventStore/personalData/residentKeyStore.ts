import {
  createCipheriv,
  createDecipheriv,
  createSecretKey,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { keysDirectory, residentKeysFileName } from './masterKey.ts';

// One data key per resident (per person named in an event, and one per stream for the
// numbers typed into its free text), kept here, outside the log. Erasure destroys the key:
// the log keeps its ciphertext, hashes and signatures, and nobody can read the values again.

export interface ResidentKey {
  readonly keyId: string;
  readonly key: KeyObject;
}

export interface ResidentKeyStore {
  /** The live key of each subject, creating those that have none, in one transaction. */
  keysFor(subjects: readonly string[]): ReadonlyMap<string, ResidentKey>;
  /** A key by its id: `erased` once destroyed, undefined if this store never made it. */
  keyById(keyId: string): KeyObject | 'erased' | undefined;
  /**
   * The same, for a reader going through the log in order (a replay, a subscription): a
   * key looked up in the file brings the keys made after it, which such a reader asks for
   * next. Reading one case's events, whose keys lie far apart, would pay that for nothing.
   */
  keyInLogOrder(keyId: string): KeyObject | 'erased' | undefined;
  /**
   * Drops the keys held here if another connection committed since: a read that starts
   * after an erasure elsewhere never opens what it destroyed. Within a read, `keyById`
   * looks again at most a millisecond after it last did.
   */
  refresh(): void;
  /**
   * Destroys every live key whose subject starts with the prefix (and, if given, ends with
   * the suffix: one resident's keys); how many it destroyed.
   */
  erase(subjectPrefix: string, at: Date, subjectSuffix?: string): number;
  /** Live and erased keys under the prefix (and with the suffix, if given). */
  count(
    subjectPrefix: string,
    subjectSuffix?: string,
  ): { readonly live: number; readonly erased: number };
  close(): void;
}

export interface ResidentKeyStoreOptions {
  readonly dataDir: string;
  readonly masterKey: Buffer;
  /**
   * `full` (the default): a new key is on disk before the event that needs it is written.
   * `bulk` skips the fsync, for generating a benchmark district into a fresh directory.
   */
  readonly durability?: 'full' | 'bulk';
}

const wrap = (masterKey: KeyObject, keyId: string, key: Buffer): Buffer => {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', masterKey, iv).setAAD(Buffer.from(keyId));
  const sealed = Buffer.concat([cipher.update(key), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]);
};

const unwrap = (masterKey: KeyObject, keyId: string, wrapped: Buffer): KeyObject => {
  const decipher = createDecipheriv('aes-256-gcm', masterKey, wrapped.subarray(0, 12))
    .setAAD(Buffer.from(keyId))
    .setAuthTag(wrapped.subarray(wrapped.length - 16));
  return createSecretKey(
    Buffer.concat([decipher.update(wrapped.subarray(12, wrapped.length - 16)), decipher.final()]),
  );
};

/** The key store cannot be opened as asked: the master key is not the one it was made with. */
export class ResidentKeyStoreError extends Error {
  override readonly name = 'ResidentKeyStoreError';
}

// A row sealed under the master key when the store is made: opening it proves the key.
const masterCheckId = 'master-key-check';

const checkMasterKey = (db: Database.Database, masterKey: KeyObject, path: string): void => {
  const row = db
    .prepare<[string], { wrapped_key: Buffer }>(
      'SELECT wrapped_key FROM key_store_check WHERE id = ?',
    )
    .get(masterCheckId);
  if (!row) {
    db.prepare('INSERT OR IGNORE INTO key_store_check (id, wrapped_key) VALUES (?, ?)').run(
      masterCheckId,
      wrap(masterKey, masterCheckId, randomBytes(32)),
    );
    return checkMasterKey(db, masterKey, path);
  }
  try {
    unwrap(masterKey, masterCheckId, row.wrapped_key);
  } catch {
    throw new ResidentKeyStoreError(
      `the personal-data master key (GRIDLINE_PERSONAL_DATA_KEY, or keys/master.key) is not the one ${path} was made with`,
    );
  }
};

/**
 * The subjects starting with a prefix, as a range the subject index answers: from the
 * prefix up to the prefix with its last character's successor. Not LIKE, which SQLite
 * compares without regard to case (and erasing `case-A` must not touch `case-a`).
 */
const rangeOf = (prefix: string): [string, string] => {
  const characters = [...prefix];
  const last = characters.pop()!;
  return [prefix, characters.join('') + String.fromCodePoint(last.codePointAt(0)! + 1)];
};

export const openResidentKeyStore = (options: ResidentKeyStoreOptions): ResidentKeyStore => {
  // Made once: a key given as bytes is made into a key object on every use, which cost
  // more than the decryption itself when a replay opened a million values.
  const masterKey = createSecretKey(options.masterKey);
  const directory = keysDirectory(options.dataDir);
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const path = join(directory, residentKeysFileName);
  const db = new Database(path, { timeout: 10_000 });
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.durability === 'bulk' ? 'OFF' : 'FULL'}`);
  // A destroyed key's bytes are overwritten in the file, not left on a free page.
  db.pragma('secure_delete = ON');
  // Key ids are random, so reading a log's keys in order lands all over the id index: with
  // SQLite's default 2 MB cache most lookups went to the file (a replay's slowest step).
  db.pragma('cache_size = -65536');
  db.exec(`CREATE TABLE IF NOT EXISTS resident_keys (
    key_id TEXT PRIMARY KEY,
    subject TEXT NOT NULL,
    wrapped_key BLOB,
    created_at TEXT NOT NULL,
    erased_at TEXT
  );
  CREATE INDEX IF NOT EXISTS resident_keys_subject ON resident_keys (subject);
  CREATE TABLE IF NOT EXISTS key_store_check (id TEXT PRIMARY KEY, wrapped_key BLOB NOT NULL);`);
  try {
    checkMasterKey(db, masterKey, path);
  } catch (error) {
    db.close();
    throw error;
  }
  const liveBySubject = db.prepare<[string], { key_id: string; wrapped_key: Buffer }>(
    'SELECT key_id, wrapped_key FROM resident_keys WHERE subject = ? AND wrapped_key IS NOT NULL LIMIT 1',
  );
  const byId = db.prepare<[string], { row: number; wrapped_key: Buffer | null }>(
    'SELECT rowid AS row, wrapped_key FROM resident_keys WHERE key_id = ?',
  );
  const rowsAfter = db.prepare<
    [number, number],
    { row: number; key_id: string; wrapped_key: Buffer | null }
  >(
    'SELECT rowid AS row, key_id, wrapped_key FROM resident_keys WHERE rowid > ? ORDER BY rowid LIMIT ?',
  );
  const insert = db.prepare(
    'INSERT INTO resident_keys (key_id, subject, wrapped_key, created_at) VALUES (?, ?, ?, ?)',
  );
  // The suffix compared exactly (substr, not LIKE), for the same reason as the prefix.
  const underAndEnding = `subject >= @from AND subject < @to
    AND (@suffix = '' OR substr(subject, -length(@suffix)) = @suffix)`;
  const eraseUnder = db.prepare<{ at: string; from: string; to: string; suffix: string }>(
    `UPDATE resident_keys SET wrapped_key = NULL, erased_at = @at
      WHERE ${underAndEnding} AND wrapped_key IS NOT NULL`,
  );
  const countUnder = db.prepare<
    { from: string; to: string; suffix: string },
    { live: number | null; erased: number | null }
  >(
    `SELECT SUM(wrapped_key IS NOT NULL) AS live, SUM(wrapped_key IS NULL) AS erased
       FROM resident_keys WHERE ${underAndEnding}`,
  );
  const range = (prefix: string, suffix = '') => {
    const [from, to] = rangeOf(prefix);
    return { from, to, suffix };
  };
  const dataVersion = db.prepare('PRAGMA data_version').pluck();

  // Unwrapped keys by id. Dropped when another connection (another server, a CLI) has
  // committed: checked at the start of every read (`refresh`) and, within one, at most
  // once a millisecond. Asking SQLite costs 7 µs (it opens a read transaction), more than
  // opening the value: asked for every key, it was a replay's slowest step.
  const cache = new Map<string, KeyObject>();
  // Keys are made in the order the log is written, so reading the log asks for them in the
  // order of this table's rows, but their ids are random: a key found by a probe of the id
  // index brings the rows after it, read in one range, for the keys asked next. Keys from
  // before the range are probed alone (a case's key for the numbers in its free text is
  // made with its first event), unless several come in a row: a read from further back.
  const readAhead = 2_048;
  const behindInARow = 8;
  let ahead = new Map<string, Buffer | null>();
  let aheadFrom = 0;
  let aheadTo = 0;
  let behind = 0;
  const drop = (): void => {
    cache.clear();
    ahead = new Map();
    aheadFrom = aheadTo = behind = 0;
  };
  let seenVersion = dataVersion.get();
  let checkedAt = performance.now();
  const refresh = (): void => {
    checkedAt = performance.now();
    const version = dataVersion.get();
    if (version !== seenVersion) {
      seenVersion = version;
      drop();
    }
  };
  const wrappedInLogOrder = (keyId: string): Buffer | null | undefined => {
    if (ahead.has(keyId)) {
      behind = 0;
      return ahead.get(keyId);
    }
    const found = byId.get(keyId);
    if (!found) return undefined;
    if (found.row < aheadFrom) behind += 1;
    if (found.row > aheadTo || behind >= behindInARow) {
      const rows = rowsAfter.all(found.row, readAhead);
      ahead = new Map(rows.map((row) => [row.key_id, row.wrapped_key]));
      aheadFrom = found.row;
      aheadTo = rows.at(-1)?.row ?? found.row;
      behind = 0;
    }
    return found.wrapped_key;
  };
  const lookUp =
    (wrapped: (keyId: string) => Buffer | null | undefined) =>
    (keyId: string): KeyObject | 'erased' | undefined => {
      if (performance.now() - checkedAt > 1) refresh();
      const cached = cache.get(keyId);
      if (cached) return cached;
      const found = wrapped(keyId);
      if (found === undefined) return undefined;
      if (found === null) return 'erased';
      const key = unwrap(masterKey, keyId, found);
      if (cache.size >= 10_000) cache.clear();
      cache.set(keyId, key);
      return key;
    };

  const keysFor = db.transaction((subjects: readonly string[]) => {
    const keys = new Map<string, ResidentKey>();
    for (const subject of new Set(subjects)) {
      const row = liveBySubject.get(subject);
      if (row) {
        keys.set(subject, {
          keyId: row.key_id,
          key: unwrap(masterKey, row.key_id, row.wrapped_key),
        });
        continue;
      }
      const keyId = randomBytes(12).toString('base64url');
      const key = randomBytes(32);
      insert.run(keyId, subject, wrap(masterKey, keyId, key), new Date().toISOString());
      keys.set(subject, { keyId, key: createSecretKey(key) });
    }
    return keys;
  });

  return {
    keysFor: (subjects) => (subjects.length === 0 ? new Map() : keysFor.immediate(subjects)),
    keyById: lookUp((keyId) => byId.get(keyId)?.wrapped_key),
    keyInLogOrder: lookUp(wrappedInLogOrder),
    erase(subjectPrefix, at, subjectSuffix) {
      const { changes } = eraseUnder.run({
        at: at.toISOString(),
        ...range(subjectPrefix, subjectSuffix),
      });
      drop();
      seenVersion = dataVersion.get();
      // The destroyed keys' old pages must not linger in the write-ahead log either.
      db.pragma('wal_checkpoint(TRUNCATE)');
      return changes;
    },
    count(subjectPrefix, subjectSuffix) {
      const row = countUnder.get(range(subjectPrefix, subjectSuffix));
      return { live: row?.live ?? 0, erased: row?.erased ?? 0 };
    },
    refresh,
    close: () => db.close(),
  };
};
