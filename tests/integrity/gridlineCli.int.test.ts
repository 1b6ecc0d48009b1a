import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signingKeyFileName } from '@gridline/backend/eventStore/sqlite/logSigning.ts';
import { tamperableLog, type TamperableLog } from './support/tamperableLog.ts';

const cli = new URL('../../backend/src/cli/gridlineCli.ts', import.meta.url).pathname;

describe('npm run gridline', () => {
  let log: TamperableLog;
  beforeEach(async () => {
    log = await tamperableLog();
  });
  afterEach(() => log.close());

  // Not a TTY here, as in CI: no progress bar may reach stderr.
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [cli, ...args, '--data-dir', dirname(log.path)], {
      encoding: 'utf8',
      env: { ...process.env, EVENTSTORE_CONNECTION_STRING: '', GRIDLINE_LOG_SIGNING_KEY: '' },
    });

  it('verify exits 0 on an untouched log and prints its head', () => {
    const result = run('verify');
    expect(result.stdout).toContain('The log verifies: 12 events, 3 streams');
    expect(result.stdout).toContain(`12:${log.rowAt(12).hash}`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('verify exits non-zero on a hidden tamper, naming the break and where', () => {
    log.tamper(`UPDATE events SET data = '{"revision":7}' WHERE position = 6`);
    log.rechainFrom(6);

    const result = run('verify');
    expect(result.stdout).toContain('FAILED verification');
    expect(result.stdout).toMatch(/First break: checkpoint_mismatch at position 12/);
    expect(result.status).toBe(1);
  });

  it('verify names the first broken position, stream and revision', () => {
    log.tamper('DELETE FROM events WHERE position = 8');
    const result = run('verify');
    expect(result.stdout).toContain('First break: missing_events at position 8');
    expect(result.stdout).toContain(
      'revision_out_of_sequence at position 11, stream b, revision 3',
    );
    expect(result.status).toBe(1);
  });

  it('head exports an anchor that verify --anchor holds the log to', () => {
    const anchor = run('head').stdout.trim();
    expect(anchor).toBe(`12:${log.rowAt(12).hash}`);
    expect(run('verify', '--anchor', anchor).status).toBe(0);

    log.tamper(`UPDATE events SET data = '{"revision":7}' WHERE position = 2`);
    log.rechainFrom(2);
    log.resignWithStolenKey();
    expect(run('verify').status).toBe(0);
    const anchored = run('verify', '--anchor', anchor);
    expect(anchored.stdout).toContain('First break: anchor_mismatch at position 12');
    expect(anchored.status).toBe(1);
  });

  it('verify --json prints the whole report', () => {
    log.tamper(`UPDATE events SET type = 'Forged' WHERE position = 3`);
    const result = run('verify', '--json');
    expect(JSON.parse(result.stdout)).toMatchObject({
      ok: false,
      firstBreak: { kind: 'altered_event', position: 3, stream: 'c', revision: 0 },
    });
    expect(result.status).toBe(1);
  });

  it('refuses a malformed anchor or option with exit code 2, saying why', () => {
    const badAnchor = run('verify', '--anchor', '12:not-a-hash');
    expect(badAnchor.stderr).toContain('--anchor takes');
    expect(badAnchor.status).toBe(2);
    expect(run('verify', '--frobnicate').status).toBe(2);
    expect(run('verify', 'extra').status).toBe(2);
    expect(run('no-such-command').status).toBe(2);
  });

  it('treats a log signed under another key as broken', () => {
    const result = spawnSync(process.execPath, [cli, 'verify', '--data-dir', dirname(log.path)], {
      encoding: 'utf8',
      env: { ...process.env, GRIDLINE_LOG_SIGNING_KEY: 'another key that is long enough to use' },
    });
    expect(result.stdout).toContain('First break: bad_signature at position 12');
    expect(result.status).toBe(1);
  });

  it('will not check without the key, rather than invent a new one', () => {
    rmSync(join(dirname(log.path), signingKeyFileName));
    const result = run('verify');
    expect(result.stderr).toContain('no log signing key');
    expect(result.status).toBe(2);
    expect(existsSync(join(dirname(log.path), signingKeyFileName))).toBe(false);
  });

  it('describes every command with --help', () => {
    const overview = run('--help');
    expect(overview.stdout).toMatch(/verify .*\n.*head /);
    for (const command of ['verify', 'head']) {
      const help = run(command, '--help');
      expect(help.stdout).toContain(`Usage: npm run gridline -- ${command}`);
      expect(help.status).toBe(0);
    }
  });
});
