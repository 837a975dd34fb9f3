import { createRoute, z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { requireActor } from '../../auth/authorize.ts';
import { ServiceError } from '../../auth/errors.ts';
import { login, logout, type LoginContext } from '../../auth/login.ts';
import { changeOwnPassword, signOutEverywhere } from '../../auth/own-account.ts';
import { normalizeLoginName } from '../../auth/login-name.ts';
import { tooManyAttempts } from '../../auth/rate-limit.ts';
import type { ResolvedSession } from '../../auth/sessions.ts';
import { ROLE_LABELS } from '../../workflow/actor.ts';
import type { ApiApp, AppEnv } from '../env.ts';
import { errorJson, errorResponse } from '../errors.ts';
import { textField } from '../fields.ts';
import { signedIn } from '../guards.ts';
import { SIGN_IN } from '../rate-limits.ts';
import { clearSessionCookie, sessionToken, setSessionCookie } from '../session-cookie.ts';
import { MeSchema } from './schemas.ts';

const LoginSchema = z
  .strictObject({
    loginName: textField({ min: 1, max: 200 }).openapi({ example: 'enterprise1' }),
    password: z.string().min(1).max(1024).openapi({ example: 'Demo-Enterprise1#2025' }),
  })
  .openapi('Login');

const PasswordChangeSchema = z
  .strictObject({
    currentPassword: z.string().min(1).max(1024),
    newPassword: z
      .string()
      .min(1)
      .max(1024)
      .openapi({ description: 'At least 10 characters, three of upper/lower/digit/symbol' }),
  })
  .openapi('PasswordChange');

const EndedSchema = z.object({ endedSessions: z.number().int() }).openapi('EndedSessions');

const loginRoute = createRoute({
  method: 'post',
  path: '/api/session',
  tags: ['session'],
  summary: '登录 / sign in',
  description:
    'Sets the HttpOnly session cookie. Every failure gives the same 401, which states the lockout ' +
    'rule (5 wrong passwords in a row lock an account for 15 minutes). Too many attempts from one ' +
    'client or for one login name give 429. Demo accounts sign in only in demo mode.',
  request: {
    body: { content: { 'application/json': { schema: LoginSchema } }, required: true },
  },
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: MeSchema } } },
    400: errorResponse('A field is missing or malformed'),
    401: errorResponse('Wrong name or password, locked or disabled (one answer for all)'),
    429: errorResponse('Too many attempts; try again later'),
  },
});

const logoutRoute = createRoute({
  method: 'delete',
  path: '/api/session',
  tags: ['session'],
  summary: '退出登录 / sign out',
  responses: { 204: { description: 'Signed out (also when nobody was signed in)' } },
});

const meRoute = createRoute({
  method: 'get',
  path: '/api/session',
  tags: ['session'],
  summary: '当前登录账户 / who am I',
  security: [{ session: [] }],
  responses: {
    200: {
      description: 'The signed-in account',
      content: { 'application/json': { schema: MeSchema } },
    },
    401: errorResponse('Not signed in, or the session has expired'),
  },
});

const passwordRoute = createRoute({
  method: 'put',
  path: '/api/session/password',
  tags: ['session'],
  summary: '修改自己的密码 / change my password',
  description:
    'The current password must be right (a wrong one counts towards the lock). Ends the ' +
    "account's other sessions; this one stays.",
  security: [{ session: [] }],
  middleware: [signedIn],
  request: {
    body: { content: { 'application/json': { schema: PasswordChangeSchema } }, required: true },
  },
  responses: {
    200: {
      description: 'Changed',
      content: { 'application/json': { schema: EndedSchema } },
    },
    400: errorResponse('Wrong current password, or the new one breaks a rule'),
    401: errorResponse('Not signed in'),
    409: errorResponse('The account is locked'),
  },
});

const everywhereRoute = createRoute({
  method: 'delete',
  path: '/api/session/all',
  tags: ['session'],
  summary: '在所有设备退出 / sign out everywhere',
  security: [{ session: [] }],
  middleware: [signedIn],
  responses: {
    200: {
      description: 'Every session of the account ended, this one included',
      content: { 'application/json': { schema: EndedSchema } },
    },
    401: errorResponse('Not signed in'),
  },
});

/** What a session that must change its password may still do: see itself, change, sign out. */
const ALLOWED_BEFORE_CHANGE = new Set([
  'GET /api/session',
  'DELETE /api/session',
  'DELETE /api/session/all',
  'PUT /api/session/password',
  'GET /api/health',
]);

/**
 * Middleware: a signed-in account whose password someone else chose (first administrator, an
 * administrator's reset) gets 403 for everything but the password change, until it is done.
 */
export const passwordChangeGate: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (
    c.var.session?.mustChangePassword &&
    !ALLOWED_BEFORE_CHANGE.has(`${c.req.method} ${c.req.path}`)
  ) {
    throw new ServiceError(403, 'password_change_required', {
      zh: '您的密码由他人设置（初始密码或管理员重置），请先修改密码再继续使用',
      en: 'Your password was set by someone else (initial or reset by an administrator); change it before going on',
    });
  }
  await next();
};

function loginContext(c: Context<AppEnv>): LoginContext {
  return {
    policy: c.var.sessionPolicy,
    demoMode: c.var.demoMode,
    clientAddress: c.var.clientAddress,
  };
}

/**
 * `POST /api/session` (sign in), `DELETE /api/session` (sign out), `GET /api/session` (who am I),
 * `PUT /api/session/password` (change my password), `DELETE /api/session/all` (sign out
 * everywhere).
 */
export function registerSession(app: ApiApp): void {
  app.openapi(loginRoute, async (c) => {
    const credentials = c.req.valid('json');
    const perAccount = c.var.rateLimits?.signInPerAccount;
    const key = normalizeLoginName(credentials.loginName);
    if (perAccount && !perAccount.take(key)) {
      const wait = perAccount.retryAfterMs(key);
      c.header('retry-after', String(Math.max(1, Math.ceil(wait / 1000))));
      throw tooManyAttempts(SIGN_IN, wait);
    }
    const result = await login(c.var.db, credentials, c.var.clock, loginContext(c));
    if (!result.ok) return errorJson(c, 401, result.code, result.message);
    setSessionCookie(c, result.token);
    return c.json(me(c, result), 200);
  });

  app.openapi(logoutRoute, async (c) => {
    await logout(c.var.db, sessionToken(c));
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  app.openapi(meRoute, (c) => {
    requireActor(c.var.actor);
    return c.json(me(c, c.var.session!), 200);
  });

  app.openapi(passwordRoute, async (c) => {
    const result = await changeOwnPassword(
      c.var.db,
      c.var.actor,
      sessionToken(c),
      c.req.valid('json'),
      c.var.clock,
      loginContext(c),
    );
    return c.json(result, 200);
  });

  app.openapi(everywhereRoute, async (c) => {
    const result = await signOutEverywhere(c.var.db, c.var.actor, loginContext(c));
    clearSessionCookie(c);
    return c.json(result, 200);
  });
}

function me(c: Context<AppEnv>, session: ResolvedSession): z.infer<typeof MeSchema> {
  const { actor } = session;
  return {
    accountId: actor.accountId,
    loginName: session.loginName,
    displayName: actor.displayName,
    role: actor.role,
    roleLabel: ROLE_LABELS[actor.role][c.var.lang],
    jurisdiction: actor.jurisdiction ?? null,
    department: actor.department ?? null,
    enterpriseUscc: actor.enterpriseUscc ?? null,
    office: actor.office ?? null,
    township: actor.township ?? null,
    demo: session.demo,
    mustChangePassword: session.mustChangePassword,
  };
}
