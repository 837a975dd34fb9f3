import { asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { Exact } from '../../../engine/exact/exact.ts';
import { InputError } from '../../../engine/input-issue.ts';
import {
  COVERED_YEARS,
  fundParameters,
  RECEIVERS,
} from '../../../methods/water-source-compensation/parameters.ts';
import { yearContributions } from '../../../methods/water-source-compensation/contributions.ts';
import type { Database } from '../../../store/database.ts';
import { waterFigure, waterLedgerLine, waterYear } from '../../../store/schema/water-fund.ts';
import type { Actor } from '../../actor.ts';
import { WorkflowError } from '../../hq-rating/errors.ts';
import { inTransaction, moment, type ServiceOptions } from '../../hq-rating/services/context.ts';
import { FIELD_SPECS, FIGURE_FIELDS, fieldsOfOffice } from '../fields.ts';
import { requireOffice, requireWaterReader } from '../permissions.ts';
import { dueOn } from '../year-machine.ts';
import { readYear } from './load.ts';
import { logWater } from './record.ts';
import { yearSummary, type YearSummary } from './views.ts';

const openSchema = z.object({ year: z.number().int(), synthetic: z.boolean().optional() }).strict();

/**
 * Opens a fund year (finance, W2 28号 第七条): the year collects figures, and the ledger gets one
 * contribution line per paying jurisdiction (龙湾区's includes 温州湾新区, WD4) and the city's
 * 100,000,000, all due. Figures and the self-evaluation are due by 31 March of the next year
 * (W7, W9).
 * @throws InputError for a year 28号 does not cover; WorkflowError 409 when already open.
 */
export async function openYear(
  db: Database,
  actor: Actor | null,
  input: z.input<typeof openSchema>,
  options?: ServiceOptions,
): Promise<YearSummary> {
  const who = requireOffice(actor, ['finance'], { zh: '开启资金年度', en: 'open a fund year' });
  const { year, synthetic = false } = openSchema.parse(input);
  const parameters = fundParameters(year);
  if (!parameters) {
    const spans = COVERED_YEARS.map((span) => `${span.from}–${span.to}`).join(', ');
    throw new InputError([
      {
        column: 'year',
        code: 'year_not_covered',
        message: {
          zh: `年度：28号 第七条 只规定了 ${spans} 年的资金，不能开启 ${year} 年度`,
          en: `year: 28号 第七条 sets the fund for ${spans} only, not for ${year}`,
        },
      },
    ]);
  }
  const { at } = moment(options);
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .insert(waterYear)
      .values({
        year,
        state: 'collecting',
        figuresDueOn: dueOn(year),
        selfEvaluationDueOn: dueOn(year),
        parametersVersion: parameters.source,
        synthetic,
        openedBy: who.accountId,
        openedAt: at,
      })
      .onConflictDoNothing()
      .returning();
    // Opened once, also when two requests race (the year is the key).
    if (!row) {
      throw new WorkflowError('conflict', 'year_exists', {
        zh: `${year} 年度已经开启`,
        en: `the ${year} fund year is already open`,
      });
    }
    const contributions = yearContributions(parameters);
    const lines = [
      ...contributions.counties.map((entry) => ({
        kind: 'contribution' as const,
        county: entry.county as string,
        amount: entry.amount,
      })),
      { kind: 'city_share' as const, county: null, amount: contributions.city.amount },
    ];
    const sum = lines.reduce((total, line) => total.plus(line.amount), Exact.ZERO);
    if (!sum.equals(contributions.fund)) throw new Error('W2: the lines do not add up to the fund');
    await tx.insert(waterLedgerLine).values(
      lines.map((line, position) => ({
        year,
        kind: line.kind,
        county: line.county,
        amount: line.amount.toDecimal(2),
        state: 'due' as const,
        position,
        createdAt: at,
      })),
    );
    const view = yearSummary(row);
    await logWater(tx, who, {
      action: 'year.open',
      entity: 'water_year',
      entityId: String(year),
      after: { ...view, fund: contributions.fund.toDecimal(2) },
    });
    return view;
  });
}

/** Every fund year, newest first (GET /api/water/years). */
export async function listYears(db: Database, actor: Actor | null): Promise<YearSummary[]> {
  requireWaterReader(actor, { zh: '查看资金年度', en: 'read fund years' });
  const rows = await db.select().from(waterYear).orderBy(desc(waterYear.year));
  return rows.map(yearSummary);
}

/**
 * A year with every receiver's figures (W5, W7), who entered each, what the actor may edit and
 * whether the figures are late (W7: due by the end of March of the next year).
 */
export async function getYear(
  db: Database,
  actor: Actor | null,
  input: { year: number },
  options?: ServiceOptions,
) {
  const who = requireWaterReader(actor, { zh: '查看资金年度', en: 'read a fund year' });
  const row = await readYear(db, input.year);
  const { today } = moment(options);
  const stored = await db
    .select()
    .from(waterFigure)
    .where(eq(waterFigure.year, input.year))
    .orderBy(asc(waterFigure.county));
  const byKey = new Map(stored.map((figure) => [`${figure.county}|${figure.field}`, figure]));
  const figures = RECEIVERS.flatMap((county) =>
    FIGURE_FIELDS.map((field) => {
      const found = byKey.get(`${county}|${field}`);
      const spec = FIELD_SPECS.find((entry) => entry.field === field)!;
      return {
        county,
        field,
        value: found?.value ?? null,
        office: spec.office,
        enteredBy: found?.enteredByName ?? null,
        enteredAt: found?.enteredAt.toISOString() ?? null,
        source: found?.source ?? null,
        late: found?.late ?? false,
      };
    }),
  );
  const collecting = row.state === 'collecting';
  const editableFields =
    collecting && who.role === 'water_office' ? fieldsOfOffice(who.office) : [];
  const missing = figures.filter((figure) => figure.value === null).length;
  const actions: string[] = [];
  if (editableFields.length > 0) actions.push('enter_figures');
  if (collecting && who.role === 'water_office' && who.office === 'natural_resources')
    actions.push('run');
  return {
    ...yearSummary(row),
    receivers: [...RECEIVERS],
    fields: FIELD_SPECS.map((spec) => ({
      field: spec.field,
      office: spec.office,
      label: spec.label,
      unit: spec.unit,
      ...(spec.max === undefined ? {} : { max: spec.max }),
      ...(spec.whole ? { whole: true } : {}),
      rule: spec.rule,
      article: spec.article,
    })),
    figures,
    editableFields,
    missing,
    late: collecting && today > row.figuresDueOn,
    approvedRunId: row.approvedRunId,
    actions,
  };
}
export type YearDetail = Awaited<ReturnType<typeof getYear>>;
