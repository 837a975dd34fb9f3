import type { Localized } from '../engine/localized.ts';
import type { Clock } from './clock.ts';
import { ServiceError } from './errors.ts';

/** How many attempts one key may make per window. */
export interface RateRule {
  limit: number;
  windowMs: number;
}

/**
 * Counts attempts per key (a client address, a login name) in fixed windows and refuses beyond
 * the limit. In-process: one server process keeps its own counts, which is what a single
 * pingding process needs; several processes behind one address would each allow the limit.
 */
export interface RateLimiter {
  /** Counts one attempt for `key`; false when the key has used up its window. */
  take(key: string): boolean;
  /** Milliseconds until `key` may try again (0 when it may now). */
  retryAfterMs(key: string): number;
}

/** Keys kept at most: an attacker cycling addresses cannot make the table grow without bound. */
const MAX_KEYS = 100_000;

/**
 * A fixed-window limiter on the given clock.
 * @example const limiter = rateLimiter({ limit: 20, windowMs: 60_000 }, clock); if (!limiter.take(address)) refuse()
 */
export function rateLimiter(rule: RateRule, clock: Clock): RateLimiter {
  const windows = new Map<string, { startedAt: number; count: number }>();
  const current = (key: string, now: number) => {
    const window = windows.get(key);
    return window && now - window.startedAt < rule.windowMs ? window : undefined;
  };
  const sweep = (now: number) => {
    for (const [key, window] of windows) {
      if (now - window.startedAt >= rule.windowMs) windows.delete(key);
    }
    // Still full after dropping the expired: forget the oldest half rather than grow.
    if (windows.size >= MAX_KEYS) {
      let drop = windows.size / 2;
      for (const key of windows.keys()) {
        if (drop-- <= 0) break;
        windows.delete(key);
      }
    }
  };
  return {
    take(key) {
      const now = clock.now().getTime();
      const window = current(key, now);
      if (window) {
        if (window.count >= rule.limit) return false;
        window.count += 1;
        return true;
      }
      if (windows.size >= MAX_KEYS) sweep(now);
      windows.set(key, { startedAt: now, count: 1 });
      return true;
    },
    retryAfterMs(key) {
      const now = clock.now().getTime();
      const window = current(key, now);
      return window && window.count >= rule.limit ? window.startedAt + rule.windowMs - now : 0;
    },
  };
}

/**
 * 429 for a client or an account that tries too often. `what` names the action, in the
 * sentence's words; the message says when to try again.
 * @example throw tooManyAttempts({ zh: '登录', en: 'sign-in' }, 42_000)
 */
export function tooManyAttempts(what: Localized, retryAfterMs: number): ServiceError {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return new ServiceError(429, 'too_many_requests', {
    zh: `${what.zh}尝试过于频繁，请 ${minutes} 分钟后再试`,
    en: `Too many ${what.en} attempts; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
  });
}
