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
import { seedEarlierDemo } from '../../workflow/hq-rating/demo-earlier.ts';
import { demoAccountList, type DemoAccount } from './accounts.ts';
import { seedReliefDemo } from './relief-setup.ts';
import { seedWaterDemo } from './water-setup.ts';

/**
 * Whether to run in demo mode. `PINGDING_DEMO=1` forces it and `0` forbids it; otherwise it is on
 * for an empty database (a first start) and stays on while only demo accounts exist, so a second
 * `npm start` shows the same thing as the first. A database with a real account is never in demo
 * mode by default (and {@link ensureDemoAccounts} refuses it when forced).
 * @example await demoModeWanted(db, process.env.PINGDING_DEMO) // true on a fresh database
 */
export async function demoModeWanted(db: Database, setting: string | undefined): Promise<boolean> {
  if (setting === '1' || setting === 'true') return true;
  if (setting === '0' || setting === 'false') return false;
  return (await realAccountCount(db)) === 0;
}

/** Accounts that are not demo ones: people's real accounts. */
async function realAccountCount(db: Database): Promise<number> {
  const [real] = await db.select({ n: count() }).from(accounts).where(eq(accounts.demo, false));
  return real?.n ?? 0;
}

/** Whether a listening address is this machine only. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d+\.\d+\.\d+$/.test(bare);
}

/**
 * Demo passwords are public, so demo mode listens on this machine only: another HOST stops the
 * start unless PINGDING_DEMO_PUBLIC=1 (the start banner then warns).
 * @example assertDemoAddressAllowed('0.0.0.0', false) // throws
 */
export function assertDemoAddressAllowed(host: string, forced: boolean): void {
  if (isLoopbackHost(host) || forced) return;
  throw new Error(
    `演示模式的密码是公开的，只在本机（HOST=127.0.0.1）提供；HOST=${host} 会让其他电脑也能用演示账户登录。` +
      `确需对外演示请另设 PINGDING_DEMO_PUBLIC=1；正式使用请设 PINGDING_DEMO=0。` +
      ` / Demo passwords are public, so demo mode serves this machine only (HOST=127.0.0.1); ` +
      `HOST=${host} would let other machines sign in with them. Set PINGDING_DEMO_PUBLIC=1 to ` +
      `demonstrate to others anyway, or PINGDING_DEMO=0 for real use.`,
  );
}

/**
 * Creates the demo accounts that do not exist yet (an existing one, even with a changed password,
 * is left alone). Returns the list with passwords and how many were created now. Refuses a
 * database with real accounts: published passwords must never sit beside them.
 * @example const { accounts, created } = await ensureDemoAccounts(db)
 */
export async function ensureDemoAccounts(
  db: Database,
): Promise<{ accounts: DemoAccount[]; created: number }> {
  const real = await realAccountCount(db);
  if (real > 0) {
    throw new Error(
      `这个数据库已有 ${real} 个正式账户，不能进入演示模式（演示账户的密码是公开的）。` +
        `演示请用一个新的数据库（另设 DATA_DIR 或 DATABASE_URL），或去掉 PINGDING_DEMO=1。` +
        ` / This database has ${real} real account(s), so it cannot run in demo mode (demo ` +
        `passwords are public). Demonstrate on a new database (another DATA_DIR or DATABASE_URL), ` +
        `or drop PINGDING_DEMO=1.`,
    );
  }
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
 * Seeds the demos of the three methods (演示数据), each walked by its own services: a 2024 HQ
 * batch to final (ratings in effect until 2027-03-16, for the benefit journeys), the 2025 one
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
  await seedEarlierDemo(db, actors);
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
