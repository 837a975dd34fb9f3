import { asc, eq } from 'drizzle-orm';
import {
  arrangementIssues,
  type ArrangementColumns,
  type ArrangementEntry,
} from '../../engine/calendar/arrangement.ts';
import { builtInCalendar, type WorkingCalendar } from '../../engine/calendar/index.ts';
import { InputError, type InputIssue } from '../../engine/input-issue.ts';
import { appendAudit } from '../../store/audit.ts';
import type { Database, Executor } from '../../store/database.ts';
import { calendarYear } from '../../store/schema/calendar.ts';
import type { Actor } from '../actor.ts';
import { WorkflowError } from '../hq-rating/errors.ts';
import { inTransaction, moment, type ServiceOptions } from '../hq-rating/services/context.ts';

/** The fields of the screen's form, as problems name them (field-labels.ts gives their words). */
export const FORM_COLUMNS: ArrangementColumns = {
  year: 'calendarYear',
  source: 'calendarSource',
  holidays: 'holidays',
  workingDays: 'workingDays',
};

/** The built-in years: those of the installed chinese-days data. */
export function builtInYears(): ReadonlySet<number> {
  return builtInCalendar().coverage.years;
}

/**
 * The working-day calendar the procedures count on: the built-in years with every year an
 * administrator has entered. A year neither holds is refused, never guessed.
 * @example (await loadCalendar(db)).addWorkingDays('2026-12-24', 7) // '2027-01-04' once 2027 is entered
 */
export async function loadCalendar(db: Executor): Promise<WorkingCalendar> {
  const rows = await db.select().from(calendarYear).orderBy(asc(calendarYear.year));
  return builtInCalendar().with(
    rows.map((row) => ({ year: row.year, holidays: row.holidays, workingDays: row.workingDays })),
  );
}

/** One year the calendar knows, as the administrator's screen lists it. */
export interface CalendarYearView {
  year: number;
  /** `built_in`: from the chinese-days data; `entered`: by an administrator from the notice. */
  origin: 'built_in' | 'entered';
  source: string | null;
  holidays: string[];
  workingDays: string[];
  enteredAt: Date | null;
}

/** What the calendar knows, and whether the bureau must be warned about next year. */
export interface CalendarOverview {
  years: CalendarYearView[];
  builtIn: { firstYear: number; lastYear: number };
  /** The procedure's date. */
  today: string;
  /**
   * From November on, when next year's arrangement is neither built in nor entered: the year
   * that is missing (the State Council publishes it each autumn). Null otherwise.
   */
  missingNextYear: number | null;
}

/**
 * Which years the calendar holds, newest first (entered years with their days and notice,
 * built-in years by their number only), and the November warning for next year.
 * @example (await calendarOverview(db)).missingNextYear // 2027 on 2026-12-03 before it is entered
 */
export async function calendarOverview(
  db: Executor,
  options?: ServiceOptions,
): Promise<CalendarOverview> {
  const { today } = moment(options);
  const rows = await db.select().from(calendarYear).orderBy(asc(calendarYear.year));
  const entered = new Map(rows.map((row) => [row.year, row]));
  const base = builtInCalendar().coverage;
  const years: CalendarYearView[] = [];
  for (const year of [...new Set([...base.years, ...entered.keys()])].sort((a, b) => b - a)) {
    const row = entered.get(year);
    years.push(
      row
        ? {
            year,
            origin: 'entered',
            source: row.source,
            holidays: row.holidays,
            workingDays: row.workingDays,
            enteredAt: row.enteredAt,
          }
        : {
            year,
            origin: 'built_in',
            source: null,
            holidays: [],
            workingDays: [],
            enteredAt: null,
          },
    );
  }
  return {
    years,
    builtIn: { firstYear: base.firstYear, lastYear: base.lastYear },
    today,
    missingNextYear: nextYearMissing(today, (year) => base.years.has(year) || entered.has(year)),
  };
}

/** The month from which a missing next year is warned of (the notice comes out in autumn). */
export const WARN_FROM_MONTH = 11;

/**
 * Next year, when it is November or December and the calendar does not hold next year.
 * @example nextYearMissing('2026-11-02', (y) => y <= 2026) // 2027
 */
export function nextYearMissing(today: string, known: (year: number) => boolean): number | null {
  const month = Number(today.slice(5, 7));
  const next = Number(today.slice(0, 4)) + 1;
  return month >= WARN_FROM_MONTH && !known(next) ? next : null;
}

/**
 * An administrator enters (or corrects) a year's arrangement from the State Council notice. Every
 * problem is refused at once (arrangementIssues); a year the built-in data holds is not entered.
 * The row and its audit record commit together; a correction keeps the previous days in the log.
 * `columns`: the names problems are reported under (the form's, or a file's keys).
 * @example await enterCalendarYear(db, admin, { year: 2027, source: '国办发明电〔2026〕…', holidays: ['2027-01-01', …], workingDays: [] })
 */
export async function enterCalendarYear(
  db: Database,
  actor: Actor | null,
  input: { year: unknown; source: unknown; holidays: unknown; workingDays: unknown },
  options?: ServiceOptions & { columns?: ArrangementColumns; via?: 'form' | 'file' },
): Promise<CalendarYearView> {
  if (actor && actor.role !== 'admin') {
    throw new WorkflowError('forbidden', 'role_not_allowed', {
      zh: '只有系统管理员可以录入节假日安排',
      en: 'Only an administrator may enter a holiday arrangement',
    });
  }
  const columns = options?.columns ?? FORM_COLUMNS;
  const issues: InputIssue[] = arrangementIssues(input, columns, builtInYears());
  if (issues.length > 0) throw new InputError(issues);
  const entry = input as ArrangementEntry;
  const stored = {
    year: entry.year,
    source: entry.source.trim(),
    holidays: [...entry.holidays].sort(),
    workingDays: [...entry.workingDays].sort(),
  };
  const { at } = moment(options);
  const by = actor?.accountId ?? 'cli';
  return inTransaction(db, async (tx) => {
    const [before] = await tx
      .select()
      .from(calendarYear)
      .where(eq(calendarYear.year, stored.year))
      .for('update');
    const values = { ...stored, enteredBy: by, enteredAt: at };
    if (before) {
      await tx.update(calendarYear).set(values).where(eq(calendarYear.year, stored.year));
    } else {
      await tx.insert(calendarYear).values(values);
    }
    await appendAudit(tx, {
      actor: by,
      action: before ? 'calendar.year_correct' : 'calendar.year_enter',
      entity: 'calendar_year',
      entityId: String(stored.year),
      before: before
        ? {
            source: before.source,
            holidays: before.holidays,
            workingDays: before.workingDays,
          }
        : null,
      after: stored,
      note: options?.via === 'file' ? 'imported from an arrangement file' : null,
    });
    return { ...stored, origin: 'entered' as const, enteredAt: at };
  });
}
