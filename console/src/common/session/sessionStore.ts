import { create } from 'zustand';
import type { Account, SessionAnswer } from './account.ts';

/**
 * Who is signed in, held in memory only: the session itself is an httpOnly cookie, and the
 * CSRF token must go with every change. `expired` marks a session the server ended while
 * the console was open, so the person is sent to sign in and brought back.
 */
interface SessionState {
  readonly account: Account | null;
  readonly csrfToken: string | null;
  readonly expired: boolean;
  signedIn(answer: SessionAnswer): void;
  signedOut(): void;
  expire(): void;
}

export const useSessionStore = create<SessionState>()((set) => ({
  account: null,
  csrfToken: null,
  expired: false,
  signedIn: (answer) =>
    set({ account: answer.account, csrfToken: answer.csrfToken, expired: false }),
  signedOut: () => set({ account: null, csrfToken: null, expired: false }),
  expire: () =>
    set((state) => (state.account ? { account: null, csrfToken: null, expired: true } : state)),
}));

/** The signed-in account; only pages under RequireSession call it. */
export const useAccount = (): Account => {
  const account = useSessionStore((state) => state.account);
  if (!account) throw new Error('useAccount outside a signed-in page');
  return account;
};
