import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { isApiProblem } from '../common/api/apiProblem.ts';
import { sessionQuery } from '../common/session/sessionQuery.ts';
import { useSessionStore } from '../common/session/sessionStore.ts';
import { signInPathReturningTo } from '../common/session/signInPath.ts';
import { ProblemAlert } from '../common/ui/ProblemAlert.tsx';
import { useLiveChanges } from '../common/live/useLiveChanges.ts';

/**
 * Pages behind sign-in. Without a session (none yet, or one the server ended while the page
 * was open) the person goes to sign in, and comes back to the page they were on.
 */
export function RequireSession() {
  const { t } = useTranslation();
  const location = useLocation();
  const account = useSessionStore((state) => state.account);
  const expired = useSessionStore((state) => state.expired);
  const signedIn = useSessionStore((state) => state.signedIn);
  const session = useQuery({ ...sessionQuery, enabled: account === null && !expired });
  const queryClient = useQueryClient();
  useEffect(() => {
    // A session the server ended is not taken back from the cache: sign in again.
    if (expired) queryClient.removeQueries({ queryKey: sessionQuery.queryKey });
    else if (session.data && account === null) signedIn(session.data);
  }, [session.data, account, expired, signedIn, queryClient]);

  if (account) return <SignedIn />;
  const here = `${location.pathname}${location.search}`;
  if (expired) return <Navigate to={signInPathReturningTo(here)} replace />;
  if (isApiProblem(session.error) && session.error.status === 401) {
    return <Navigate to={signInPathReturningTo(here)} replace />;
  }
  if (session.error)
    return <ProblemAlert error={session.error} onRetry={() => void session.refetch()} />;
  return (
    <p className="plain-loading" role="status">
      {t('common.loading')}
    </p>
  );
}

/** The signed-in pages, kept up to date by one live stream for as long as they are open. */
function SignedIn() {
  useLiveChanges();
  return <Outlet />;
}
