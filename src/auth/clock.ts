/**
 * Where the time comes from. Lockout and session expiry take a clock so tests can move time
 * forward instead of waiting fifteen minutes.
 * @example const clock = fixedClock(new Date('2026-03-01T09:00:00Z')); clock.advance(15 * 60_000);
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until told to move: for tests. */
export interface ManualClock extends Clock {
  advance(milliseconds: number): void;
  set(at: Date): void;
}

/**
 * A clock under the caller's control.
 * @example const clock = fixedClock(new Date('2026-03-01T09:00:00Z')); clock.advance(60_000);
 */
export function fixedClock(start: Date): ManualClock {
  let at = start.getTime();
  return {
    now: () => new Date(at),
    advance: (milliseconds) => {
      at += milliseconds;
    },
    set: (date) => {
      at = date.getTime();
    },
  };
}
