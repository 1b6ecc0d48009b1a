import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerOn } from '../integrity/support/spawnedServer.ts';
import { eventRows, gridline, headOf, makeDistrict } from './support/operationsDistrict.ts';
import { expectSameReads } from './support/sameReads.ts';

// export and import as an operator runs them, on real SQLite files, through the CLI.
describe('npm run gridline -- export / import', { timeout: 180_000 }, () => {
  let source: string;
  let work: string;
  let exported: string;
  let lines: string[];
  beforeAll(async () => {
    source = await makeDistrict();
    work = mkdtempSync(join(tmpdir(), 'gridline-export-'));
    exported = join(work, 'log.jsonl');
    const result = await gridline('export', '--to', exported, '--data-dir', source);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    lines = readFileSync(exported, 'utf8').split('\n');
  }, 300_000);
  afterAll(() => {
    for (const folder of [source, work]) rmSync(folder, { recursive: true, force: true });
  });

  const freshDir = () => mkdtempSync(join(work, 'target-'));
  const importInto = (dataDir: string, file = exported) =>
    gridline('import', '--from', file, '--data-dir', dataDir);
  const withLines = (name: string, content: string[] | string) => {
    const file = join(work, name);
    writeFileSync(file, Array.isArray(content) ? content.join('\n') : content);
    return file;
  };

  it('writes one event per line, in log order, with everything the store keeps', () => {
    const rows = eventRows(source);
    expect(lines.at(-1)).toBe('');
    expect(lines.length - 1).toBe(rows.length);
    const first = JSON.parse(lines[0]!) as Record<string, unknown>;
    const stored = rows[0]!;
    expect(first).toEqual({
      position: 1,
      id: stored.event_id,
      stream: stored.stream_name,
      revision: 0,
      type: stored.type,
      version: 1,
      data: JSON.parse(stored.data),
      metadata: JSON.parse(stored.metadata),
      recordedAt: stored.created,
    });
    const positions = lines
      .slice(0, -1)
      .map((line) => (JSON.parse(line) as { position: number }).position);
    expect(positions).toEqual(rows.map((row) => row.position));
  });

  it('imports into a fresh data directory event for event, and the imported log verifies', async () => {
    const target = freshDir();
    const result = await importInto(target);
    expect(result.stdout).toContain(`Imported ${lines.length - 1} events`);
    expect(result.stdout).toContain('The log verifies');
    expect(result.status).toBe(0);
    // Same ids, streams, revisions, data, metadata and times, so the same chain, hash for hash.
    expect(eventRows(target)).toEqual(eventRows(source));
    expect((await gridline('verify', '--data-dir', target)).status).toBe(0);
    const sourceHead = (await gridline('head', '--data-dir', source)).stdout;
    expect((await gridline('head', '--data-dir', target)).stdout).toBe(sourceHead);
  });

  it('gives a server on the imported log the same answers as one on the source', async () => {
    const target = freshDir();
    expect((await importInto(target)).status).toBe(0);
    // Accounts are not events: they travel with backup and restore, or by hand like this.
    copyFileSync(join(source, 'accounts.sqlite'), join(target, 'accounts.sqlite'));
    const [onSource, onImported] = await Promise.all([
      startServerOn(source),
      startServerOn(target),
    ]);
    try {
      await expectSameReads(onSource, onImported, headOf(source));
    } finally {
      await Promise.all([onSource.stop(), onImported.stop()]);
    }
  });

  it('exports from a position on, which an empty log then refuses by line', async () => {
    const partial = join(work, 'from-40.jsonl');
    const result = await gridline(
      'export',
      '--to',
      partial,
      '--from-position',
      '40',
      '--data-dir',
      source,
    );
    expect(result.status).toBe(0);
    const first = JSON.parse(readFileSync(partial, 'utf8').split('\n')[0]!) as { position: number };
    expect(first.position).toBe(40);
    const target = freshDir();
    const refused = await importInto(target, partial);
    expect(refused.stderr).toMatch(
      /line \d+: stream \S+ at revision [1-9]\d*, where the log expects 0/,
    );
    expect(refused.status).toBe(1);
    expect(headOf(target)).toBe(0);
  });

  it('names a malformed line and imports nothing', async () => {
    const broken = [...lines];
    broken[6] = broken[6]!.replace('"data":{', '"data":{{');
    const target = freshDir();
    const result = await importInto(target, withLines('malformed.jsonl', broken));
    expect(result.stderr).toContain('line 7: not JSON');
    expect(result.stderr).toContain('nothing was imported');
    expect(result.status).toBe(1);
    expect(existsSync(join(target, 'events.sqlite'))).toBe(false);
  });

  it('names a line that misses a field, and one out of order', async () => {
    const missing = [...lines];
    const event = JSON.parse(missing[2]!) as Record<string, unknown>;
    delete event['recordedAt'];
    missing[2] = JSON.stringify(event);
    const first = await importInto(freshDir(), withLines('missing.jsonl', missing));
    expect(first.stderr).toContain('line 3: recordedAt must be an ISO 8601 time');
    expect(first.status).toBe(1);

    const swapped = [lines[0]!, lines[2]!, lines[1]!, ...lines.slice(3)];
    const second = await importInto(freshDir(), withLines('swapped.jsonl', swapped));
    expect(second.stderr).toContain('line 3: position 2 does not come after 3');
    expect(second.status).toBe(1);
  });

  it('names the last line of a file cut short, mid-line or just before its newline', async () => {
    const text = readFileSync(exported, 'utf8');
    const count = lines.length - 1;
    const midLine = await importInto(
      freshDir(),
      withLines('cut.jsonl', text.slice(0, text.length - 40)),
    );
    expect(midLine.stderr).toContain(`line ${count}: not JSON`);
    expect(midLine.status).toBe(1);
    const target = freshDir();
    const atNewline = await importInto(target, withLines('no-newline.jsonl', text.slice(0, -1)));
    expect(atNewline.stderr).toContain(
      `line ${count}: cut short: the file does not end with a newline`,
    );
    expect(atNewline.status).toBe(1);
    expect(headOf(target)).toBe(0);
  });

  it('refuses a target that already holds events, leaving it as it was', async () => {
    const before = eventRows(source);
    const result = await importInto(source);
    expect(result.stderr).toContain('already holds events; an import needs an empty log');
    expect(result.status).toBe(2);
    expect(eventRows(source)).toEqual(before);
  });

  it('refuses bad options and missing files with exit code 2, and explains itself on --help', async () => {
    expect((await gridline('export', '--data-dir', source)).stderr).toContain(
      '--to <file> is required',
    );
    const overwrite = await gridline('export', '--to', exported, '--data-dir', source);
    expect(overwrite.stderr).toContain('export writes a new file');
    expect(overwrite.status).toBe(2);
    const badPosition = await gridline(
      'export',
      '--to',
      join(work, 'x.jsonl'),
      '--from-position',
      '0',
    );
    expect(badPosition.status).toBe(2);
    const noFile = await gridline(
      'import',
      '--from',
      join(work, 'absent.jsonl'),
      '--data-dir',
      freshDir(),
    );
    expect(noFile.stderr).toContain('there is no file');
    expect(noFile.status).toBe(2);
    const commands = ['export', 'import', 'backup', 'restore', 'migrate'];
    const helps = await Promise.all(commands.map((command) => gridline(command, '--help')));
    for (const [index, command] of commands.entries()) {
      expect(helps[index]!.stdout).toContain(`Usage: npm run gridline -- ${command}`);
      expect(helps[index]!.status).toBe(0);
    }
  });
});
