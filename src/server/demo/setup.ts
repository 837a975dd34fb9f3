import { count, eq, inArray } from 'drizzle-orm';
import { actorOf } from '../../auth/account-view.ts';
import { provisionAccount } from '../../auth/accounts.ts';
import type { Database } from '../../store/database.ts';
import { accounts } from '../../store/schema/accounts.ts';
import {
  addWorkingDays,
  CalendarCoverageError,
  isWorkingDay,
} from '../../engine/calendar/index.ts';
import type { Actor } from '../../workflow/actor.ts';
import { seedDemo } from '../../workflow/hq-rating/demo.ts';
import { demoAccountList, type DemoAccount } from './accounts.ts';
import { seedReliefDemo } from './relief-setup.ts';
import { seedWaterDemo } from './water-setup.ts';

/**
 * Whether to run in demo mode. `PINGDING_DEMO=1` forces it and `0` forbids it; otherwise it is on
 * for an empty database (a first start) and stays on while demo accounts exist, so a second
 * `npm start` shows the same thing as the first.
 * @example await demoModeWanted(db, process.env.PINGDING_DEMO) // true on a fresh database
 */
export async function demoModeWanted(db: Database, setting: string | undefined): Promise<boolean> {
  if (setting === '1' || setting === 'true') return true;
  if (setting === '0' || setting === 'false') return false;
  const [all] = await db.select({ n: count() }).from(accounts);
  if (!all || all.n === 0) return true;
  const [demo] = await db.select({ n: count() }).from(accounts).where(eq(accounts.demo, true));
  return (demo?.n ?? 0) > 0;
}

/**
 * Creates the demo accounts that do not exist yet (an existing one, even with a changed password,
 * is left alone). Returns the list with passwords and how many were created now.
 * @example const { accounts, created } = await ensureDemoAccounts(db)
 */
export async function ensureDemoAccounts(
  db: Database,
): Promise<{ accounts: DemoAccount[]; created: number }> {
  const list = demoAccountList();
  const existing = await db
    .select({ loginName: accounts.loginName })
    .from(accounts)
    .where(
      inArray(
        accounts.loginName,
        list.map((a) => a.loginName),
      ),
    );
  const have = new Set(existing.map((row) => row.loginName));
  const missing = list.filter((a) => !have.has(a.loginName));
  for (const account of missing) {
    await db.transaction((tx) => provisionAccount(tx, 'system', account, { demo: true }));
  }
  return { accounts: list, created: missing.length };
}

/**
 * The Actors of the demo accounts, for seeding demo records that belong to them.
 * @example const actors = await demoActors(db); actors.find((a) => a.role === 'city_bureau')
 */
export async function demoActors(db: Database): Promise<Actor[]> {
  const rows = await db.select().from(accounts).where(eq(accounts.demo, true));
  return rows.filter((row) => !row.disabledAt).map(actorOf);
}

/**
 * Seeds the demos of the three methods (演示数据), each walked by its own services: the HQ batch
 * to publicity, a water-fund year with one office's figures still to enter, and relief-pilot
 * families with costs, fund receipts and a computed run. The HQ publicity starts on the last
 * working day up to today, so a visitor can file an objection at once; when the period would run
 * into a year the holiday calendar does not cover yet, the demo keeps its own dates rather than
 * guess. Safe on every start: existing demo records are left as they are. Returns whether the HQ
 * batch was created now.
 * @example await seedDomainDemo(db, await demoActors(db), '2026-11-22')
 */
export async function seedDomainDemo(
  db: Database,
  actors: Actor[],
  today: string,
): Promise<boolean> {
  const { created } = await seedDemo(db, actors, demoPublicityStart(today));
  await seedWaterDemo(db, actors, today);
  await seedReliefDemo(db, actors, today);
  return created;
}

function demoPublicityStart(today: string): { publicityStartsOn?: string } {
  let start = today;
  try {
    while (!isWorkingDay(start)) start = previousDay(start);
    addWorkingDays(start, DEMO_PUBLICITY_WORKING_DAYS);
    return { publicityStartsOn: start };
  } catch (error) {
    if (error instanceof CalendarCoverageError) return {};
    throw error;
  }
}

/** The demo batch's publicity length (D7 default). */
const DEMO_PUBLICITY_WORKING_DAYS = 7;

function previousDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}
