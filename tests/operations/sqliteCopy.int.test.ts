import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copySqliteFile } from '@gridline/backend/operations/backup/sqliteCopy.ts';

// The backup's copy of one SQLite file, against a writer that never lets up: SQLite's
// online backup starts over whenever another connection writes between two steps.
describe('Copying a live SQLite file', () => {
  let folder: string;
  let source: string;
  let writer: Database.Database;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'gridline-copy-'));
    source = join(folder, 'live.sqlite');
    writer = new Database(source);
    writer.pragma('journal_mode = WAL');
    writer.exec('CREATE TABLE rows (n INTEGER PRIMARY KEY, payload TEXT NOT NULL)');
    const insert = writer.prepare('INSERT INTO rows (payload) VALUES (?)');
    writer.transaction(() => {
      for (let n = 0; n < 4_000; n += 1) insert.run('x'.repeat(1_000));
    })();
  });
  afterEach(() => {
    writer.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('finishes with a whole, consistent copy though the writer writes between every step', async () => {
    const insert = writer.prepare('INSERT INTO rows (payload) VALUES (?)');
    const count = () =>
      writer.prepare<[], { c: number }>('SELECT COUNT(*) AS c FROM rows').get()!.c;
    const before = count();
    const progress: number[] = [];
    const destination = join(folder, 'copy.sqlite');
    await copySqliteFile(
      source,
      destination,
      (done) => {
        progress.push(done);
        // Pages, not only rows: the file grows between the callback and the next step.
        insert.run('written during the backup'.repeat(1_000));
      },
      50,
    );
    // It started over (a step that got no further), and still finished, in a few steps.
    expect(progress.some((done, index) => index > 1 && done <= progress[index - 1]!)).toBe(true);
    expect(progress.length).toBeLessThan(10);
    const copy = new Database(destination, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      const copied = copy.prepare<[], { c: number }>('SELECT COUNT(*) AS c FROM rows').get()!.c;
      expect(copied).toBeGreaterThan(before);
      expect(copied).toBeLessThanOrEqual(count());
    } finally {
      copy.close();
    }
  });
});
