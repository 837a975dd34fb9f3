import { eq, sql } from 'drizzle-orm';
import { InputError, type InputIssue } from '../../../engine/input-issue.ts';
import { RECEIVERS } from '../../../methods/water-source-compensation/parameters.ts';
import type { Database } from '../../../store/database.ts';
import { waterFigure, waterYear } from '../../../store/schema/water-fund.ts';
import { OFFICE_LABELS, type Actor, type WaterOffice } from '../../actor.ts';
import { WorkflowError } from '../../hq-rating/errors.ts';
import { inTransaction, moment, type ServiceOptions } from '../../hq-rating/services/context.ts';
import { checkFigure } from '../figure-check.ts';
import { FIGURE_FIELDS, FIGURE_OFFICES, fieldSpec, type FigureField } from '../fields.ts';
import { isReceiver, requireOffice } from '../permissions.ts';
import type { FigureSource } from '../year-machine.ts';
import { lockYear, requireState } from './load.ts';
import { logWater } from './record.ts';
import { getYear, type YearDetail } from './years.ts';

/** One figure as entered: receiver, field, decimal text. */
export interface FigureEntry {
  county: string;
  field: string;
  value: string;
}

/** A checked figure, ready to store. */
export interface CheckedFigure {
  county: string;
  field: FigureField;
  value: string;
}

const ENTER = { zh: '报送因素数据和考核得分', en: 'report figures' };

/**
 * Enters figures (W5, W7, 28号 第九条、第十一条): only the office that owns each field, only while
 * the year is collecting. All or nothing: every problem is named by its place in the request
 * (`figures.2.value`). After the due date (31 March of the next year) figures are still taken,
 * each marked late.
 */
export async function enterFigures(
  db: Database,
  actor: Actor | null,
  input: { year: number; figures: readonly FigureEntry[] },
  options?: ServiceOptions,
): Promise<YearDetail> {
  const who = requireOffice(actor, FIGURE_OFFICES, ENTER);
  const issues: InputIssue[] = [];
  const checked: CheckedFigure[] = [];
  const seen = new Set<string>();
  input.figures.forEach((entry, index) => {
    const at = (name: string, code: string, message: InputIssue['message']) =>
      issues.push({ column: `figures.${index}.${name}`, code, message });
    const field = (FIGURE_FIELDS as readonly string[]).includes(entry.field)
      ? (entry.field as FigureField)
      : null;
    if (!isReceiver(entry.county)) {
      at('county', 'not_a_receiver', {
        zh: `“${entry.county}”不是受偿地区：应为 ${RECEIVERS.join('、')} 之一（28号 第四条）`,
        en: `"${entry.county}" is not a receiver: expected one of ${RECEIVERS.join(', ')} (28号 第四条)`,
      });
    }
    if (!field) {
      at('field', 'unknown_field', {
        zh: `未知的数据项“${entry.field}”：应为 ${FIGURE_FIELDS.join('、')} 之一`,
        en: `unknown field "${entry.field}": expected one of ${FIGURE_FIELDS.join(', ')}`,
      });
      return;
    }
    ownedBy(who.office, field);
    const key = `${entry.county}|${field}`;
    if (seen.has(key)) {
      at('field', 'duplicate', {
        zh: `${entry.county} 的 ${fieldSpec(field).label.zh} 在本次报送中出现了两次`,
        en: `${fieldSpec(field).label.en} of ${entry.county} appears twice in this request`,
      });
    }
    seen.add(key);
    const result = checkFigure(fieldSpec(field), entry.value);
    if (result.problem) at('value', result.problem.code, result.problem.message);
    else checked.push({ county: entry.county, field, value: result.value });
  });
  if (issues.length > 0) throw new InputError(issues);
  await storeFigures(db, who, input.year, checked, 'entry', options);
  return getYear(db, who, { year: input.year }, options);
}

/** 403 naming the office that owns the field (W5, W7). */
export function ownedBy(office: WaterOffice, field: FigureField): void {
  const spec = fieldSpec(field);
  if (spec.office === office) return;
  const owner = OFFICE_LABELS[spec.office];
  throw new WorkflowError('forbidden', 'field_of_other_office', {
    zh: `${spec.label.zh}由${owner.zh}报送（${spec.rule}，${spec.article}），${OFFICE_LABELS[office].zh}不能填报`,
    en: `${spec.label.en} is reported by the ${owner.en} (${spec.rule}, ${spec.article}), not by the ${OFFICE_LABELS[office].en}`,
  });
}

/**
 * Stores checked figures in one transaction with one audit record: the year locked and
 * collecting, the revision bumped (a run remembers the revision it read).
 */
export async function storeFigures(
  db: Database,
  who: Actor & { office: WaterOffice },
  year: number,
  figures: readonly CheckedFigure[],
  source: FigureSource,
  options?: ServiceOptions,
): Promise<void> {
  const { at, today } = moment(options);
  await inTransaction(db, async (tx) => {
    const row = await lockYear(tx, year);
    requireState(row, 'collecting', ENTER);
    const late = today > row.figuresDueOn;
    const before = await tx.select().from(waterFigure).where(eq(waterFigure.year, year));
    const previous = new Map(before.map((figure) => [`${figure.county}|${figure.field}`, figure]));
    for (const figure of figures) {
      const values = {
        value: figure.value,
        office: who.office,
        source,
        late,
        enteredBy: who.accountId,
        enteredByName: who.displayName,
        enteredAt: at,
      };
      await tx
        .insert(waterFigure)
        .values({ year, county: figure.county, field: figure.field, ...values })
        .onConflictDoUpdate({
          target: [waterFigure.year, waterFigure.county, waterFigure.field],
          set: values,
        });
    }
    await tx
      .update(waterYear)
      .set({ figuresRevision: sql`${waterYear.figuresRevision} + 1` })
      .where(eq(waterYear.year, year));
    await logWater(tx, who, {
      action: `figures.${source}`,
      entity: 'water_year',
      entityId: String(year),
      before: figures.map((figure) => ({
        county: figure.county,
        field: figure.field,
        value: previous.get(`${figure.county}|${figure.field}`)?.value ?? null,
      })),
      after: { figures, late },
      note: late ? `late: after ${row.figuresDueOn}` : null,
    });
  });
}
