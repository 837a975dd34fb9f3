import type { InputIssue } from '../input-issue.ts';
import { dateIssue, dayOfWeek, toDayNumber, type IsoDate } from './plain-date.ts';
import type { YearArrangement } from './working-calendar.ts';

/** A year's arrangement with the notice it comes from, as entered or read from a file. */
export interface ArrangementEntry extends YearArrangement {
  /** The State Council notice: its number and date, e.g. `国办发明电〔2026〕7号，2026年11月4日`. */
  source: string;
}

/** The names a problem is reported under: the screen's fields, or the file's keys. */
export interface ArrangementColumns {
  year: string;
  source: string;
  holidays: string;
  workingDays: string;
}

/** The keys of an arrangement file (JSON: `year`, `source`, `holidays`, `working_days`). */
export const FILE_COLUMNS: ArrangementColumns = {
  year: 'year',
  source: 'source',
  holidays: 'holidays',
  workingDays: 'working_days',
};

/** The years an arrangement may be entered for. */
export const ARRANGEMENT_YEARS = { min: 2000, max: 2100 } as const;

const SOURCE_MAX = 200;
const MAX_DAYS = 80;

/**
 * Every problem of an arrangement, checked as the notice must read: a year within
 * {@link ARRANGEMENT_YEARS}; the notice named; 1 January among the holidays (every annual notice
 * starts with 元旦); each day a real date of that year (a holiday may reach back into the last week
 * of December before); no day twice, and none both a holiday and a working day; every adjusted
 * working day on a Saturday or Sunday. `builtIn`: the years the built-in data holds, which are
 * not entered.
 * @example arrangementIssues({ year: 2027, source: '…', holidays: ['2027-01-01'], workingDays: ['2027-01-04'] }, FILE_COLUMNS, new Set([2026]))
 * // [{ column: 'working_days', code: 'working_day_not_weekend', … }]
 */
export function arrangementIssues(
  entry: { year: unknown; source: unknown; holidays: unknown; workingDays: unknown },
  columns: ArrangementColumns,
  builtIn: ReadonlySet<number>,
): InputIssue[] {
  const issues: InputIssue[] = [];
  const { year } = entry;
  const validYear =
    typeof year === 'number' &&
    Number.isInteger(year) &&
    year >= ARRANGEMENT_YEARS.min &&
    year <= ARRANGEMENT_YEARS.max;
  if (!validYear) {
    issues.push({
      column: columns.year,
      code: 'calendar_year',
      message: {
        zh: `须为 ${ARRANGEMENT_YEARS.min} 至 ${ARRANGEMENT_YEARS.max} 之间的年份，收到的是 ${show(year)}`,
        en: `must be a year from ${ARRANGEMENT_YEARS.min} to ${ARRANGEMENT_YEARS.max}; got ${show(year)}`,
      },
    });
  } else if (builtIn.has(year)) {
    issues.push({
      column: columns.year,
      code: 'calendar_year_built_in',
      message: {
        zh: `${year} 年的节假日安排已内置，无需录入`,
        en: `the ${year} arrangement is built in and need not be entered`,
      },
    });
  }
  if (typeof entry.source !== 'string' || entry.source.trim() === '') {
    issues.push({
      column: columns.source,
      code: 'calendar_source_missing',
      message: {
        zh: '请填写国务院办公厅通知的文号和日期',
        en: "must name the State Council General Office's notice (its number and date)",
      },
    });
  } else if (entry.source.length > SOURCE_MAX) {
    issues.push({
      column: columns.source,
      code: 'calendar_source_long',
      message: {
        zh: `不能超过 ${SOURCE_MAX} 个字符`,
        en: `must be at most ${SOURCE_MAX} characters long`,
      },
    });
  }
  const y = validYear ? year : undefined;
  const holidays = dateList(entry.holidays, columns.holidays, y, issues, 'holiday');
  const workingDays = dateList(entry.workingDays, columns.workingDays, y, issues, 'working');
  if (holidays && y !== undefined && !holidays.includes(`${y}-01-01`)) {
    issues.push({
      column: columns.holidays,
      code: 'calendar_new_year_missing',
      message: {
        zh: `未列出 ${y}-01-01（元旦）；每年的通知都从元旦放假排起`,
        en: `does not list ${y}-01-01 (New Year's Day); every annual notice starts with it`,
      },
    });
  }
  if (holidays && workingDays) {
    const off = new Set(holidays);
    workingDays.forEach((date, index) => {
      if (off.has(date)) {
        issues.push({
          column: columns.workingDays,
          code: 'calendar_day_both',
          message: {
            zh: `第 ${index + 1} 项 ${date} 同时列为放假日期，一天不能既放假又上班`,
            en: `item ${index + 1}, ${date}, is also listed as a holiday; a day cannot be both`,
          },
        });
      }
    });
  }
  return issues;
}

function dateList(
  value: unknown,
  column: string,
  year: number | undefined,
  issues: InputIssue[],
  kind: 'holiday' | 'working',
): IsoDate[] | undefined {
  if (!Array.isArray(value)) {
    issues.push({
      column,
      code: 'calendar_dates_not_list',
      message: {
        zh: '须为日期列表（YYYY-MM-DD）',
        en: 'must be a list of dates (YYYY-MM-DD)',
      },
    });
    return undefined;
  }
  if (kind === 'holiday' && value.length === 0) {
    issues.push({
      column,
      code: 'calendar_no_holidays',
      message: { zh: '至少须列出一个放假日期', en: 'must list at least one holiday' },
    });
  }
  if (value.length > MAX_DAYS) {
    issues.push({
      column,
      code: 'calendar_too_many_days',
      message: {
        zh: `最多 ${MAX_DAYS} 个日期，收到 ${value.length} 个`,
        en: `may hold at most ${MAX_DAYS} dates; got ${value.length}`,
      },
    });
    return undefined;
  }
  const seen = new Set<string>();
  const dates: IsoDate[] = [];
  let ok = true;
  value.forEach((date: unknown, index) => {
    const item = { zh: `第 ${index + 1} 项`, en: `item ${index + 1}` };
    const bad = (code: string, zh: string, en: string) => {
      ok = false;
      issues.push({
        column,
        code,
        message: { zh: `${item.zh} ${zh}`, en: `${item.en} ${en}` },
      });
    };
    if (typeof date !== 'string' || dateIssue(date) !== undefined) {
      bad(
        'calendar_date',
        `${show(date)} 不是日期（YYYY-MM-DD）`,
        `${show(date)} is not a date (YYYY-MM-DD)`,
      );
      return;
    }
    if (seen.has(date)) {
      bad('calendar_date_twice', `${date} 重复列出`, `${date} is listed twice`);
      return;
    }
    seen.add(date);
    if (year !== undefined && !inYear(date, year, kind)) {
      bad(
        'calendar_date_other_year',
        kind === 'holiday'
          ? `${date} 不在 ${year} 年内（元旦假期最早可从上一年 12 月 25 日起）`
          : `${date} 不在 ${year} 年内`,
        kind === 'holiday'
          ? `${date} is not in ${year} (a New Year holiday may start from 25 December before)`
          : `${date} is not in ${year}`,
      );
      return;
    }
    const weekday = dayOfWeek(toDayNumber(date));
    if (kind === 'working' && weekday !== 0 && weekday !== 6) {
      bad(
        'calendar_working_day_not_weekend',
        `${date} 是${WEEKDAYS_ZH[weekday]}，调休上班日应为周六或周日`,
        `${date} is a ${WEEKDAYS_EN[weekday]}; an adjusted working day falls on a Saturday or Sunday`,
      );
      return;
    }
    dates.push(date);
  });
  return ok ? dates : undefined;
}

function inYear(date: IsoDate, year: number, kind: 'holiday' | 'working'): boolean {
  if (date.startsWith(`${year}-`)) return true;
  const before = String(year - 1).padStart(4, '0');
  return kind === 'holiday' && date >= `${before}-12-25` && date <= `${before}-12-31`;
}

const WEEKDAYS_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function show(value: unknown): string {
  if (value === undefined) return '（空）';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Reads an arrangement file: JSON `{ "year": 2027, "source": "…", "holidays": ["2027-01-01", …],
 * "working_days": ["2027-02-20", …] }` (dates `YYYY-MM-DD`). Returns the entry, or every problem
 * under the file's keys.
 * @example readArrangementFile('{"year":2027,"source":"…","holidays":["2027-01-01"],"working_days":[]}', new Set([2026]))
 */
export function readArrangementFile(
  text: string,
  builtIn: ReadonlySet<number>,
): { ok: true; entry: ArrangementEntry } | { ok: false; issues: InputIssue[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return {
      ok: false,
      issues: [
        {
          code: 'calendar_file_not_json',
          message: {
            zh: '文件不是 JSON：应为 {"year": …, "source": …, "holidays": […], "working_days": […]}',
            en: 'The file is not JSON: expected {"year": …, "source": …, "holidays": […], "working_days": […]}',
          },
        },
      ],
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      ok: false,
      issues: [
        {
          code: 'calendar_file_not_object',
          message: {
            zh: '文件应为一个对象，含 year、source、holidays、working_days',
            en: 'The file must hold one object with year, source, holidays and working_days',
          },
        },
      ],
    };
  }
  const record = data as Record<string, unknown>;
  const known = new Set(Object.values(FILE_COLUMNS));
  const issues: InputIssue[] = Object.keys(record)
    .filter((key) => !known.has(key))
    .map((key) => ({
      column: key,
      code: 'calendar_file_unknown_key',
      message: {
        zh: '不认识的字段；只接受 year、source、holidays、working_days',
        en: 'unknown key; only year, source, holidays and working_days are read',
      },
    }));
  const entry = {
    year: record.year,
    source: record.source,
    holidays: record.holidays,
    workingDays: record.working_days,
  };
  issues.push(...arrangementIssues(entry, FILE_COLUMNS, builtIn));
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, entry: entry as ArrangementEntry };
}
