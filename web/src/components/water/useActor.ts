import type { Actor } from '../../shared.ts';
import { useSession } from '../../session/useSession.ts';

/** Who is signed in (the water pages only render inside a signed-in section). */
export function useActor(): Actor | undefined {
  const { state } = useSession();
  return state.status === 'signed-in' ? state.session.actor : undefined;
}
