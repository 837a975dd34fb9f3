import { desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/engine/input-issue.ts';
import type { Database } from '../../src/store/database.ts';
import { auditLog } from '../../src/store/schema/audit.ts';
import {
  calendarOverview,
  enterCalendarYear,
  loadCalendar,
  nextYearMissing,
} from '../../src/workflow/calendar/calendar.ts';
import { WorkflowError } from '../../src/workflow/hq-rating/errors.ts';
import * as s from '../../src/workflow/hq-rating/services/index.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { admin, bureau, on } from './support/actors.ts';

/** An arrangement for tests only (not the State Council's; 演示数据). */
export const TEST_2027 = {
  year: 2027,
  source: '测试用安排（非国务院通知，演示数据），2026年12月1日',
  holidays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-02-08', '2027-02-09', '2027-02-10'],
  workingDays: ['2027-02-20'],
};

const DECEMBER_BATCH = {
  year: 2026,
  title: '2026年度总部企业星级评定（测试）',
  announcementText: '测试公告（演示数据）',
  announcementOn: '2026-10-08',
  opensOn: '2026-10-08',
  closesOn: '2026-11-30',
  ratingDate: '2026-12-01',
  publicityStartsOn: '2026-12-24',
  synthetic: true,
};

function issuesOf(error: unknown): { column?: string; code: string; zh: string }[] {
  if (!(error instanceof InputError)) throw error;
  return error.issues.map((i) => ({ column: i.column, code: i.code, zh: i.message.zh }));
}

async function refused(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

describeEachDatabase('the working-day calendar as data', (getDb) => {
  let db: Database;
  beforeAll(() => {
    db = getDb();
  });

  it('refuses a December 2026 publicity that reaches into 2027 while 2027 is unknown, naming who can enter it', async () => {
    const error = await refused(() => s.createBatch(db, bureau, DECEMBER_BATCH, on('2026-12-03')));
    const [issue] = issuesOf(error);
    expect(issue).toMatchObject({ column: 'publicityStartsOn', code: 'calendar_not_covered' });
    expect(issue!.zh).toContain('本次计算需要用到 2027 年的日期');
    expect(issue!.zh).toContain('请系统管理员');
    expect(issue!.zh).toContain('「节假日安排」页面');
  });

  it('warns from November that next year is missing', async () => {
    expect((await calendarOverview(db, on('2026-12-03'))).missingNextYear).toBe(2027);
    expect((await calendarOverview(db, on('2026-10-30'))).missingNextYear).toBeNull();
    expect(nextYearMissing('2026-11-01', (y) => y <= 2026)).toBe(2027);
    expect(nextYearMissing('2026-11-01', (y) => y <= 2027)).toBeNull();
  });

  it('refuses a wrong arrangement with every problem named by its field', async () => {
    const error = await refused(() =>
      enterCalendarYear(db, admin, {
        year: 2027,
        source: ' ',
        holidays: ['2027-01-02', '2027-01-02', '2027-13-01', '2028-01-01'],
        workingDays: ['2027-02-18', '2027-01-02'],
      }),
    );
    const issues = issuesOf(error);
    expect(issues.map((i) => `${i.column}:${i.code}`)).toEqual([
      'calendarSource:calendar_source_missing',
      'holidays:calendar_date_twice',
      'holidays:calendar_date',
      'holidays:calendar_date_other_year',
      'workingDays:calendar_working_day_not_weekend',
    ]);
    expect(issues[4]!.zh).toBe('第 1 项 2027-02-18 是周四，调休上班日应为周六或周日');
    // Once the lists themselves are right, the cross checks speak.
    const cross = issuesOf(
      await refused(() =>
        enterCalendarYear(db, admin, {
          year: 2027,
          source: '测试',
          holidays: ['2027-01-02'],
          workingDays: ['2027-01-02'],
        }),
      ),
    );
    expect(cross.map((i) => i.code)).toEqual(['calendar_new_year_missing', 'calendar_day_both']);
    expect(cross[1]!.zh).toBe('第 1 项 2027-01-02 同时列为放假日期，一天不能既放假又上班');
  });

  it('refuses a built-in year and anyone but an administrator', async () => {
    const builtIn = issuesOf(
      await refused(() => enterCalendarYear(db, admin, { ...TEST_2027, year: 2026 })),
    );
    expect(builtIn[0]).toMatchObject({ column: 'calendarYear', code: 'calendar_year_built_in' });
    expect(builtIn[0]!.zh).toBe('2026 年的节假日安排已内置，无需录入');
    const forbidden = await refused(() => enterCalendarYear(db, bureau, TEST_2027));
    expect(forbidden).toBeInstanceOf(WorkflowError);
    expect((await loadCalendar(db)).covers(2027)).toBe(false);
  });

  it('stores an entered year, audited, and counts the December period into 2027 with it', async () => {
    const stored = await enterCalendarYear(db, admin, TEST_2027);
    expect(stored).toMatchObject({ year: 2027, origin: 'entered', workingDays: ['2027-02-20'] });
    const [record] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entity, 'calendar_year'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(record).toMatchObject({
      action: 'calendar.year_enter',
      actor: admin.accountId,
      entityId: '2027',
      before: null,
    });
    const calendar = await loadCalendar(db);
    expect(calendar.addWorkingDays('2026-12-24', 7)).toBe('2027-01-04');
    expect(calendar.isWorkingDay('2027-02-20')).toBe(true);

    const batch = await s.createBatch(db, bureau, DECEMBER_BATCH, on('2026-12-03'));
    // 24, 25, 28, 29, 30, 31 December; 1 January off (entered); Monday 4 January the seventh.
    expect(batch.publicityEndsOn).toBe('2027-01-04');
    const longer = await s.updateBatch(
      db,
      bureau,
      { batchId: batch.id, publicityWorkingDays: 10 },
      on('2026-12-03'),
    );
    expect(longer.publicityEndsOn).toBe('2027-01-07');

    const overview = await calendarOverview(db, on('2026-12-03'));
    expect(overview.missingNextYear).toBeNull();
    expect(overview.years[0]).toMatchObject({
      year: 2027,
      origin: 'entered',
      source: TEST_2027.source,
    });
    expect(overview.years[1]).toMatchObject({ year: 2026, origin: 'built_in' });
  });

  it('keeps a correction with the previous days in the log; 2028 is still refused', async () => {
    await enterCalendarYear(db, admin, { ...TEST_2027, workingDays: ['2027-02-20', '2027-02-21'] });
    const [record] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entity, 'calendar_year'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(record?.action).toBe('calendar.year_correct');
    expect(record?.before).toMatchObject({ workingDays: ['2027-02-20'] });
    const calendar = await loadCalendar(db);
    expect(calendar.isWorkingDay('2027-02-21')).toBe(true);
    expect(() => calendar.addWorkingDays('2027-12-24', 7)).toThrow(/2028/);
  });
});

describe('the arrangement checks', () => {
  it('lets a New Year holiday start in the last days of December before', async () => {
    const { arrangementIssues, FILE_COLUMNS } =
      await import('../../src/engine/calendar/arrangement.ts');
    const ok = arrangementIssues(
      { year: 2027, source: 'x', holidays: ['2026-12-31', '2027-01-01'], workingDays: [] },
      FILE_COLUMNS,
      new Set([2026]),
    );
    expect(ok).toEqual([]);
    const early = arrangementIssues(
      { year: 2027, source: 'x', holidays: ['2026-12-01', '2027-01-01'], workingDays: [] },
      FILE_COLUMNS,
      new Set([2026]),
    );
    expect(early.map((i) => i.code)).toEqual(['calendar_date_other_year']);
  });
});
