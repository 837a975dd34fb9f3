import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import type { Clock } from '../auth/clock.ts';
import { rateLimiter, tooManyAttempts, type RateLimiter } from '../auth/rate-limit.ts';
import type { Localized } from '../engine/localized.ts';
import type { AppEnv } from './env.ts';

/** How often one client, or one account, may try: settings of the service (src/server/config.ts). */
export interface RateSettings {
  /** Sign-in attempts per client address per minute. */
  signInPerClientPerMinute: number;
  /** Sign-in attempts per login name per minute, from anywhere. */
  signInPerAccountPerMinute: number;
  /** Public objections per client address per hour. */
  objectionsPerClientPerHour: number;
  /** Public look-ups of an objection's outcome by receipt number, per client address per hour. */
  objectionLookupsPerClientPerHour: number;
  /** Behind a reverse proxy: take the client from the last X-Forwarded-For entry it added. */
  trustProxy: boolean;
}

export const DEFAULT_RATE_SETTINGS: RateSettings = {
  signInPerClientPerMinute: 20,
  signInPerAccountPerMinute: 10,
  objectionsPerClientPerHour: 10,
  objectionLookupsPerClientPerHour: 30,
  trustProxy: false,
};

/** The limiters of one server process (in-process: each process counts for itself). */
export interface RateLimits {
  settings: RateSettings;
  signInPerClient: RateLimiter;
  signInPerAccount: RateLimiter;
  objectionPerClient: RateLimiter;
  objectionLookupPerClient: RateLimiter;
}

/**
 * The limiters for the given settings, on the service's clock.
 * @example const limits = rateLimits(DEFAULT_RATE_SETTINGS, systemClock)
 */
export function rateLimits(settings: RateSettings, clock: Clock): RateLimits {
  return {
    settings,
    signInPerClient: rateLimiter(
      { limit: settings.signInPerClientPerMinute, windowMs: 60_000 },
      clock,
    ),
    signInPerAccount: rateLimiter(
      { limit: settings.signInPerAccountPerMinute, windowMs: 60_000 },
      clock,
    ),
    objectionPerClient: rateLimiter(
      { limit: settings.objectionsPerClientPerHour, windowMs: 3_600_000 },
      clock,
    ),
    objectionLookupPerClient: rateLimiter(
      { limit: settings.objectionLookupsPerClientPerHour, windowMs: 3_600_000 },
      clock,
    ),
  };
}

export const SIGN_IN: Localized = { zh: '登录', en: 'sign-in' };
export const OBJECTION: Localized = { zh: '提交异议', en: 'objection' };
export const OBJECTION_LOOKUP: Localized = { zh: '查询异议结果', en: 'objection look-up' };

/**
 * The address of the client: the TCP peer, or with `trustProxy` the last X-Forwarded-For entry
 * (the one our own proxy appended; earlier ones are whatever the client claimed). Undefined when
 * there is no connection (requests made in-process).
 * @example clientAddress(c, false) // '203.0.113.7'
 */
export function clientAddress(c: Context<AppEnv>, trustProxy: boolean): string | undefined {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/**
 * Middleware: counts a POST against the per-client limiter and answers 429 (in the reader's
 * language, with when to try again) once the client has used up its window. Requests without a
 * known address are not counted here.
 * @example app.use('/api/session', limitClient(limits.signInPerClient, SIGN_IN))
 */
export function limitClient(limiter: RateLimiter, what: Localized): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const address = c.var.clientAddress;
    if (c.req.method === 'POST' && address !== undefined && !limiter.take(address)) {
      const wait = limiter.retryAfterMs(address);
      c.header('retry-after', String(Math.max(1, Math.ceil(wait / 1000))));
      throw tooManyAttempts(what, wait);
    }
    await next();
  };
}
