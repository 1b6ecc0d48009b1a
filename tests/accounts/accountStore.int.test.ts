import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsernameTakenError } from '@gridline/backend/accounts/accountStore.ts';
import { accountsFileName } from '@gridline/backend/accounts/accountsDatabase.ts';
import { startAccountsServer, zhangWei, type AccountsServer } from './accountsServer.ts';

let server: AccountsServer;

beforeEach(async () => {
  server = await startAccountsServer();
});
afterEach(() => server.close());

const readFile = <Row>(sql: string): Row[] => {
  const db = new Database(join(server.dataDir, accountsFileName), { readonly: true });
  try {
    return db.prepare<[], Row>(sql).all();
  } finally {
    db.close();
  }
};

describe('The accounts file', () => {
  it('keeps an argon2id PHC string, never the password', async () => {
    await server.accounts.accounts.createAccount(zhangWei);

    const [row] = readFile<{ password_hash: string }>('SELECT password_hash FROM accounts');

    expect(row?.password_hash).toMatch(
      /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/,
    );
    expect(row?.password_hash).not.toContain(zhangWei.password);
  });

  it('keeps only a hash of the session id, not the cookie value', async () => {
    await server.accounts.accounts.createAccount(zhangWei);
    const response = await server.signIn({
      username: zhangWei.username,
      password: zhangWei.password,
    });
    const cookieValue = response.headers.getSetCookie()[0]!.split(';')[0]!.split('=')[1]!;

    const rows = readFile<{ id: string }>('SELECT id FROM sessions');

    expect(rows).toHaveLength(1);
    expect(rows[0]?.id).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(cookieValue);
  });

  it('is in WAL mode', () => {
    const db = new Database(join(server.dataDir, accountsFileName), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });
});

describe('accountStore', () => {
  it('finds an account by id and by username, without its hash', async () => {
    const created = await server.accounts.accounts.createAccount(zhangWei);

    expect(server.accounts.accounts.findById(created.id)).toEqual(created);
    expect(server.accounts.accounts.findByUsername('Zhang.Wei')).toEqual(created);
    expect(JSON.stringify(created)).not.toContain('argon2');
    expect(created).toMatchObject({ role: 'grid_worker', scope: { kind: 'grid', id: 'grid-07' } });
  });

  it('refuses a username that is taken, whatever its case', async () => {
    await server.accounts.accounts.createAccount(zhangWei);

    await expect(
      server.accounts.accounts.createAccount({ ...zhangWei, username: 'ZHANG.WEI' }),
    ).rejects.toBeInstanceOf(UsernameTakenError);
  });

  it('refuses a password shorter than 12 characters', async () => {
    await expect(
      server.accounts.accounts.createAccount({ ...zhangWei, password: 'short' }),
    ).rejects.toThrow();
  });

  it('signs in with the new password after setPassword, not the old', async () => {
    const created = await server.accounts.accounts.createAccount(zhangWei);
    await server.accounts.accounts.setPassword(created.id, 'the new passphrase');

    const old = await server.signIn({ username: 'zhang.wei', password: zhangWei.password });
    const fresh = await server.signIn({ username: 'zhang.wei', password: 'the new passphrase' });

    expect(old.status).toBe(401);
    expect(fresh.status).toBe(200);
  });
});
