import { fileURLToPath } from 'node:url';
import { OpenAPIHono } from '@hono/zod-openapi';
import { csrf } from 'hono/csrf';
import { systemClock } from '../auth/clock.ts';
import { auditDenied } from './audit-denied.ts';
import { DEFAULT_SESSION_POLICY } from '../auth/policy.ts';
import { resolveSession } from '../auth/sessions.ts';
import type { ApiApp, AppEnv, AppOptions } from './env.ts';
import { errorJson, handleError } from './errors.ts';
import { negotiateLang } from './lang.ts';
import { requestBodyLimit } from './request-limits.ts';
import { securityHeaders } from './security-headers.ts';
import { clientAddress, limitClient, OBJECTION, OBJECTION_LOOKUP, SIGN_IN } from './rate-limits.ts';
import { registerRoutes } from './routes/index.ts';
import { passwordChangeGate } from './routes/session.ts';
import { clearSessionCookie, SESSION_COOKIE, sessionToken } from './session-cookie.ts';
import { webApp } from './static.ts';
import { validationHook } from './validation.ts';

/** Where the web engineer's build lands. */
// PINGDING_WEB_DIST lets a build elsewhere be served (e.g. one per parallel test run).
export const DEFAULT_WEB_DIST =
  process.env.PINGDING_WEB_DIST ?? fileURLToPath(new URL('../../web/dist', import.meta.url));

/**
 * Builds the HTTP app: context (database, clock, language), CSRF check, the signed-in Actor from
 * the session cookie, every API route, the OpenAPI document, the web app, and errors as
 * `{ error: { code, message, issues } }` in the reader's language. No port is opened: serve
 * `app.fetch`, or call `app.request()` in tests.
 * @example const app = createApp({ db, databaseKind: 'pglite' }); await app.request('/api/health')
 */
export function createApp(options: AppOptions): ApiApp {
  const app: ApiApp = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const clock = options.clock ?? systemClock;
  const sessionPolicy = options.sessionPolicy ?? DEFAULT_SESSION_POLICY;
  const limits = options.rateLimits ?? null;
  const demoMode = options.demoAccounts != null;

  app.use('*', async (c, next) => {
    c.set('db', options.db);
    c.set('clock', clock);
    c.set('procedureClock', options.demoClock ?? clock);
    c.set('lang', negotiateLang(c.req.query('lang'), c.req.header('accept-language')));
    c.set('actor', null);
    c.set('session', null);
    c.set('clientAddress', clientAddress(c, limits?.settings.trustProxy ?? false));
    c.set('sessionPolicy', sessionPolicy);
    c.set('rateLimits', limits);
    c.set('demoMode', demoMode);
    c.set('https', options.https ?? false);
    await next();
    c.header('content-language', c.var.lang === 'zh' ? 'zh-CN' : 'en');
    c.header('vary', 'Accept-Language, Cookie', { append: true });
    // API answers are personal (who is signed in, their records): no shared or browser cache.
    if (c.req.path.startsWith('/api/') && !c.res.headers.has('cache-control')) {
      c.header('cache-control', 'no-store');
    }
  });

  // Browser protections on every answer, pages and API alike (security-headers.ts).
  app.use('*', securityHeaders({ https: options.https ?? false }));

  // Before anything reads a body: a hostile one must not exhaust memory (JSON 1 MB, tables 10 MB).
  app.use('/api/*', requestBodyLimit());

  // Forms and uploads must come from our own pages (Origin or Sec-Fetch-Site); JSON bodies cannot
  // be sent cross-site without CORS, which we never allow.
  app.use('/api/*', csrf());

  // Guessing passwords and flooding the public objection form: a client that tries too often
  // gets 429 for the rest of its window (per account: routes/session.ts).
  if (limits) {
    app.use('/api/session', limitClient(limits.signInPerClient, SIGN_IN));
    app.use('/api/public/hq/objections', limitClient(limits.objectionPerClient, OBJECTION));
    app.use(
      '/api/public/hq/objection-lookup',
      limitClient(limits.objectionLookupPerClient, OBJECTION_LOOKUP),
    );
  }

  app.use('/api/*', async (c, next) => {
    const token = sessionToken(c);
    if (token !== undefined) {
      const session = await resolveSession(options.db, token, clock, {
        policy: sessionPolicy,
        demoMode,
      });
      if (session) {
        c.set('session', session);
        c.set('actor', session.actor);
      } else {
        // A dead cookie: tell the browser to stop sending it.
        clearSessionCookie(c);
      }
    }
    await next();
  });

  // Refused accesses are audited with the client's address, like failed sign-ins.
  app.use('/api/*', auditDenied);

  // A password someone else chose must be replaced before the account does anything else.
  app.use('/api/*', passwordChangeGate);

  registerRoutes(app, options);

  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description:
      'Set by POST /api/session; HttpOnly, SameSite=Lax; ends when idle (30 minutes by default) or at its lifetime (12 hours)',
  });
  app.doc('/api/openapi.json', {
    openapi: '3.0.3',
    info: {
      title: 'pingding 评定',
      version: options.version ?? '0.0.0',
      description:
        'Wenzhou government methods as rules-as-code, with the case workflow. Errors are ' +
        '`{ error: { code, message, issues: [{ path, code, message }] } }` in zh-CN, or English ' +
        'with `Accept-Language: en` or `?lang=en`.',
    },
  });

  app.get('*', webApp(options.webDist === undefined ? DEFAULT_WEB_DIST : options.webDist));

  app.notFound((c) =>
    errorJson(c, 404, 'no_such_route', {
      zh: `没有这个接口：${c.req.method} ${c.req.path}。接口清单见 /api/openapi.json`,
      en: `No such endpoint: ${c.req.method} ${c.req.path}. See /api/openapi.json for the list`,
    }),
  );
  app.onError(handleError);
  return app;
}
