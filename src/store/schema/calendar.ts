import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { actorId, at, json } from './hq-columns.ts';

/**
 * A year's State Council holiday arrangement entered by an administrator from its notice, for a
 * year the built-in calendar data (chinese-days) does not hold. Dates are `YYYY-MM-DD`.
 */
export const calendarYear = pgTable(
  'calendar_year',
  {
    year: integer('year').primaryKey(),
    /** The notice: its number and date. */
    source: text('source').notNull(),
    /** Days off (法定节假日 and the days swapped into them). */
    holidays: json<string[]>('holidays').notNull(),
    /** Weekend days made working days (调休上班). */
    workingDays: json<string[]>('working_days').notNull(),
    enteredBy: actorId('entered_by').notNull(),
    enteredAt: at('entered_at').notNull(),
  },
  (t) => [check('calendar_year_range', sql`${t.year} between 2000 and 2100`)],
);

/**
 * The demo server's moved date, kept so a restart stands on it again: the system's date moved
 * by `offsetDays`. One row (`procedure`) when the date is moved, none when it is the system's.
 */
export const demoClockSetting = pgTable(
  'demo_clock',
  {
    id: text('id').primaryKey(),
    offsetDays: integer('offset_days').notNull(),
    /** The date it was set to, in China. */
    setToday: date('set_today', { mode: 'string' }).notNull(),
    setBy: actorId('set_by').notNull(),
    setAt: at('set_at').notNull(),
  },
  (t) => [check('demo_clock_single', sql`${t.id} = 'procedure'`)],
);
