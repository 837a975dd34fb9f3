import { expect, it } from 'vitest';
import { fixedClock } from '../../src/auth/clock.ts';
import type { ApiApp } from '../../src/server/env.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { jsonRequest, seedAccount, signIn, testApp } from './support.ts';

const ORIGIN = 'http://localhost';

interface Reply {
  today: string;
  missingNextYear: number | null;
  years: Record<string, unknown>[];
  error: { issues: { message: string }[] };
}

// An arrangement for tests only, not the State Council's (演示数据).
const FILE_2027 = JSON.stringify({
  year: 2027,
  source: '测试用安排（非国务院通知，演示数据）',
  holidays: ['2027-01-01', '2027-01-02', '2027-01-03'],
  working_days: ['2027-02-20'],
});

describeEachDatabase('the calendar over HTTP', (getDb) => {
  let app: ApiApp;
  const send = async (path: string, method: string, body: unknown, cookie?: string) => {
    const init = jsonRequest(method, body, { cookie });
    const response = await app.request(path, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), origin: ORIGIN },
    });
    return { status: response.status, body: (await response.json()) as Reply };
  };

  it('lists the years, warns of 2027 in December, and lets only an administrator enter one', async () => {
    const db = getDb();
    app = testApp(db, { clock: fixedClock(new Date('2026-12-03T02:00:00Z')) });
    const admin = await signIn(app, await seedAccount(db, { role: 'admin' }));
    const bureau = await signIn(app, await seedAccount(db, { role: 'city_bureau' }));

    expect((await send('/api/calendar', 'GET', undefined)).status).toBe(401);
    const before = await send('/api/calendar', 'GET', undefined, bureau);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ today: '2026-12-03', missingNextYear: 2027 });
    expect(before.body.years[0]).toMatchObject({ year: 2026, origin: 'built_in' });

    const forbidden = await send('/api/calendar/import', 'POST', { content: FILE_2027 }, bureau);
    expect(forbidden.status).toBe(403);

    const wrong = await send(
      '/api/calendar/years',
      'POST',
      { year: 2027, source: '测试', holidays: ['2027-01-01'], workingDays: ['2027-01-04'] },
      admin,
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.issues).toEqual([
      expect.objectContaining({
        path: 'workingDays',
        message: '调休上班日期：第 1 项 2027-01-04 是周一，调休上班日应为周六或周日',
      }),
    ]);
    const builtIn = await send(
      '/api/calendar/import',
      'POST',
      { content: FILE_2027.replace('2027', '2026') },
      admin,
    );
    expect(builtIn.body.error.issues[0]?.message).toBe('年份：2026 年的节假日安排已内置，无需录入');

    const stored = await send('/api/calendar/import', 'POST', { content: FILE_2027 }, admin);
    expect(stored.status).toBe(200);
    expect(stored.body).toMatchObject({
      year: 2027,
      origin: 'entered',
      workingDays: ['2027-02-20'],
    });

    const after = await send('/api/calendar', 'GET', undefined, bureau);
    expect(after.body.missingNextYear).toBeNull();
    expect(after.body.years[0]).toMatchObject({
      year: 2027,
      origin: 'entered',
      holidays: ['2027-01-01', '2027-01-02', '2027-01-03'],
    });
  });
});
