import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { EnterpriseFigures } from '../../../methods/hq-star-rating/enterprise.ts';
import { rateBatch } from '../../../methods/hq-star-rating/rate.ts';
import type { Top500List } from '../../../methods/hq-star-rating/parameters.ts';
import type { Database, Executor, Transaction } from '../../../store/database.ts';
import { hqApplication } from '../../../store/schema/hq-applications.ts';
import { hqBatch } from '../../../store/schema/hq-batches.ts';
import { hqRatingRun } from '../../../store/schema/hq-runs.ts';
import { hqVerificationItem } from '../../../store/schema/hq-verification.ts';
import type { Actor } from '../../actor.ts';
import { APPLICATION_MACHINE } from '../application-machine.ts';
import { BATCH_MACHINE } from '../batch-machine.ts';
import { WorkflowError } from '../errors.ts';
import { CREDIT_LISTED, inputFromFigures, runOutcome } from '../run-record.ts';
import { transition } from '../state-machine.ts';
import { itemAmount, type ItemKey } from '../verification-items.ts';
import { inTransaction, moment, type ServiceOptions } from './context.ts';
import { lockApplicationsIn, lockBatch, type ApplicationRow, type BatchRow } from './load.ts';
import { logApplicationStep, logBatchStep } from './record.ts';
import { runView, type RunView } from './run-view.ts';
import { parseInput } from './validation.ts';
import { batchSettings, batchView, type BatchView } from './views.ts';

const batchIdSchema = z.object({ batchId: z.uuid() }).strict();

/**
 * The bureau ends re-review and opens rating. Refused while any application still has an item
 * pending: D4's pool is the enterprises that passed re-review, and that is not known yet.
 * @example await startRating(db, bureau, { batchId })
 */
export async function startRating(
  db: Database,
  actor: Actor,
  input: { batchId: string },
  options?: ServiceOptions,
): Promise<BatchView> {
  const { batchId } = parseInput(batchIdSchema, input);
  const { at } = moment(options);
  return inTransaction(db, async (tx) => {
    const batch = await lockBatch(tx, batchId, 'update');
    const to = transition(BATCH_MACHINE, batch.state, 'start_rating', actor);
    const open = await lockApplicationsIn(tx, batchId, ['re_review']);
    if (open.length > 0) {
      throw new WorkflowError('conflict', 'verification_pending', {
        zh: `还有 ${open.length} 份申报的核实事项未完成，不能结束复审`,
        en: `${open.length} applications still have items to verify`,
      });
    }
    const [row] = await tx
      .update(hqBatch)
      .set({ state: to, updatedAt: at })
      .where(eq(hqBatch.id, batchId))
      .returning();
    await logBatchStep(tx, batchId, {
      actor,
      at,
      action: 'start_rating',
      fromState: batch.state,
      toState: to,
    });
    return batchView(row!, actor);
  });
}

/**
 * The figures of one application for `rateBatch`, from its verified or corrected items (D4, D5),
 * in the units of 88号 附件1: 亿元 for revenue and contribution, 万元 for R&D. An empty value is a
 * missing figure, which leaves the enterprise unscored with the reason (D5).
 */
function figuresOf(row: ApplicationRow, values: ReadonlyMap<ItemKey, string>): EnterpriseFigures {
  const amount = (key: 'revenue_2y' | 'contribution_2y' | 'rd_2y') => {
    const text = values.get(key) ?? '';
    return text === '' ? null : itemAmount(key, text);
  };
  const count = (key: ItemKey) => {
    const text = values.get(key) ?? '';
    return text === '' ? null : BigInt(text);
  };
  const top500 = values.get('top500') ?? '';
  return {
    uscc: row.uscc,
    name: row.name,
    county: row.county,
    amounts: {
      revenue_2y: amount('revenue_2y'),
      contribution_2y: amount('contribution_2y'),
      rd_2y: amount('rd_2y'),
    },
    pensionPayers: count('pension_payers'),
    taxFilers: count('tax_filers'),
    top500: top500 === '' ? [] : (top500.split(';') as Top500List[]),
    listings3y: Number(values.get('listings_3y') || '0'),
  };
}

async function itemValues(tx: Executor, ids: string[]): Promise<Map<string, Map<ItemKey, string>>> {
  const byApplication = new Map<string, Map<ItemKey, string>>();
  if (ids.length === 0) return byApplication;
  const items = await tx
    .select()
    .from(hqVerificationItem)
    .where(inArray(hqVerificationItem.applicationId, ids));
  for (const item of items) {
    if (item.state === 'pending') throw new Error(`item ${item.id} is still pending`);
    const values = byApplication.get(item.applicationId) ?? new Map<ItemKey, string>();
    values.set(item.key, item.correctedValue ?? item.declaredValue);
    byApplication.set(item.applicationId, values);
  }
  return byApplication;
}

/** The next version number of a batch's runs. */
async function nextVersion(tx: Transaction, batchId: string): Promise<number> {
  const [last] = await tx
    .select({ version: hqRatingRun.version })
    .from(hqRatingRun)
    .where(eq(hqRatingRun.batchId, batchId))
    .orderBy(desc(hqRatingRun.version))
    .limit(1);
  return (last?.version ?? 0) + 1;
}

/**
 * Rates the pool as it stands (R3-R10, D4): every application of the batch that passed re-review
 * and is not refused by the leading group, with its verified or corrected figures. The run is
 * stored whole and never changed; each run is a new version. Inside the caller's transaction,
 * with the batch locked; the caller moves the applications and writes the timelines.
 */
export async function rateThePool(tx: Transaction, batch: BatchRow, actor: Actor, at: Date) {
  const candidates = await lockApplicationsIn(tx, batch.id, ['verified', 'rated']);
  const values = await itemValues(
    tx,
    candidates.map((row) => row.id),
  );
  // On the serious-dishonesty list (the credit item, verified by development and reform): not
  // rated, and so in no minimum or maximum of the others (88号 五、3③).
  const listed = (row: ApplicationRow) => values.get(row.id)?.get('credit') === 'listed';
  const pool = candidates.filter((row) => !listed(row));
  const figures = pool.map((row) => figuresOf(row, values.get(row.id) ?? new Map()));
  const settings = batchSettings(batch);
  const rating = rateBatch(
    figures.map((f, index) => ({ ...f, row: index + 1 })),
    { date: batch.ratingDate, year: batch.year, settings },
  );
  const idOf = new Map(pool.map((row) => [row.uscc, row.id]));
  const outcome = runOutcome(rating, idOf);
  const { results } = outcome;
  const unscored = [
    ...outcome.unscored,
    ...candidates.filter(listed).map((row) => ({
      applicationId: row.id,
      uscc: row.uscc,
      name: row.name,
      county: row.county,
      reasons: [
        { code: CREDIT_LISTED.code, field: CREDIT_LISTED.field, message: CREDIT_LISTED.message },
      ],
    })),
  ];
  const version = await nextVersion(tx, batch.id);
  const [run] = await tx
    .insert(hqRatingRun)
    .values({
      batchId: batch.id,
      version,
      ratingDate: batch.ratingDate,
      batchYear: batch.year,
      parameterSource: rating.parameters.source,
      parametersEffectiveFrom: rating.parameters.effectiveFrom,
      settings,
      inputs: pool.map((row, index) => inputFromFigures(row.id, figures[index]!)),
      results,
      unscored,
      warnings: rating.warnings,
      synthetic: batch.synthetic,
      createdBy: actor.accountId,
      createdAt: at,
    })
    .returning();
  return { run: run!, pool: candidates, rating, settings };
}

/**
 * The bureau rates the batch (R3-R10): the pool is every application that passed re-review (D4),
 * with its verified or corrected figures. The run is stored whole and never changed; each run is
 * a new version. The applications in the pool become `rated`.
 * @example const run = await runRating(db, bureau, { batchId }); run.results[0].stars // 5
 */
export async function runRating(
  db: Database,
  actor: Actor,
  input: { batchId: string },
  options?: ServiceOptions,
): Promise<RunView> {
  const { batchId } = parseInput(batchIdSchema, input);
  const { at } = moment(options);
  return inTransaction(db, async (tx) => {
    const batch = await lockBatch(tx, batchId, 'update');
    transition(BATCH_MACHINE, batch.state, 'run', actor);
    const { run, pool, rating, settings } = await rateThePool(tx, batch, actor, at);
    const { results, unscored, version } = run;
    const toRate = pool.filter((row) => row.state === 'verified');
    if (toRate.length > 0) {
      await tx
        .update(hqApplication)
        .set({ state: 'rated', version: sql`${hqApplication.version} + 1`, updatedAt: at })
        .where(
          inArray(
            hqApplication.id,
            toRate.map((row) => row.id),
          ),
        );
    }
    for (const row of pool) {
      const to = transition(APPLICATION_MACHINE, row.state, 'rate', actor);
      const result = results.find((r) => r.applicationId === row.id);
      await logApplicationStep(tx, row.id, {
        actor,
        at,
        action: 'rate',
        fromState: row.state,
        toState: to,
        details: {
          runId: run.id,
          version,
          stars: result?.stars ?? null,
          rank: result?.rank ?? null,
        },
      });
    }
    await logBatchStep(tx, batchId, {
      actor,
      at,
      action: 'run',
      fromState: batch.state,
      toState: batch.state,
      details: { runId: run.id, version },
      before: null,
      after: {
        runId: run.id,
        version,
        parameterSource: rating.parameters.source,
        settings,
        scored: results.length,
        unscored: unscored.length,
        warnings: rating.warnings.map((w) => w.code),
      },
    });
    return runView(run);
  });
}

/**
 * The latest run of a batch, or null.
 * @example (await latestRun(db, batchId))?.version // 2
 */
export async function latestRun(db: Executor, batchId: string) {
  const [run] = await db
    .select()
    .from(hqRatingRun)
    .where(and(eq(hqRatingRun.batchId, batchId)))
    .orderBy(desc(hqRatingRun.version))
    .limit(1);
  return run ?? null;
}
