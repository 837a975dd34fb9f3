import type { MiddlewareHandler } from 'hono';
import { requireActor, requireRole } from '../auth/authorize.ts';
import type { Localized } from '../engine/localized.ts';
import type { Role } from '../workflow/actor.ts';
import type { AppEnv } from './env.ts';

/**
 * Route middleware: 401 unless someone is signed in. Put it in a route's `middleware` so the
 * refusal comes before request validation (a stranger learns nothing from the validator).
 * @example createRoute({ …, middleware: [signedIn] })
 */
export const signedIn: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireActor(c.var.actor);
  await next();
};

/**
 * Route middleware: 401 without a session, 403 (naming the action and who may do it) for the
 * other roles.
 * @example createRoute({ …, middleware: [rolesOnly(['admin'], { zh: '管理账户', en: 'manage accounts' })] })
 */
export function rolesOnly(roles: readonly Role[], what: Localized): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    requireRole(c.var.actor, roles, what);
    await next();
  };
}
