import type { Localized } from '../engine/localized.ts';
import { ROLE_LABELS, type Actor, type Role } from '../workflow/actor.ts';
import { forbidden, notSignedIn } from './errors.ts';

/**
 * The actor, or a 401 refusal when nobody is signed in.
 * @example const actor = requireActor(c.var.actor)
 */
export function requireActor(actor: Actor | null | undefined): Actor {
  if (!actor) throw notSignedIn();
  return actor;
}

/**
 * The actor if it holds one of `roles`; 401 without an actor, 403 naming the action and who may
 * do it otherwise.
 * @example requireRole(actor, ['admin'], { zh: '管理账户', en: 'manage accounts' })
 */
export function requireRole(
  actor: Actor | null | undefined,
  roles: readonly Role[],
  what: Localized,
): Actor {
  const signedIn = requireActor(actor);
  if (roles.includes(signedIn.role)) return signedIn;
  const allowed = {
    zh: roles.map((role) => ROLE_LABELS[role].zh).join('、'),
    en: roles.map((role) => ROLE_LABELS[role].en.toLowerCase()).join(' or '),
  };
  const current = ROLE_LABELS[signedIn.role];
  throw forbidden(what, allowed, { zh: current.zh, en: current.en.toLowerCase() });
}
