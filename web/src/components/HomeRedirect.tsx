import { Navigate } from 'react-router';
import { roleHome } from '../routes/role-sections.tsx';
import { useSession } from '../session/useSession.ts';
import { FullPageSpin } from './FullPageSpin.tsx';
import { ServerUnavailable } from './ServerUnavailable.tsx';

/** `/`: the signed-in actor's home page, else the sign-in page. */
export function HomeRedirect() {
  const { state } = useSession();
  if (state.status === 'loading') return <FullPageSpin />;
  if (state.status === 'unavailable') return <ServerUnavailable error={state.error} />;
  if (state.status === 'anonymous') return <Navigate to="/login" replace />;
  return <Navigate to={roleHome(state.session.actor.role)} replace />;
}
