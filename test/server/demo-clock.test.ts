import { expect, it } from 'vitest';
import { fixedClock } from '../../src/auth/clock.ts';
import { demoClock } from '../../src/server/demo/clock.ts';
import type { ApiApp } from '../../src/server/env.ts';
import { serverConfig } from '../../src/server/config.ts';
import { startServer } from '../../src/server/start.ts';
import { auditLog } from '../../src/store/schema/audit.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { jsonRequest, seedAccount, signIn, testApp, type TestAccount } from './support.ts';

const ORIGIN = 'http://localhost';

/** A batch whose application window ends on 2030-01-20. */
const BATCH = {
  year: 2029,
  title: '2029年度总部企业星级评定（演示日期测试）',
  announcementText: '测试公告（演示数据）',
  announcementOn: '2030-01-05',
  opensOn: '2030-01-05',
  closesOn: '2030-01-20',
  ratingDate: '2030-03-01',
  synthetic: true,
};

describeEachDatabase('demo clock over HTTP', (getDb) => {
  const system = fixedClock(new Date('2026-11-22T02:00:00Z'));
  const clock = demoClock(system);
  let app: ApiApp;
  let admin: TestAccount;
  let bureau: TestAccount;

  const send = async (path: string, method: string, body: unknown, cookie?: string) => {
    const init = jsonRequest(method, body, { cookie });
    const response = await app.request(path, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), origin: ORIGIN },
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('lets the administrator stand the procedure on a date; steps see it, sessions do not', async () => {
    const db = getDb();
    app = testApp(db, { clock: system, demoClock: clock });
    admin = await seedAccount(db, { role: 'admin' });
    bureau = await seedAccount(db, { role: 'city_bureau' });
    const adminCookie = await signIn(app, admin);
    const bureauCookie = await signIn(app, bureau);

    expect((await send('/api/demo/clock', 'GET', undefined)).body).toEqual({
      today: '2026-11-22',
      set: false,
    });
    const refused = await send('/api/demo/clock', 'POST', { today: '2030-01-05' }, bureauCookie);
    expect(refused.status).toBe(403);

    const set = await send('/api/demo/clock', 'POST', { today: '2030-01-05' }, adminCookie);
    expect(set).toEqual({ status: 200, body: { today: '2030-01-05', set: true } });

    // The bureau's session of 2026 still works: sessions keep the system clock.
    const batch = await send('/api/hq/batches', 'POST', BATCH, bureauCookie);
    expect(batch.status).toBe(201);
    const open = await send(
      `/api/hq/batches/${String(batch.body.id)}/open`,
      'POST',
      undefined,
      bureauCookie,
    );
    expect(open.status).toBe(200);
    const early = await send(
      `/api/hq/batches/${String(batch.body.id)}/close`,
      'POST',
      undefined,
      bureauCookie,
    );
    expect(early.status).toBe(409);

    await send('/api/demo/clock', 'POST', { today: '2030-01-21' }, adminCookie);
    const closed = await send(
      `/api/hq/batches/${String(batch.body.id)}/close`,
      'POST',
      undefined,
      bureauCookie,
    );
    expect(closed.status).toBe(200);
    expect(closed.body.state).toBe('review');

    const back = await send('/api/demo/clock', 'POST', { today: null }, adminCookie);
    expect(back.body).toEqual({ today: '2026-11-22', set: false });

    const moves = (await db.select().from(auditLog)).filter((r) => r.action === 'demo.clock_set');
    expect(moves.map((r) => (r.after as { today: string }).today)).toEqual([
      '2030-01-05',
      '2030-01-21',
      '2026-11-22',
    ]);
  });

  it('refuses what is not a date, naming the field', async () => {
    const cookie = await signIn(app, admin);
    const reply = await send('/api/demo/clock', 'POST', { today: '2030-02-30' }, cookie);
    expect(reply.status).toBe(400);
    expect(JSON.stringify(reply.body)).toContain('演示日期');
    const layout = await send('/api/demo/clock', 'POST', { today: '2030-2-3' }, cookie);
    expect(layout.status).toBe(400);
    expect(JSON.stringify(layout.body)).toContain('演示日期：应为真实存在的日期');
  });

  it('cannot be set outside demo mode', async () => {
    app = testApp(getDb(), { clock: system });
    const cookie = await signIn(app, admin);
    expect((await send('/api/demo/clock', 'GET', undefined)).body).toEqual({
      today: '2026-11-22',
      set: false,
    });
    const reply = await send('/api/demo/clock', 'POST', { today: '2030-01-05' }, cookie);
    expect(reply.status).toBe(404);
  });
});

it('a server outside demo mode refuses to start with PINGDING_TODAY', async () => {
  const config = serverConfig({
    PORT: '0',
    DATA_DIR: 'memory://',
    PINGDING_DEMO: '0',
    PINGDING_TODAY: '2026-12-20',
  });
  await expect(startServer(config)).rejects.toThrow(/PINGDING_TODAY/);
}, 60_000); // opening and migrating a database first
