import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import * as z from 'zod';
import { idSchema, nameSchema, scopeSchema, staffRoleSchema } from '@gridline/events';
import type { Scope, StaffRole } from './actor.ts';
import { hashPassword, owaspArgon2id } from './passwordHash.ts';
import type { Argon2idParameters } from './phcString.ts';

export interface Account {
  readonly id: string;
  readonly username: string;
  readonly personId: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly scope: Scope;
  readonly createdAt: string;
  readonly disabled: boolean;
}

/** Usernames compare case- and width-insensitively: `Zhang.Wei` and `ｚｈａｎｇ.ｗｅｉ` are one. */
export const normaliseUsername = (username: string): string =>
  username.normalize('NFKC').trim().toLowerCase();

export const usernameSchema = z
  .string()
  .transform(normaliseUsername)
  .pipe(
    z
      .string()
      .regex(/^[\p{L}\p{N}._@-]{2,64}$/u, 'must be 2–64 letters, digits, ".", "_", "@" or "-"'),
  );

/** Length over composition rules (NIST SP 800-63B); the upper bound caps hashing work. */
export const newPasswordSchema = z.string().min(12).max(256);

export const newAccountSchema = z.strictObject({
  id: idSchema.optional(),
  username: usernameSchema,
  password: newPasswordSchema,
  personId: idSchema,
  displayName: nameSchema,
  role: staffRoleSchema,
  scope: scopeSchema,
});
export type NewAccount = z.input<typeof newAccountSchema>;

export class UsernameTakenError extends Error {
  override readonly name = 'UsernameTakenError';
}

export class AccountNotFoundError extends Error {
  override readonly name = 'AccountNotFoundError';
}

interface AccountRow {
  id: string;
  username: string;
  password_hash: string;
  person_id: string;
  display_name: string;
  role: string;
  scope_kind: string;
  scope_id: string;
  created_at: string;
  disabled: number;
}

const toAccount = (row: AccountRow): Account => ({
  id: row.id,
  username: row.username,
  personId: row.person_id,
  displayName: row.display_name,
  role: staffRoleSchema.parse(row.role),
  scope: scopeSchema.parse({ kind: row.scope_kind, id: row.scope_id }),
  createdAt: row.created_at,
  disabled: row.disabled === 1,
});

export interface AccountStore {
  createAccount(input: NewAccount): Promise<Account>;
  findByUsername(username: string): Account | undefined;
  findById(accountId: string): Account | undefined;
  /** Only sign-in needs the hash; everything else gets an `Account`, which has none. */
  findCredentials(username: string): { account: Account; passwordHash: string } | undefined;
  /** Also ends every session of the account: a new password locks out whoever knew the old. */
  setPassword(accountId: string, password: string): Promise<void>;
  /** Disabling ends every session of the account. */
  setDisabled(accountId: string, disabled: boolean): void;
}

export interface AccountStoreOptions {
  readonly now?: () => Date;
  readonly passwordHashing?: Argon2idParameters;
}

export const accountStore = (
  db: Database.Database,
  options: AccountStoreOptions = {},
): AccountStore => {
  const now = options.now ?? (() => new Date());
  const hashing = options.passwordHashing ?? owaspArgon2id;
  const insert = db.prepare(
    `INSERT INTO accounts (id, username, password_hash, person_id, display_name, role, scope_kind, scope_id, created_at)
     VALUES (@id, @username, @password_hash, @person_id, @display_name, @role, @scope_kind, @scope_id, @created_at)`,
  );
  const byUsername = db.prepare<[string], AccountRow>('SELECT * FROM accounts WHERE username = ?');
  const byId = db.prepare<[string], AccountRow>('SELECT * FROM accounts WHERE id = ?');
  const updateHash = db.prepare('UPDATE accounts SET password_hash = ? WHERE id = ?');
  const updateDisabled = db.prepare('UPDATE accounts SET disabled = ? WHERE id = ?');
  const endSessions = db.prepare('DELETE FROM sessions WHERE account_id = ?');

  const changeAndEndSessions = db.transaction((accountId: string, change: () => number) => {
    if (change() === 0) throw new AccountNotFoundError(`No account ${accountId}`);
    endSessions.run(accountId);
  });

  return {
    async createAccount(input) {
      const account = newAccountSchema.parse(input);
      const row: AccountRow = {
        id: account.id ?? randomUUID(),
        username: account.username,
        password_hash: await hashPassword(account.password, hashing),
        person_id: account.personId,
        display_name: account.displayName,
        role: account.role,
        scope_kind: account.scope.kind,
        scope_id: account.scope.id,
        created_at: now().toISOString(),
        disabled: 0,
      };
      try {
        insert.run(row);
      } catch (error) {
        if (byUsername.get(row.username)) {
          throw new UsernameTakenError(`Username ${row.username} is taken`, { cause: error });
        }
        throw error;
      }
      return toAccount(row);
    },
    findByUsername(username) {
      const row = byUsername.get(normaliseUsername(username));
      return row && toAccount(row);
    },
    findById(accountId) {
      const row = byId.get(accountId);
      return row && toAccount(row);
    },
    findCredentials(username) {
      const row = byUsername.get(normaliseUsername(username));
      return row && { account: toAccount(row), passwordHash: row.password_hash };
    },
    async setPassword(accountId, password) {
      const hash = await hashPassword(newPasswordSchema.parse(password), hashing);
      changeAndEndSessions(accountId, () => updateHash.run(hash, accountId).changes);
    },
    setDisabled(accountId, disabled) {
      changeAndEndSessions(
        accountId,
        () => updateDisabled.run(disabled ? 1 : 0, accountId).changes,
      );
    },
  };
};
