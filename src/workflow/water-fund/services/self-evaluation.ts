import { and, asc, eq } from 'drizzle-orm';
import { parseDecimal } from '../../../engine/exact/decimal.ts';
import { InputError, type InputIssue } from '../../../engine/input-issue.ts';
import { RECEIVERS } from '../../../methods/water-source-compensation/parameters.ts';
import type { Database } from '../../../store/database.ts';
import { waterSelfEvaluation } from '../../../store/schema/water-fund.ts';
import type { Actor } from '../../actor.ts';
import { inTransaction, moment, type ServiceOptions } from '../../hq-rating/services/context.ts';
import { requireOffice, requireReceiver } from '../permissions.ts';
import { lockYear, readYear, requireState, type YearRow } from './load.ts';
import { logWater } from './record.ts';

type Row = typeof waterSelfEvaluation.$inferSelect;

function view(year: YearRow, county: string, row: Row | undefined, today: string) {
  return {
    year: year.year,
    county,
    summary: row?.summary ?? null,
    score: row ? trimScore(row.score) : null,
    submittedAt: row?.submittedAt.toISOString() ?? null,
    dueOn: year.selfEvaluationDueOn,
    late: row ? row.late : today > year.selfEvaluationDueOn,
  };
}
export type SelfEvaluationView = ReturnType<typeof view>;

/** `92.5000` as stored → `92.5`. */
const trimScore = (text: string) => text.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');

const EVALUATE = { zh: '报送绩效自评', en: 'submit the self-evaluation' };

/** W9 (28号 第十四条): a receiver's own self-evaluation of the year. */
export async function getSelfEvaluation(
  db: Database,
  actor: Actor | null,
  input: { year: number },
  options?: ServiceOptions,
): Promise<SelfEvaluationView> {
  const county = requireReceiver(actor, { zh: '查看绩效自评', en: 'read the self-evaluation' });
  const year = await readYear(db, input.year);
  const [row] = await db
    .select()
    .from(waterSelfEvaluation)
    .where(and(eq(waterSelfEvaluation.year, input.year), eq(waterSelfEvaluation.county, county)));
  return view(year, county, row, moment(options).today);
}

/**
 * Submits or replaces the self-evaluation (W9, 28号 第十四条: reported to the city finance bureau
 * by the end of March of the next year), once the year is allocated. A submission after the due
 * date is taken and marked late.
 */
export async function submitSelfEvaluation(
  db: Database,
  actor: Actor | null,
  input: { year: number; summary: string; score: string },
  options?: ServiceOptions,
): Promise<SelfEvaluationView> {
  const county = requireReceiver(actor, EVALUATE);
  const issues: InputIssue[] = [];
  const summary = input.summary.trim();
  if (summary === '')
    issues.push({
      column: 'summary',
      code: 'required',
      message: { zh: '必须填写', en: 'required' },
    });
  const text = input.score.trim();
  const score = /^\d+(\.\d{1,4})?$/.test(text) ? parseDecimal(text) : null;
  if (!score || score.compare(parseDecimal('100')!) > 0) {
    issues.push({
      column: 'score',
      code: 'not_a_score',
      message: {
        zh: `“${input.score}”不是有效自评分：应为 0 至 100 的数字，最多四位小数`,
        en: `"${input.score}" is not a score: a number from 0 to 100 with at most four decimals`,
      },
    });
  }
  if (issues.length > 0) throw new InputError(issues);
  const { at, today } = moment(options);
  return inTransaction(db, async (tx) => {
    const year = await lockYear(tx, input.year);
    requireState(year, 'allocated', EVALUATE);
    const [before] = await tx
      .select()
      .from(waterSelfEvaluation)
      .where(and(eq(waterSelfEvaluation.year, year.year), eq(waterSelfEvaluation.county, county)));
    const values = {
      summary,
      score: score!.toDecimal(4),
      submittedBy: actor!.accountId,
      submittedAt: at,
      late: today > year.selfEvaluationDueOn,
    };
    const [row] = await tx
      .insert(waterSelfEvaluation)
      .values({ year: year.year, county, ...values })
      .onConflictDoUpdate({
        target: [waterSelfEvaluation.year, waterSelfEvaluation.county],
        set: values,
      })
      .returning();
    const result = view(year, county, row, today);
    await logWater(tx, actor!, {
      action: 'self_evaluation.submit',
      entity: 'water_self_evaluation',
      entityId: `${year.year}/${county}`,
      before: before ? view(year, county, before, today) : null,
      after: result,
      note: values.late ? `late: after ${year.selfEvaluationDueOn}` : null,
    });
    return result;
  });
}

/** W9: every receiver's self-evaluation, for the finance bureau (and natural resources, admin). */
export async function listSelfEvaluations(
  db: Database,
  actor: Actor | null,
  input: { year: number },
  options?: ServiceOptions,
): Promise<SelfEvaluationView[]> {
  if (actor?.role !== 'admin')
    requireOffice(actor, ['finance', 'natural_resources'], {
      zh: '查看各地绩效自评',
      en: 'read the self-evaluations',
    });
  const year = await readYear(db, input.year);
  const rows = await db
    .select()
    .from(waterSelfEvaluation)
    .where(eq(waterSelfEvaluation.year, input.year))
    .orderBy(asc(waterSelfEvaluation.county));
  const today = moment(options).today;
  return RECEIVERS.map((county) =>
    view(
      year,
      county,
      rows.find((row) => row.county === county),
      today,
    ),
  );
}
