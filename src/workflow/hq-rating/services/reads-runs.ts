import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Explanation } from '../../../engine/explanation.ts';
import type { Localized } from '../../../engine/localized.ts';
import { explainEnterprise } from '../../../methods/hq-star-rating/explain.ts';
import { rateBatch } from '../../../methods/hq-star-rating/rate.ts';
import type { Database } from '../../../store/database.ts';
import { hqDecision, hqRatingRun } from '../../../store/schema/hq-runs.ts';
import type { Actor } from '../../actor.ts';
import { PUBLIC_BATCH_STATES } from '../batch-machine.ts';
import { notFound, RECORD_LABELS, WorkflowError } from '../errors.ts';
import { assertMayExplain, assertMayReadRuns } from '../permissions.ts';
import {
  CREDIT_LISTED,
  figuresFromInput,
  type RunResult,
  type RunUnscored,
} from '../run-record.ts';
import { readBatch } from './load.ts';
import { runView, type RunRow, type RunView } from './run-view.ts';
import { parseInput, usccField } from './validation.ts';

async function readRun(db: Database, runId: string): Promise<RunRow> {
  const [run] = await db.select().from(hqRatingRun).where(eq(hqRatingRun.id, runId));
  if (!run) throw notFound(RECORD_LABELS.run, runId);
  return run;
}

/**
 * A batch's runs, oldest first, with the approval decisions on each (city roles only).
 * @example (await listRuns(db, bureau, { batchId })).map((r) => r.version) // [1, 2]
 */
export async function listRuns(db: Database, actor: Actor, input: { batchId: string }) {
  const { batchId } = parseInput(z.object({ batchId: z.uuid() }).strict(), input);
  assertMayReadRuns(actor);
  await readBatch(db, batchId);
  const runs = await db
    .select()
    .from(hqRatingRun)
    .where(eq(hqRatingRun.batchId, batchId))
    .orderBy(asc(hqRatingRun.version));
  const decisions = await db
    .select()
    .from(hqDecision)
    .where(eq(hqDecision.batchId, batchId))
    .orderBy(asc(hqDecision.decidedAt));
  return runs.map((run) => ({
    ...runView(run),
    decisions: decisions
      .filter((d) => d.runId === run.id)
      .map((d) => ({
        kind: d.kind,
        applicationId: d.applicationId,
        reason: d.reason,
        decidedBy: d.decidedBy,
        decidedRole: d.decidedRole,
        decidedAt: d.decidedAt.toISOString(),
      })),
  }));
}

/**
 * One run whole, for the bureau and the leading group (who read it with its warnings before
 * approving, 88号 三、4).
 * @example (await getRun(db, leadingGroup, { runId })).warnings
 */
export async function getRun(
  db: Database,
  actor: Actor,
  input: { runId: string },
): Promise<RunView> {
  const { runId } = parseInput(z.object({ runId: z.uuid() }).strict(), input);
  assertMayReadRuns(actor);
  return runView(await readRun(db, runId));
}

/** Where one enterprise stands in a run. */
export interface Standing {
  rank: number;
  stars: number;
  totalFixed: string;
}

export interface RunMove {
  applicationId: string;
  uscc: string;
  name: string;
  before: Standing | null;
  after: Standing | null;
  change: 'entered' | 'left' | 'stars_changed' | 'rank_changed' | 'total_changed';
}

const standing = (result: RunResult | undefined): Standing | null =>
  result ? { rank: result.rank, stars: result.stars, totalFixed: result.totalFixed } : null;

/**
 * Who moved between two runs of a batch: entered or left the scored list, changed stars, rank
 * or total. Unchanged enterprises are left out.
 * @example (await diffRuns(db, bureau, { fromRunId, toRunId })).moves.filter((m) => m.change === 'stars_changed')
 */
export async function diffRuns(
  db: Database,
  actor: Actor,
  input: { fromRunId: string; toRunId: string },
): Promise<{ from: number; to: number; moves: RunMove[]; unchanged: number }> {
  const { fromRunId, toRunId } = parseInput(
    z.object({ fromRunId: z.uuid(), toRunId: z.uuid() }).strict(),
    input,
  );
  assertMayReadRuns(actor);
  const [from, to] = await Promise.all([readRun(db, fromRunId), readRun(db, toRunId)]);
  if (from.batchId !== to.batchId) {
    throw new WorkflowError('conflict', 'runs_of_different_batches', {
      zh: '只能比较同一批次的两次计算',
      en: 'only two runs of the same batch can be compared',
    });
  }
  const before = new Map(from.results.map((r) => [r.applicationId, r]));
  const after = new Map(to.results.map((r) => [r.applicationId, r]));
  const names = new Map([...from.inputs, ...to.inputs].map((i) => [i.applicationId, i]));
  const moves: RunMove[] = [];
  let unchanged = 0;
  for (const [id, input] of names) {
    const a = before.get(id);
    const b = after.get(id);
    const change: RunMove['change'] | null =
      !a && !b
        ? null
        : !a
          ? 'entered'
          : !b
            ? 'left'
            : a.stars !== b.stars
              ? 'stars_changed'
              : a.rank !== b.rank
                ? 'rank_changed'
                : a.total !== b.total
                  ? 'total_changed'
                  : null;
    if (change === null) unchanged += 1;
    else
      moves.push({
        applicationId: id,
        uscc: input.uscc,
        name: input.name,
        before: standing(a),
        after: standing(b),
        change,
      });
  }
  moves.sort((x, y) => (x.after?.rank ?? Infinity) - (y.after?.rank ?? Infinity));
  return { from: from.version, to: to.version, moves, unchanged };
}

const SYNTHETIC_NOTICE = {
  zh: '演示数据：企业名称取自公开名单，各项数值均为虚构',
  en: 'Synthetic demo data (演示数据): names from public lists, every figure invented',
};

/**
 * How one enterprise's result in a stored run was reached: the run's own inputs, settings and
 * rating date go through `explainEnterprise` again, and the total must come out as stored. An
 * unscored enterprise gets its D5 reasons. City roles read any run; an enterprise its own
 * published result.
 * @example (await explainResult(db, enterprise, { runId, uscc })).steps.at(-1)?.result // '★★★★★'
 */
export async function explainResult(
  db: Database,
  actor: Actor | null,
  input: { runId: string; uscc: string },
): Promise<Explanation> {
  const { runId, uscc } = parseInput(
    z.object({ runId: z.uuid(), uscc: usccField }).strict(),
    input,
  );
  const run = await readRun(db, runId);
  const batch = await readBatch(db, run.batchId);
  const published = batch.publishedRunId === run.id && PUBLIC_BATCH_STATES.includes(batch.state);
  assertMayExplain(actor, { uscc, published, runId });
  const notice = run.synthetic ? { notice: SYNTHETIC_NOTICE } : {};
  const unscored = run.unscored.find((entry) => entry.uscc === uscc);
  // Not in the pool at all (on the serious-dishonesty list): its reasons are the whole answer.
  const position = run.inputs.findIndex((entry) => entry.uscc === uscc);
  if (position < 0 && unscored) return unscoredExplanation(run.parameterSource, unscored, notice);
  if (position < 0) throw notFound(RECORD_LABELS.run, `${runId}/${uscc}`);
  const rating = rateBatch(
    run.inputs.map((entry, index) => figuresFromInput(entry, index + 1)),
    { date: run.ratingDate, year: run.batchYear, settings: run.settings },
  );
  if (rating.parameters.source !== run.parameterSource) {
    throw new Error(
      `run ${run.id} used ${run.parameterSource}, the code now gives ${rating.parameters.source}`,
    );
  }
  const explanation = explainEnterprise(rating, uscc);
  if (explanation) {
    const stored = run.results.find((r) => r.uscc === uscc);
    const again = rating.results.find((r) => r.enterprise.uscc === uscc)!;
    if (!stored || stored.total !== again.total.toFraction()) {
      throw new Error(`run ${run.id}: the total of ${uscc} does not come out as stored`);
    }
    return { ...explanation, ...notice };
  }
  return unscoredExplanation(run.parameterSource, unscored!, notice);
}

/** Why an enterprise has no score: each reason with its rule (D5, or 88号 五、3③ for credit). */
function unscoredExplanation(
  parameters: string,
  unscored: RunUnscored,
  notice: { notice?: Localized },
): Explanation {
  return {
    method: 'hq-star-rating',
    subject: { id: unscored.uscc, name: unscored.name },
    parameters,
    steps: unscored.reasons.map((reason) => ({
      key: `unscored_${reason.field}`,
      title: { zh: '未计分', en: 'Not scored' },
      citation:
        reason.code === CREDIT_LISTED.code
          ? CREDIT_LISTED.citation
          : { rule: 'D5', article: '88号 附件1' },
      result: reason.code,
      note: reason.message,
    })),
    ...notice,
  };
}
