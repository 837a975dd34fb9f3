import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { fixedClock } from '../../src/auth/clock.ts';
import { serverConfig } from '../../src/server/config.ts';
import { demoClock } from '../../src/server/demo/clock.ts';
import { resumeDemoClock, storedDemoOffset } from '../../src/server/demo/clock-store.ts';
import { startServer, type RunningServer } from '../../src/server/start.ts';
import { auditLog } from '../../src/store/schema/audit.ts';
import { describeEachDatabase } from '../support/databases.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function start(dataDir: string, today?: string): Promise<RunningServer> {
  return startServer(
    serverConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      PINGDING_DEMO: '1',
      ...(today ? { PINGDING_TODAY: today } : {}),
    }),
  );
}

async function setDate(server: RunningServer, today: string | null) {
  const admin = server.demoAccounts!.find((a) => a.role === 'admin')!;
  const signIn = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ loginName: admin.loginName, password: admin.password }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  const reply = await fetch(`${server.url}/api/demo/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, origin: server.url },
    body: JSON.stringify({ today }),
  });
  expect(reply.status).toBe(200);
  return (await reply.json()) as { today: string; set: boolean };
}

const readClock = async (server: RunningServer) =>
  (await (await fetch(`${server.url}/api/demo/clock`)).json()) as { today: string; set: boolean };

it('keeps the demo date across a restart, and its reset too', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'pingding-clock-'));
  dirs.push(dataDir);
  let server = await start(dataDir);
  expect((await readClock(server)).set).toBe(false);
  expect(await setDate(server, '2026-12-24')).toEqual({ today: '2026-12-24', set: true });
  await server.close();

  // Started again without PINGDING_TODAY: the procedure stands where it was left.
  server = await start(dataDir);
  expect(await readClock(server)).toEqual({ today: '2026-12-24', set: true });
  expect(server.demoClock?.today()).toBe('2026-12-24');

  expect((await setDate(server, null)).set).toBe(false);
  await server.close();
  server = await start(dataDir);
  expect((await readClock(server)).set).toBe(false);
  await server.close();
}, 240_000);

describeEachDatabase('the demo date kept in the database', (getDb) => {
  it('resumes the stored offset, lets PINGDING_TODAY override it, and logs that once', async () => {
    const db = getDb();
    const system = fixedClock(new Date('2026-11-22T02:00:00Z'));
    const first = demoClock(system);
    await resumeDemoClock(db, first, '2026-12-20');
    expect(first.today()).toBe('2026-12-20');
    expect(await storedDemoOffset(db)).toBe(28);

    // A later start, three days on by the system's clock: still 28 days ahead.
    system.advance(3 * 24 * 60 * 60 * 1000);
    const second = demoClock(system);
    await resumeDemoClock(db, second, undefined);
    expect([second.today(), second.isSet()]).toEqual(['2026-12-23', true]);

    // The same PINGDING_TODAY offset again writes nothing new; a new date is kept and logged.
    const third = demoClock(system);
    await resumeDemoClock(db, third, '2026-12-23');
    const fourth = demoClock(system);
    await resumeDemoClock(db, fourth, '2027-01-05');
    expect(await storedDemoOffset(db)).toBe(41);
    const moves = (await db.select().from(auditLog)).filter((r) => r.action === 'demo.clock_set');
    expect(moves.map((r) => (r.after as { today: string }).today)).toEqual([
      '2026-12-20',
      '2027-01-05',
    ]);
  });
});
