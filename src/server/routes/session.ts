import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { requireActor } from '../../auth/authorize.ts';
import { login, logout } from '../../auth/login.ts';
import type { ResolvedSession } from '../../auth/sessions.ts';
import { ROLE_LABELS } from '../../workflow/actor.ts';
import type { ApiApp, AppEnv } from '../env.ts';
import { errorJson, errorResponse } from '../errors.ts';
import { clearSessionCookie, sessionToken, setSessionCookie } from '../session-cookie.ts';
import { MeSchema } from './schemas.ts';

const LoginSchema = z
  .strictObject({
    loginName: z.string().min(1).max(200).openapi({ example: 'enterprise1' }),
    password: z.string().min(1).max(1024).openapi({ example: 'Demo-Enterprise1#2025' }),
  })
  .openapi('Login');

const loginRoute = createRoute({
  method: 'post',
  path: '/api/session',
  tags: ['session'],
  summary: '登录 / sign in',
  description:
    'Sets the HttpOnly session cookie. Every failure gives the same 401, which states the lockout ' +
    'rule (5 wrong passwords in a row lock an account for 15 minutes).',
  request: {
    body: { content: { 'application/json': { schema: LoginSchema } }, required: true },
  },
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: MeSchema } } },
    400: errorResponse('A field is missing or malformed'),
    401: errorResponse('Wrong name or password, locked or disabled (one answer for all)'),
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

/** `POST /api/session` (sign in), `DELETE /api/session` (sign out), `GET /api/session` (who am I). */
export function registerSession(app: ApiApp): void {
  app.openapi(loginRoute, async (c) => {
    const result = await login(c.var.db, c.req.valid('json'), c.var.clock);
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
  };
}
