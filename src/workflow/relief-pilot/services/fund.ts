import { and, eq, sql } from 'drizzle-orm';
import { dateIssue } from '../../../engine/calendar/plain-date.ts';
import { Exact } from '../../../engine/exact/exact.ts';
import { InputError, type InputIssue } from '../../../engine/input-issue.ts';
import { reliefParameters, yearIssue } from '../../../methods/medical-relief/parameters.ts';
import type { Database, Executor } from '../../../store/database.ts';
import { reliefFundReceipt, reliefPayment } from '../../../store/schema/relief-pilot.ts';
import type { Actor } from '../../actor.ts';
import { inTransaction, moment, type ServiceOptions } from '../../hq-rating/services/context.ts';
import { fromColumn, money, yuanOf } from '../money.ts';
import { requireOffice } from '../permissions.ts';
import { audit, lockFund } from '../record.ts';

export interface FundCounty {
  county: string;
  cityAllocation: string;
  localMatch: string;
  funded: string;
  paid: string;
  balance: string;
}

export interface FundView {
  year: number;
  cityLimit: string;
  counties: FundCounty[];
  totals: Omit<FundCounty, 'county'>;
}

/** A county's fund in exact amounts. */
export interface FundFigures {
  county: string;
  city: Exact;
  local: Exact;
  funded: Exact;
  paid: Exact;
  balance: Exact;
}

/**
 * The fund of each pilot county for a year (M2, M4): the city's allocation, the local match
 * received, what counts of it (at most 1:1 with the city's allocation, 90号 三(五)), what was
 * paid and the balance, exact.
 */
export async function fundFigures(executor: Executor, year: number): Promise<FundFigures[]> {
  const parameters = reliefParameters(year);
  const receipts = await executor
    .select({
      county: reliefFundReceipt.county,
      source: reliefFundReceipt.source,
      amount: sql<string>`sum(${reliefFundReceipt.amount})::text`,
    })
    .from(reliefFundReceipt)
    .where(eq(reliefFundReceipt.year, year))
    .groupBy(reliefFundReceipt.county, reliefFundReceipt.source);
  const payments = await executor
    .select({
      county: reliefPayment.county,
      amount: sql<string>`sum(${reliefPayment.amount})::text`,
    })
    .from(reliefPayment)
    .where(eq(reliefPayment.year, year))
    .groupBy(reliefPayment.county);
  const amountOf = (county: string, source: string) => {
    const row = receipts.find((entry) => entry.county === county && entry.source === source);
    return row ? fromColumn(row.amount) : Exact.ZERO;
  };
  return parameters.pilot.counties.map((county) => {
    const city = amountOf(county, 'city');
    const local = amountOf(county, 'local_match');
    const funded = city.plus(Exact.min(local, city.times(parameters.funding.localMatchRatio)));
    const row = payments.find((entry) => entry.county === county);
    const paid = row ? fromColumn(row.amount) : Exact.ZERO;
    return { county, city, local, funded, paid, balance: funded.minus(paid) };
  });
}

/** The fund of the year (any relief office). */
export async function getFund(
  db: Database,
  actor: Actor | null,
  input: { year: number },
): Promise<FundView> {
  requireOffice(actor, ['medical_insurance', 'civil_affairs', 'charity_federation'], {
    zh: '查看共富基金',
    en: 'read the fund',
  });
  checkYear(input.year);
  return inTransaction(db, async (tx) => {
    const figures = await fundFigures(tx, input.year);
    await audit(tx, actor, {
      action: 'relief.fund.view',
      entity: 'relief_fund',
      entityId: String(input.year),
    });
    return fundView(input.year, figures);
  });
}

/**
 * Records money received by a pilot county's fund (charity federation, M4). The city's receipts
 * of a year over every county may not pass the city's yearly fund (20,000,000.00, parameters).
 */
export async function recordReceipt(
  db: Database,
  actor: Actor | null,
  input: {
    year: number;
    county: string;
    source: 'city' | 'local_match';
    amount: string;
    receivedOn: string;
    reference: string;
  },
  options?: ServiceOptions,
) {
  const view = requireOffice(actor, ['charity_federation'], {
    zh: '登记基金到账',
    en: 'record fund receipts',
  });
  checkYear(input.year);
  const now = moment(options);
  const parameters = reliefParameters(input.year);
  const issues: InputIssue[] = [];
  const amount = yuanOf(input.amount, 'amount', { zh: '金额', en: 'amount' }, issues);
  if (amount?.isZero()) {
    issues.push({
      column: 'amount',
      code: 'positive',
      message: { zh: '金额：应大于 0', en: 'amount: must be above 0' },
    });
  }
  if (!parameters.pilot.counties.includes(input.county as never)) {
    issues.push({
      column: 'county',
      code: 'not_pilot',
      message: {
        zh: `县（市、区）：“${input.county}”不在试点范围（${parameters.pilot.counties.join('、')}）内，市级共富基金专用于试点地区（M2、M4）`,
        en: `county: "${input.county}" is outside the pilot area (${parameters.pilot.counties.join(', ')}); the fund is for the pilot counties only (M2, M4)`,
      },
    });
  }
  if (input.source !== 'city' && input.source !== 'local_match') {
    issues.push({
      column: 'source',
      code: 'source',
      message: { zh: '来源：应为 city 或 local_match', en: 'source: must be city or local_match' },
    });
  }
  const date = dateIssue(input.receivedOn);
  if (date) issues.push({ ...date, column: 'receivedOn' });
  else if (input.receivedOn > now.today) {
    issues.push({
      column: 'receivedOn',
      code: 'future_date',
      message: {
        zh: `到账日期：不能晚于今天（${now.today}）`,
        en: `receivedOn: cannot be after today (${now.today})`,
      },
    });
  }
  if (input.reference.trim() === '') {
    issues.push({
      column: 'reference',
      code: 'required',
      message: { zh: '凭证号：必须填写', en: 'reference: required' },
    });
  }
  if (issues.length > 0 || !amount) throw new InputError(issues);
  return inTransaction(db, async (tx) => {
    await lockFund(tx);
    if (input.source === 'city') {
      const [row] = await tx
        .select({ total: sql<string | null>`sum(${reliefFundReceipt.amount})::text` })
        .from(reliefFundReceipt)
        .where(and(eq(reliefFundReceipt.year, input.year), eq(reliefFundReceipt.source, 'city')));
      const sofar = row?.total ? fromColumn(row.total) : Exact.ZERO;
      const limit = parameters.funding.cityPerYear;
      if (sofar.plus(amount).compare(limit) > 0) {
        throw new InputError([
          {
            column: 'amount',
            code: 'city_fund_exceeded',
            message: {
              zh: `金额：市级共富基金每年 ${money(limit)} 元（M4，90号 三(五)），${input.year} 年度已到账 ${money(sofar)} 元，本次最多可登记 ${money(limit.minus(sofar))} 元，收到 ${money(amount)} 元`,
              en: `amount: the city fund is ${money(limit)} yuan a year (M4, 90号 三(五)); ${money(sofar)} yuan of ${input.year} is recorded, so at most ${money(limit.minus(sofar))} yuan more; got ${money(amount)}`,
            },
          },
        ]);
      }
    }
    const [stored] = await tx
      .insert(reliefFundReceipt)
      .values({
        year: input.year,
        county: input.county,
        source: input.source,
        amount: money(amount),
        receivedOn: input.receivedOn,
        reference: input.reference.trim(),
        recordedBy: view.actor.accountId,
        recordedAt: now.at,
      })
      .returning();
    await audit(tx, actor, {
      action: 'relief.fund.receipt',
      entity: 'relief_fund_receipt',
      entityId: stored!.id,
      after: {
        year: input.year,
        county: input.county,
        source: input.source,
        amount: money(amount),
        reference: stored!.reference,
      },
    });
    return {
      id: stored!.id,
      year: stored!.year,
      county: stored!.county,
      source: stored!.source,
      amount: money(fromColumn(stored!.amount)),
      receivedOn: stored!.receivedOn,
      reference: stored!.reference,
    };
  });
}

/** The fund as the API writes it, with the totals. */
export function fundView(year: number, figures: readonly FundFigures[]): FundView {
  const total = (pick: (entry: FundFigures) => Exact) =>
    money(figures.reduce((acc, entry) => acc.plus(pick(entry)), Exact.ZERO));
  return {
    year,
    cityLimit: money(reliefParameters(year).funding.cityPerYear),
    counties: figures.map((entry) => ({
      county: entry.county,
      cityAllocation: money(entry.city),
      localMatch: money(entry.local),
      funded: money(entry.funded),
      paid: money(entry.paid),
      balance: money(entry.balance),
    })),
    totals: {
      cityAllocation: total((entry) => entry.city),
      localMatch: total((entry) => entry.local),
      funded: total((entry) => entry.funded),
      paid: total((entry) => entry.paid),
      balance: total((entry) => entry.balance),
    },
  };
}

/** Refuses a year the method does not cover (M2: from 2024). */
export function checkYear(year: number): void {
  const problem = yearIssue(year);
  if (problem) throw new InputError([{ column: 'year', ...problem }]);
}
