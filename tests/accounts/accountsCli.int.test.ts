import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAccounts } from '@gridline/backend/accounts/openAccounts.ts';

const cli = new URL('../../backend/src/accounts/accountsCli.ts', import.meta.url).pathname;

describe('npm run accounts', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'gridline-accounts-cli-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const run = (args: string[], stdin = '') =>
    spawnSync(process.execPath, [cli, ...args, '--data-dir', dataDir], {
      input: stdin,
      encoding: 'utf8',
    });

  // Low limits, so a lock takes three failures instead of a hundred argon2 runs.
  const loginThrottleLimits = { maxFailures: 3, maxFailuresPerClient: 2, windowMs: 3_600_000 };
  const signIn = async (username: string, password: string, client = '192.0.2.1') => {
    const accounts = openAccounts({ dataDir, loginThrottleLimits });
    try {
      return (await accounts.signIn(username, password, client)).outcome;
    } finally {
      accounts.close();
    }
  };

  const createAdmin = () =>
    run(
      [
        'create',
        '--username',
        'root',
        '--person-id',
        'p-root',
        '--display-name',
        '管理员',
        '--role',
        'admin',
        '--scope',
        'district:beichen',
      ],
      'a long admin password\n',
    );

  it('creates the first admin of an empty deployment, password from stdin', async () => {
    const created = createAdmin();
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('created root (admin, district beichen)');
    expect(await signIn('root', 'a long admin password')).toBe('signed_in');
  });

  it('refuses a bad account, naming every wrong field, and creates nothing', async () => {
    const refused = run(
      [
        'create',
        '--username',
        'x',
        '--person-id',
        'p-x',
        '--display-name',
        'X',
        '--role',
        'boss',
        '--scope',
        'district:d',
      ],
      'short\n',
    );
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/password: .*12/);
    expect(refused.stderr).toMatch(/role: /);
    expect(await signIn('x', 'short')).toBe('rejected');
  });

  it('refuses a username that is taken', () => {
    createAdmin();
    const again = createAdmin();
    expect(again.status).toBe(1);
  });

  it('disables an account, then enables it again, and changes its password', async () => {
    createAdmin();
    expect(run(['disable', '--username', 'root']).status).toBe(0);
    expect(await signIn('root', 'a long admin password')).toBe('rejected');
    expect(run(['enable', '--username', 'root']).status).toBe(0);
    expect(run(['set-password', '--username', 'root'], 'another long password\n').status).toBe(0);
    expect(await signIn('root', 'another long password')).toBe('signed_in');
  });

  it('unlocks an account locked by failed sign-ins from many clients', async () => {
    createAdmin();
    for (const client of ['198.51.100.1', '198.51.100.2', '198.51.100.3'])
      expect(await signIn('root', 'a wrong password', client)).toBe('rejected');
    expect(await signIn('root', 'a long admin password')).toBe('throttled');

    const unlocked = run(['unlock', '--username', 'root']);
    expect(unlocked.stdout).toContain('3 failed sign-in(s) forgotten');
    expect(unlocked.status).toBe(0);
    expect(await signIn('root', 'a long admin password')).toBe('signed_in');
  });

  it('refuses to unlock an account that does not exist', () => {
    const refused = run(['unlock', '--username', 'nobody']);
    expect(refused.stderr).toContain('no account nobody');
    expect(refused.status).toBe(1);
  });
});
