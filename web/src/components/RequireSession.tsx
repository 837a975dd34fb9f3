import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { roleHome } from '../routes/role-sections.tsx';
import { useSession } from '../session/useSession.ts';
import type { Role } from '../shared.ts';
import { PASSWORD_PAGE } from '../pages/account/password-page.ts';
import { FullPageSpin } from './FullPageSpin.tsx';
import { ServerUnavailable } from './ServerUnavailable.tsx';

/**
 * Lets through only an actor of `role`: no session (or a 401 later) goes to the sign-in page and
 * comes back after; another role goes to its own home page; a password someone else chose goes
 * to the password change first.
 */
export function RequireSession({ role, children }: { role: Role; children: ReactNode }) {
  const { state } = useSession();
  const location = useLocation();
  switch (state.status) {
    case 'loading':
      return <FullPageSpin />;
    case 'unavailable':
      return <ServerUnavailable error={state.error} />;
    case 'anonymous':
      return <Navigate to="/login" replace state={{ from: location.pathname }} />;
    case 'signed-in':
      if (state.session.mustChangePassword) {
        return <Navigate to={PASSWORD_PAGE} replace state={{ from: location.pathname }} />;
      }
      if (state.session.actor.role !== role) {
        return <Navigate to={roleHome(state.session.actor.role)} replace />;
      }
      return children;
  }
}
