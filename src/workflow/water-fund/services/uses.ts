import { and, asc, eq } from 'drizzle-orm';
import { dec, parseDecimal } from '../../../engine/exact/decimal.ts';
import { Exact } from '../../../engine/exact/exact.ts';
import { InputError } from '../../../engine/input-issue.ts';
import { RECEIVERS } from '../../../methods/water-source-compensation/parameters.ts';
import type { Database, Executor } from '../../../store/database.ts';
import { waterLedgerLine, waterUse } from '../../../store/schema/water-fund.ts';
import type { Actor } from '../../actor.ts';
import { inTransaction, moment, type ServiceOptions } from '../../hq-rating/services/context.ts';
import { countyScope, requireReceiver, requireWaterReader } from '../permissions.ts';
import {
  FORBIDDEN_CATEGORIES,
  isForbidden,
  USE_CATEGORIES,
  USE_CATEGORY_LABELS,
  type UseCategory,
} from '../use-categories.ts';
import { lockYear, readYear, requireState } from './load.ts';
import { logWater } from './record.ts';

type UseRow = typeof waterUse.$inferSelect;

const useView = (row: UseRow) => ({
  id: row.id,
  year: row.year,
  county: row.county,
  category: row.category as UseCategory,
  amount: row.amount,
  description: row.description,
  recordedBy: row.recordedByName,
  recordedAt: row.recordedAt.toISOString(),
});
export type UseView = ReturnType<typeof useView>;

/** W8: the allowed and the forbidden categories, with their labels. */
export function useCategories() {
  return {
    allowed: USE_CATEGORIES.map((category) => ({
      category,
      label: USE_CATEGORY_LABELS[category],
    })),
    forbidden: FORBIDDEN_CATEGORIES.map((category) => ({
      category,
      label: USE_CATEGORY_LABELS[category],
    })),
  };
}

async function balances(db: Executor, year: number, counties: readonly string[]) {
  const transfers = await db
    .select()
    .from(waterLedgerLine)
    .where(and(eq(waterLedgerLine.year, year), eq(waterLedgerLine.kind, 'transfer')));
  const uses = await db.select().from(waterUse).where(eq(waterUse.year, year));
  return counties.map((county) => {
    const transferred = transfers
      .filter((line) => line.county === county)
      .reduce((total, line) => total.plus(dec(line.amount)), Exact.ZERO);
    const used = uses
      .filter((use) => use.county === county)
      .reduce((total, use) => total.plus(dec(use.amount)), Exact.ZERO);
    return { county, transferred, used, remaining: transferred.minus(used) };
  });
}

/** W8: the year's recorded uses; a county its own, the city offices and admin all. */
export async function listUses(db: Database, actor: Actor | null, input: { year: number }) {
  const who = requireWaterReader(actor, { zh: '查看资金使用', en: 'read the uses of the fund' });
  await readYear(db, input.year);
  const county = countyScope(who);
  const rows = await db
    .select()
    .from(waterUse)
    .where(
      county === undefined
        ? eq(waterUse.year, input.year)
        : and(eq(waterUse.year, input.year), eq(waterUse.county, county)),
    )
    .orderBy(asc(waterUse.recordedAt));
  const counties = county === undefined ? [...RECEIVERS] : [county];
  const sums = await balances(db, input.year, counties);
  return {
    uses: rows.map(useView),
    balances: sums
      .filter((entry) => county !== undefined || RECEIVERS.includes(entry.county as never))
      .map((entry) => ({
        county: entry.county,
        transferred: entry.transferred.toDecimal(2),
        used: entry.used.toDecimal(2),
        remaining: entry.remaining.toDecimal(2),
      })),
  };
}

const RECORD = { zh: '填报资金使用', en: 'record a use of the fund' };

/**
 * Records a use of the transfer (W8, 28号 第十二条) by a receiver, once the year is allocated.
 * Refused: a forbidden use (28号 第十三条: personal allowances, anything unrelated to source
 * protection), an amount that is not positive money, or one beyond what remains of the county's
 * transfer.
 */
export async function recordUse(
  db: Database,
  actor: Actor | null,
  input: { year: number; category: string; amount: string; description: string },
  options?: ServiceOptions,
): Promise<UseView> {
  const county = requireReceiver(actor, RECORD);
  const who = actor!;
  const issues: InputError['issues'][number][] = [];
  if (isForbidden(input.category)) {
    const label = USE_CATEGORY_LABELS[input.category];
    issues.push({
      column: 'category',
      code: 'forbidden_use',
      message: {
        zh: `“${label.zh}”不得使用本资金：28号 第十三条 规定专项资金不得用于与水源地保护无关的支出，不得用于发放各类个人津补贴`,
        en: `"${label.en}" may not be paid from the fund: 28号 第十三条 forbids spending unrelated to source protection and personal allowances of any kind`,
      },
    });
  } else if (!(USE_CATEGORIES as readonly string[]).includes(input.category)) {
    issues.push({
      column: 'category',
      code: 'unknown_category',
      message: {
        zh: `未知的用途“${input.category}”：应为 28号 第十二条 所列用途之一`,
        en: `unknown use "${input.category}": expected one of the uses of 28号 第十二条`,
      },
    });
  }
  const amount = /^\d+(\.\d{1,2})?$/.test(input.amount.trim())
    ? parseDecimal(input.amount.trim())
    : null;
  if (!amount || amount.isZero()) {
    issues.push({
      column: 'amount',
      code: 'not_money',
      message: {
        zh: `“${input.amount}”不是有效金额：应为大于 0 的元数，最多两位小数，如 1200000.00`,
        en: `"${input.amount}" is not an amount: yuan above 0 with at most two decimals, e.g. 1200000.00`,
      },
    });
  }
  const description = input.description.trim();
  if (description === '') {
    issues.push({
      column: 'description',
      code: 'required',
      message: { zh: '必须填写', en: 'required' },
    });
  }
  if (issues.length > 0) throw new InputError(issues);
  const { at } = moment(options);
  return inTransaction(db, async (tx) => {
    const year = await lockYear(tx, input.year);
    requireState(year, 'allocated', RECORD);
    const [balance] = await balances(tx, year.year, [county]);
    if (amount!.compare(balance!.remaining) > 0) {
      throw new InputError([
        {
          column: 'amount',
          code: 'beyond_transfer',
          message: {
            zh: `${amount!.toDecimal(2)} 元超出${county}本年度转移支付的剩余额度 ${balance!.remaining.toDecimal(2)} 元（已拨 ${balance!.transferred.toDecimal(2)} 元，已用 ${balance!.used.toDecimal(2)} 元）`,
            en: `${amount!.toDecimal(2)} yuan is beyond what remains of ${county}'s transfer for the year, ${balance!.remaining.toDecimal(2)} yuan (transferred ${balance!.transferred.toDecimal(2)}, used ${balance!.used.toDecimal(2)})`,
          },
        },
      ]);
    }
    const [row] = await tx
      .insert(waterUse)
      .values({
        year: year.year,
        county,
        category: input.category,
        amount: amount!.toDecimal(2),
        description,
        recordedBy: who.accountId,
        recordedByName: who.displayName,
        recordedAt: at,
      })
      .returning();
    const view = useView(row!);
    await logWater(tx, who, {
      action: 'use.record',
      entity: 'water_use',
      entityId: row!.id,
      after: view,
    });
    return view;
  });
}
