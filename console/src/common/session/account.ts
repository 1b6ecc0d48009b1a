import type { Actor, Scope, StaffRole } from '@gridline/events';

/** The signed-in account, as `GET /api/session` and sign-in answer with it. */
export interface Account {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly scope: Scope;
  readonly personId: string;
}

export interface SessionAnswer {
  readonly account: Account;
  readonly csrfToken: string;
}

/** The account as the server sees it acting on a case. */
export const actorOf = (account: Account): Actor => ({
  personId: account.personId,
  role: account.role,
  scope: account.scope,
});
