import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { dec } from '../../../engine/exact/decimal.ts';
import { Exact } from '../../../engine/exact/exact.ts';
import { InputError } from '../../../engine/input-issue.ts';
import type { Database } from '../../../store/database.ts';
import { waterLedgerLine, waterRun } from '../../../store/schema/water-fund.ts';
import type { Actor } from '../../actor.ts';
import { notFound, WorkflowError } from '../../hq-rating/errors.ts';
import { inTransaction, moment, type ServiceOptions } from '../../hq-rating/services/context.ts';
import { countyScope, requireOffice, requireWaterReader } from '../permissions.ts';
import { lockYear, readYear, WATER_LABELS } from './load.ts';
import { logWater } from './record.ts';
import { ledgerLineView, type LedgerLineView, type LedgerRow } from './views.ts';

const sum = (rows: readonly LedgerRow[]) =>
  rows.reduce((total, row) => total.plus(dec(row.amount)), Exact.ZERO);

/**
 * One direction of the ledger's money: all its lines, those already paid and those still due.
 * Money into the fund and money out of it are never added together: the same yuan passes both.
 */
function flowTotals(rows: readonly LedgerRow[]) {
  return {
    total: sum(rows).toDecimal(2),
    paid: sum(rows.filter((row) => row.state === 'paid')).toDecimal(2),
    due: sum(rows.filter((row) => row.state === 'due')).toDecimal(2),
  };
}

/**
 * The year's ledger (W2 contributions and the city's share; transfers once approved) with its
 * totals, summed exactly and kept apart by direction: `incoming` (contributions and the city's
 * share received by the fund), `outgoing` (transfers to the receivers), and `balance`, what the
 * fund holds: received less transferred. A county sees its own lines.
 */
export async function getLedger(db: Database, actor: Actor | null, input: { year: number }) {
  const who = requireWaterReader(actor, { zh: '查看资金台账', en: 'read the fund ledger' });
  await readYear(db, input.year);
  const all = await db
    .select()
    .from(waterLedgerLine)
    .where(eq(waterLedgerLine.year, input.year))
    .orderBy(asc(waterLedgerLine.position));
  const county = countyScope(who);
  const rows = county === undefined ? all : all.filter((row) => row.county === county);
  const incoming = rows.filter((row) => row.kind !== 'transfer');
  const outgoing = rows.filter((row) => row.kind === 'transfer');
  const received = sum(incoming.filter((row) => row.state === 'paid'));
  const transferred = sum(outgoing.filter((row) => row.state === 'paid'));
  return {
    lines: rows.map(ledgerLineView),
    totals: {
      incoming: flowTotals(incoming),
      outgoing: flowTotals(outgoing),
      balance: received.minus(transferred).toDecimal(2),
    },
  };
}

const paidSchema = z
  .object({
    lineId: z.uuid(),
    paidOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    reference: z.string().trim().min(1).max(200),
  })
  .strict();

/**
 * Marks a ledger line paid (finance, 28号 第十五条): a contribution received, the city's share
 * booked, a transfer made. Once only. 28号 does not make a transfer wait for the contributions, so
 * the order of payments is not checked. The date is the day the money moved: one after the
 * procedure's today (its clock, China date) is refused, as no payment has happened then.
 */
export async function markPaid(
  db: Database,
  actor: Actor | null,
  input: z.input<typeof paidSchema>,
  options?: ServiceOptions,
): Promise<LedgerLineView> {
  const who = requireOffice(actor, ['finance'], { zh: '登记资金到账', en: 'record a payment' });
  const { lineId, paidOn, reference } = paidSchema.parse(input);
  return inTransaction(db, async (tx) => {
    const [peek] = await tx.select().from(waterLedgerLine).where(eq(waterLedgerLine.id, lineId));
    if (!peek) throw notFound(WATER_LABELS.line, lineId);
    await lockYear(tx, peek.year);
    const [line] = await tx
      .select()
      .from(waterLedgerLine)
      .where(eq(waterLedgerLine.id, lineId))
      .for('update');
    const today = moment(options).today;
    if (paidOn > today) {
      const transfer = line!.kind === 'transfer';
      throw new InputError([
        {
          column: 'paidOn',
          code: 'paid_on_future',
          message: {
            zh: `不能晚于今天（${today}），收到 ${paidOn}：只能登记已经发生的${transfer ? '拨付' : '收款'}`,
            en: `cannot be after today (${today}), got ${paidOn}: only a ${transfer ? 'transfer' : 'receipt'} already made can be recorded`,
          },
        },
      ]);
    }
    if (line!.state === 'paid') {
      throw new WorkflowError('conflict', 'already_paid', {
        zh: `该笔资金已于 ${line!.paidOn} 登记${line!.kind === 'transfer' ? '拨付' : '收款'}（凭证号 ${line!.reference}）`,
        en: `this line was already recorded on ${line!.paidOn} (voucher ${line!.reference})`,
      });
    }
    const [row] = await tx
      .update(waterLedgerLine)
      .set({ state: 'paid', paidOn, reference, paidBy: who.accountId })
      .where(eq(waterLedgerLine.id, lineId))
      .returning();
    const view = ledgerLineView(row!);
    await logWater(tx, who, {
      action: 'ledger.paid',
      entity: 'water_ledger_line',
      entityId: lineId,
      before: { state: 'due' },
      after: view,
    });
    return view;
  });
}

/**
 * The year's flows for a chart: payers and the city into the fund (W2), the fund to the
 * receivers' base and reward (W4) once a run is approved.
 */
export async function getFlows(db: Database, actor: Actor | null, input: { year: number }) {
  requireWaterReader(actor, { zh: '查看资金流向', en: 'read the fund flows' });
  const year = await readYear(db, input.year);
  const lines = await db
    .select()
    .from(waterLedgerLine)
    .where(eq(waterLedgerLine.year, input.year))
    .orderBy(asc(waterLedgerLine.position));
  const incoming = lines.filter((line) => line.kind !== 'transfer');
  const city = incoming.filter((line) => line.kind === 'city_share');
  const sources = [...city, ...incoming.filter((line) => line.kind === 'contribution')].map(
    (line) => ({ name: line.county ?? '市财政', amount: line.amount }),
  );
  let targets: { county: string; base: string; reward: string }[] = [];
  if (year.approvedRunId) {
    const [run] = await db.select().from(waterRun).where(eq(waterRun.id, year.approvedRunId));
    targets = (run?.allocations ?? []).map((entry) => ({
      county: entry.county,
      base: entry.base,
      reward: entry.reward,
    }));
  }
  return { sources, fund: sum(incoming).toDecimal(2), targets };
}
