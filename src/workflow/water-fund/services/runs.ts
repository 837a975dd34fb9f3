import { and, asc, eq, max } from 'drizzle-orm';
import { z } from 'zod';
import { parseDocumentNumber } from '../../../engine/china/document-number.ts';
import { dec } from '../../../engine/exact/decimal.ts';
import { Exact } from '../../../engine/exact/exact.ts';
import { InputError } from '../../../engine/input-issue.ts';
import type { Lang } from '../../../engine/localized.ts';
import { explainReceiver } from '../../../methods/water-source-compensation/explain.ts';
import { FACTOR_LABELS } from '../../../methods/water-source-compensation/labels.ts';
import type { Database } from '../../../store/database.ts';
import {
  waterFigure,
  waterLedgerLine,
  waterRun,
  waterYear,
} from '../../../store/schema/water-fund.ts';
import type { Actor } from '../../actor.ts';
import { notFound, WorkflowError } from '../../hq-rating/errors.ts';
import { inTransaction, moment, type ServiceOptions } from '../../hq-rating/services/context.ts';
import { countyScope, requireOffice, requireWaterReader } from '../permissions.ts';
import type { RunAllocation, RunContribution } from '../run-record.ts';
import { lockYear, requireState, WATER_LABELS, type RunRow } from './load.ts';
import { logWater } from './record.ts';
import { allocateStored, runInputs } from './run-input.ts';
import { runView, type RunView } from './views.ts';

const RUN = { zh: '计算资金分配', en: 'run the allocation' };
const APPROVE = { zh: '审定资金分配', en: 'approve the allocation' };

/**
 * Runs the allocation of 28号 (W4-W7, WD1-WD3) on the year's stored figures (natural resources,
 * 28号 第十五条): refused with every missing figure named; a factor totalling zero (WD3) is refused
 * with the method's own message. Each run is a new version, kept as made.
 */
export async function runAllocation(
  db: Database,
  actor: Actor | null,
  input: { year: number },
  options?: ServiceOptions,
): Promise<RunView> {
  const who = requireOffice(actor, ['natural_resources'], RUN);
  const { at } = moment(options);
  return inTransaction(db, async (tx) => {
    const year = await lockYear(tx, input.year);
    requireState(year, 'collecting', RUN);
    const figures = await tx.select().from(waterFigure).where(eq(waterFigure.year, year.year));
    const inputs = runInputs(figures);
    const { allocation } = allocateStored(year.year, inputs, year.synthetic);
    const allocations: RunAllocation[] = allocation.allocations.map((entry) => ({
      county: entry.county,
      base: entry.base.rounded.amount.toDecimal(2),
      reward: entry.reward.rounded.amount.toDecimal(2),
      total: entry.total.toDecimal(2),
      score: entry.score.total.toDecimal(4),
      group: entry.reward.group,
      place: entry.reward.place,
      tie: entry.reward.tiedWith.length > 0,
    }));
    const contributions: RunContribution[] = allocation.contributions.counties.map((entry) => ({
      county: entry.county,
      amount: entry.amount.toDecimal(2),
      ...(entry.ofWhich.length > 0
        ? {
            ofWhich: entry.ofWhich.map((part) => ({
              name: part.name,
              amount: part.amount.toDecimal(2),
            })),
          }
        : {}),
    }));
    const [last] = await tx
      .select({ version: max(waterRun.version) })
      .from(waterRun)
      .where(eq(waterRun.year, year.year));
    const [row] = await tx
      .insert(waterRun)
      .values({
        year: year.year,
        version: (last?.version ?? 0) + 1,
        state: 'computed',
        figuresRevision: year.figuresRevision,
        parametersVersion: allocation.parameters.source,
        inputs,
        allocations,
        contributions,
        warnings: allocation.warnings,
        synthetic: year.synthetic,
        ranBy: who.accountId,
        ranByName: who.displayName,
        ranAt: at,
      })
      .returning();
    const view = runView(row!);
    await logWater(tx, who, {
      action: 'run.compute',
      entity: 'water_run',
      entityId: row!.id,
      after: { year: view.year, version: view.version, allocations },
    });
    return view;
  });
}

/** A county sees only the approved run; the offices and admin every run. */
function mayRead(actor: Actor, run: RunRow): boolean {
  return countyScope(actor) === undefined || run.state === 'approved';
}

/** The year's runs, oldest first. */
export async function listRuns(
  db: Database,
  actor: Actor | null,
  input: { year: number },
): Promise<RunView[]> {
  const who = requireWaterReader(actor, { zh: '查看分配计算', en: 'read allocation runs' });
  const rows = await db
    .select()
    .from(waterRun)
    .where(eq(waterRun.year, input.year))
    .orderBy(asc(waterRun.version));
  return rows.filter((row) => mayRead(who, row)).map(runView);
}

async function loadRun(db: Database, actor: Actor, runId: string): Promise<RunRow> {
  const [row] = await db.select().from(waterRun).where(eq(waterRun.id, runId));
  if (!row || !mayRead(actor, row)) throw notFound(WATER_LABELS.run, runId);
  return row;
}

/**
 * One run with, per receiver, the method's explanation (explain.ts): each factor's figure, total,
 * share, weight and amount; the scores, group and place; every step with its rule and article.
 * The stored inputs go through the method again and must give the stored amounts.
 */
export async function getRun(
  db: Database,
  actor: Actor | null,
  input: { runId: string; lang?: Lang },
) {
  const who = requireWaterReader(actor, { zh: '查看分配计算', en: 'read an allocation run' });
  const row = await loadRun(db, who, input.runId);
  const { allocation } = allocateStored(row.year, row.inputs as never, row.synthetic);
  const explanations = allocation.allocations.map((entry) => {
    const stored = row.allocations.find((a) => a.county === entry.county);
    if (stored?.total !== entry.total.toDecimal(2))
      throw new Error(`run ${row.id}: ${entry.county} no longer comes out as stored`);
    const explanation = explainReceiver(allocation, entry.county, {
      synthetic: row.synthetic,
      lang: input.lang ?? 'zh',
    })!;
    return {
      county: entry.county,
      factors: entry.base.parts.map((part) => ({
        factor: part.factor.key,
        label: FACTOR_LABELS[part.factor.key],
        figure: plain(part.figure),
        total: plain(part.total),
        share: part.share.toDecimal(6),
        weight: part.factor.weight.toDecimal(0),
        amount: part.amount.toDecimal(2),
      })),
      scores: {
        water_quality: entry.score.items.water_quality.toDecimal(4),
        green_development: entry.score.items.green_development.toDecimal(4),
        management: entry.score.items.management.toDecimal(4),
        performance: entry.score.items.performance.toDecimal(4),
        total: entry.score.total.toDecimal(4),
      },
      group: entry.reward.group,
      place: entry.reward.place,
      tiedWith: [...entry.reward.tiedWith],
      explanation,
    };
  });
  return { ...runView(row), explanations };
}

/** A reported figure written out: it came from decimal text, so it terminates. */
function plain(value: Exact): string {
  for (let places = 0; places <= 12; places += 1) {
    const text = value.toDecimal(places);
    if (Exact.of(BigInt(text.replace('.', '')), 10n ** BigInt(places)).equals(value)) return text;
  }
  return value.toFraction();
}

const approveSchema = z.object({
  runId: z.uuid(),
  note: z.string().max(2000).default(''),
  /** 发文字号 of the allocation notice; blank or left out: the notice is a draft. */
  documentNumber: z.string().max(60).default(''),
});

/** The 发文字号 as written the standard way, null when blank; refused when not one. */
function noticeNumber(text: string): string | null {
  if (text.trim() === '') return null;
  const result = parseDocumentNumber(text);
  if (!result.ok) {
    throw new InputError([
      { column: 'documentNumber', code: 'document_number', message: result.message },
    ]);
  }
  return result.value;
}

/**
 * Approves a run (natural resources, with finance's transfer to follow, 28号 第十五条): the year
 * becomes allocated and one transfer line per receiver (base + reward) is due. Only a run of the
 * year's current figures; the transfers must add up exactly to the fund's 170,000,000.00 and
 * never exceed it.
 */
export async function approveRun(
  db: Database,
  actor: Actor | null,
  input: z.input<typeof approveSchema>,
  options?: ServiceOptions,
): Promise<RunView> {
  const who = requireOffice(actor, ['natural_resources'], APPROVE);
  const { runId, note, documentNumber: typed } = approveSchema.parse(input);
  const documentNumber = noticeNumber(typed);
  const { at } = moment(options);
  return inTransaction(db, async (tx) => {
    const [peek] = await tx.select().from(waterRun).where(eq(waterRun.id, runId));
    if (!peek) throw notFound(WATER_LABELS.run, runId);
    const year = await lockYear(tx, peek.year);
    requireState(year, 'collecting', APPROVE);
    if (peek.figuresRevision !== year.figuresRevision) {
      throw new WorkflowError('conflict', 'run_outdated', {
        zh: `第 ${peek.version} 次计算之后数据已有变动，请重新计算后再审定`,
        en: `figures changed after run ${peek.version}: run the allocation again and approve that run`,
      });
    }
    const fund = fundOf(peek);
    const transfers = peek.allocations.map((entry) => ({
      county: entry.county,
      amount: dec(entry.base).plus(dec(entry.reward)),
    }));
    const sum = transfers.reduce((total, line) => total.plus(line.amount), Exact.ZERO);
    // Transfers never exceed the fund, and the approved run places all of it (W4, WD1).
    if (!sum.equals(fund)) {
      throw new WorkflowError('conflict', 'transfers_exceed_fund', {
        zh: `转移支付合计 ${sum.toDecimal(2)} 元与资金总额 ${fund.toDecimal(2)} 元不符`,
        en: `the transfers add up to ${sum.toDecimal(2)} yuan, not the fund's ${fund.toDecimal(2)} yuan`,
      });
    }
    const [row] = await tx
      .update(waterRun)
      .set({
        state: 'approved',
        approvedBy: who.accountId,
        approvedByName: who.displayName,
        approvedAt: at,
        noticeDocumentNumber: documentNumber,
        note: note === '' ? null : note,
      })
      .where(and(eq(waterRun.id, runId), eq(waterRun.state, 'computed')))
      .returning();
    await tx
      .update(waterYear)
      .set({ state: 'allocated', approvedRunId: runId })
      .where(eq(waterYear.year, year.year));
    await tx.insert(waterLedgerLine).values(
      transfers.map((line, index) => ({
        year: year.year,
        kind: 'transfer' as const,
        county: line.county,
        amount: line.amount.toDecimal(2),
        state: 'due' as const,
        runId,
        position: 100 + index,
        createdAt: at,
      })),
    );
    const view = runView(row!);
    await logWater(tx, who, {
      action: 'run.approve',
      entity: 'water_run',
      entityId: runId,
      before: { state: 'computed', yearState: 'collecting' },
      after: {
        state: 'approved',
        yearState: 'allocated',
        documentNumber,
        transfers: transfers.map((line) => ({
          county: line.county,
          amount: line.amount.toDecimal(2),
        })),
      },
      note: note === '' ? null : note,
    });
    return view;
  });
}

/** W4: the fund a run allocates, base 140,000,000 plus reward 30,000,000. */
function fundOf(run: RunRow): Exact {
  const { allocation } = allocateStored(run.year, run.inputs as never, run.synthetic);
  return allocation.parameters.base.amount.plus(allocation.parameters.reward.amount);
}
