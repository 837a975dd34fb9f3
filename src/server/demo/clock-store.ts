import { eq } from 'drizzle-orm';
import { appendAudit } from '../../store/audit.ts';
import type { Database, Executor, Transaction } from '../../store/database.ts';
import { demoClockSetting } from '../../store/schema/calendar.ts';
import type { DemoClock } from './clock.ts';

const ROW = 'procedure';

/**
 * The demo date as kept in the database: the days it is moved from the system's date, or null
 * when it follows the system.
 * @example await storedDemoOffset(db) // 28, set on 2026-11-22 to 2026-12-20
 */
export async function storedDemoOffset(db: Executor): Promise<number | null> {
  const [row] = await db.select().from(demoClockSetting).where(eq(demoClockSetting.id, ROW));
  return row ? row.offsetDays : null;
}

/**
 * Keeps the clock's state in the database inside the caller's transaction, so a restart stands on
 * the same moved date (the records made on it carry its dates): a row while the date is moved,
 * none when it follows the system.
 */
export async function storeDemoClock(
  tx: Transaction,
  clock: DemoClock,
  by: string,
  at: Date,
): Promise<void> {
  if (!clock.isSet()) {
    await tx.delete(demoClockSetting).where(eq(demoClockSetting.id, ROW));
    return;
  }
  const values = { offsetDays: clock.offsetDays(), setToday: clock.today(), setBy: by, setAt: at };
  await tx
    .insert(demoClockSetting)
    .values({ id: ROW, ...values })
    .onConflictDoUpdate({ target: demoClockSetting.id, set: values });
}

/**
 * At a demo start: a date given by PINGDING_TODAY stands (and is kept, audited); otherwise the
 * date kept by the last run, moved by as many days as it was then; otherwise the system's.
 * @example await resumeDemoClock(db, clock, process.env.PINGDING_TODAY)
 */
export async function resumeDemoClock(
  db: Database,
  clock: DemoClock,
  today: string | undefined,
): Promise<void> {
  const stored = await storedDemoOffset(db);
  if (!today) {
    if (stored !== null) clock.restore(stored);
    return;
  }
  clock.set(today);
  if (stored === clock.offsetDays()) return;
  await db.transaction(async (tx) => {
    await storeDemoClock(tx, clock, 'PINGDING_TODAY', new Date());
    await appendAudit(tx, {
      actor: 'PINGDING_TODAY',
      action: 'demo.clock_set',
      entity: 'demo_clock',
      entityId: ROW,
      before: stored === null ? { set: false } : { set: true, offsetDays: stored },
      after: { today: clock.today(), set: true },
    });
  });
}
