import type { Clock } from '../../auth/clock.ts';
import { dateIssue, toDayNumber } from '../../engine/calendar/plain-date.ts';
import { InputError } from '../../engine/input-issue.ts';
import { chinaDate } from '../../workflow/hq-rating/services/context.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The procedure's clock on a demo server: the system clock moved by whole days, so a visitor or
 * a browser test can stand on the date a step needs (a window closed, a publicity period over, a
 * rating expired) while the hours still run and the steps of one day stay in order. Sessions and
 * the audit log keep the system clock: moving the date signs nobody out.
 */
export interface DemoClock extends Clock {
  /** The date in China the procedure sees now. */
  today(): string;
  /** Whether a date was set (false: the system's own date). */
  isSet(): boolean;
  /** Stands on `today` (`YYYY-MM-DD`, China); null goes back to the system's date. */
  set(today: string | null): void;
  /** How many days the date is moved from the system's (0 when not set). */
  offsetDays(): number;
  /** Moves the date by whole days from the system's, as kept in the database (`demo_clock`). */
  restore(offsetDays: number): void;
}

/**
 * A demo clock over `base`, standing on `today` when given.
 * @example const clock = demoClock(systemClock, '2026-12-20'); clock.today() // '2026-12-20'
 */
export function demoClock(base: Clock, today?: string | null): DemoClock {
  let offsetDays = 0;
  let fixed = false;
  const clock: DemoClock = {
    now: () => new Date(base.now().getTime() + offsetDays * DAY_MS),
    today: () => chinaDate(clock.now()),
    isSet: () => fixed,
    set: (date) => {
      if (date === null) {
        offsetDays = 0;
        fixed = false;
        return;
      }
      const issue = dateIssue(date);
      if (issue) throw new InputError([{ ...issue, column: 'today' }]);
      offsetDays = toDayNumber(date) - toDayNumber(chinaDate(base.now()));
      fixed = true;
    },
    offsetDays: () => offsetDays,
    restore: (days) => {
      offsetDays = days;
      fixed = true;
    },
  };
  if (today) clock.set(today);
  return clock;
}
