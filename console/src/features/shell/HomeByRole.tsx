import { Navigate } from 'react-router';
import { useAccount } from '../../common/session/sessionStore.ts';
import { homePathFor } from './menuByRole.ts';

/** `/` opens the view for the person's role. */
export function HomeByRole() {
  const account = useAccount();
  return <Navigate to={homePathFor(account.role)} replace />;
}
