/** The sign-in policy, in one place so messages and code cannot drift apart. */

/** Wrong passwords in a row that lock an account. */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MINUTES = 15;
export const LOCK_MS = LOCK_MINUTES * 60_000;

/**
 * How long sessions live and how many an account may hold. Settings of the service
 * (PINGDING_SESSION_IDLE_MINUTES, PINGDING_SESSION_MAX_HOURS, PINGDING_SESSIONS_PER_ACCOUNT; see
 * src/server/config.ts), so a site can be stricter than the defaults.
 */
export interface SessionPolicy {
  /** A session ends after this long without a request. */
  idleMs: number;
  /** …and after this long in any case, however busy. */
  maxMs: number;
  /** Sessions one account may hold at once; signing in again ends the oldest beyond this. */
  perAccount: number;
}

export const DEFAULT_SESSION_IDLE_MINUTES = 30;
export const DEFAULT_SESSION_MAX_HOURS = 12;
export const DEFAULT_SESSIONS_PER_ACCOUNT = 3;

/** 30 idle minutes, 12 hours at most, 3 sessions per account. */
export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleMs: DEFAULT_SESSION_IDLE_MINUTES * 60_000,
  maxMs: DEFAULT_SESSION_MAX_HOURS * 3_600_000,
  perAccount: DEFAULT_SESSIONS_PER_ACCOUNT,
};

/** The idle timeout must stay below the working day an assessor allows (8 hours). */
export const MAX_SESSION_IDLE_MINUTES = 8 * 60 - 1;
export const MAX_SESSION_HOURS = 24;

/**
 * `last_seen_at` is written at most this often per session: idle expiry stays accurate to a
 * minute, and a busy page does not turn every read into a write.
 */
export const SESSION_TOUCH_MS = 60_000;
