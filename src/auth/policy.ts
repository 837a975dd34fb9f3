/** The sign-in policy, in one place so messages and code cannot drift apart. */

/** Wrong passwords in a row that lock an account. */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MINUTES = 15;
export const LOCK_MS = LOCK_MINUTES * 60_000;

/** A session ends after this long without a request. */
export const SESSION_IDLE_HOURS = 8;
export const SESSION_IDLE_MS = SESSION_IDLE_HOURS * 3_600_000;
/** …and after this long in any case: people sign in again once a day. */
export const SESSION_MAX_MS = 24 * 3_600_000;
/**
 * `last_seen_at` is written at most this often per session: idle expiry stays accurate to a
 * minute, and a busy page does not turn every read into a write.
 */
export const SESSION_TOUCH_MS = 60_000;
