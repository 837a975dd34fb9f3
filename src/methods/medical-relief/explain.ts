import type { Exact } from '../../engine/exact/exact.ts';
import type { Explanation, ExplanationStep } from '../../engine/explanation.ts';
import type { Localized } from '../../engine/localized.ts';
import type { Family } from './family.ts';
import {
  HEAD_LABELS,
  headValues,
  personalDataNotice,
  type PersonalDataView,
} from './personal-data.ts';
import type { ReliefRun, FamilyResult } from './relieve.ts';
import { WARNING_LEVEL_LABELS, passes } from './warning-level.ts';

const ARTICLE_RELIEF = '90号 三(五)';

function yuan(value: Exact): string {
  return `${value.toDecimal(2)} 元`;
}

function bare(value: Exact): string {
  return value.toDecimal(2);
}

/**
 * Every step from one family's figures to its relief and warning level, each with its rule and the
 * article of 90号, so a reader can redo it by hand. A family of another category (MD4) gets the
 * steps up to the category and the reason it is not relieved. Personal data follows the view
 * (masked by default). `null` when the family id is not in the file.
 * @example explainFamily(run, 'F001', { columns: [], unmasked: false })?.steps.map((s) => s.key)
 * // ['family', 'category', 'pilot', 'out_of_pocket', 'threshold', 'above_threshold', 'cap', 'relief', 'warning']
 */
export function explainFamily(
  run: ReliefRun,
  familyId: string,
  view: PersonalDataView,
): Explanation | null {
  const result = run.results.find((entry) => entry.family.familyId === familyId);
  const family = result?.family ?? run.excluded.find((entry) => entry.familyId === familyId);
  if (!family) return null;
  const steps: ExplanationStep[] = [familyStep(run, family, view), categoryStep(run, family)];
  if (result) {
    steps.push(
      pilotStep(run, result),
      costStep(run, family),
      thresholdStep(run),
      aboveStep(run, result),
      capStep(run),
      reliefStep(run, result),
      warningStep(run, result),
    );
  }
  const name = headValues(family.head, { ...view, columns: ['head_name'] }).head_name;
  return {
    method: 'medical-relief',
    subject: { id: family.familyId, name: name ? `${family.county} ${name}` : family.county },
    parameters: run.parameters.source,
    steps,
  };
}

function familyStep(run: ReliefRun, family: Family, view: PersonalDataView): ExplanationStep {
  const head = headValues(family.head, view);
  const privacy = personalDataNotice(view);
  return {
    key: 'family',
    title: { zh: '家庭情况（民政部门认定）', en: 'The family (as civil affairs determined it)' },
    citation: { rule: 'M1', article: run.parameters.coveredCategory.citation.article },
    values: [
      { label: { zh: '家庭编号', en: 'Family id' }, value: family.familyId },
      ...view.columns
        .filter((column) => head[column])
        .map((column) => ({ label: HEAD_LABELS[column], value: head[column]! })),
      { label: { zh: '县（市、区）', en: 'County' }, value: family.county },
      { label: { zh: '对象类别', en: 'Category' }, value: String(family.category) },
      { label: { zh: '家庭人口', en: 'Members' }, value: String(family.members) },
      { label: { zh: '参保人数', en: 'Insured members' }, value: String(family.insuredMembers) },
      ...(family.row === undefined
        ? []
        : [{ label: { zh: '源文件行号', en: 'Source row' }, value: String(family.row) }]),
    ],
    ...(privacy ? { note: privacy } : {}),
  };
}

function categoryStep(run: ReliefRun, family: Family): ExplanationStep {
  const covered = run.parameters.coveredCategory.category;
  const inScope = family.category === covered;
  return {
    key: 'category',
    title: {
      zh: `保障对象：相对低收入家庭第二类（类别 ${covered}）`,
      en: `Who is covered: the second category of relatively low-income families (category ${covered})`,
    },
    citation: { rule: 'M1, MD4', article: run.parameters.coveredCategory.citation.article },
    formula: `${family.category} ${inScope ? '=' : '≠'} ${covered}`,
    result: inScope ? '✓' : '✗',
    note: inScope
      ? { zh: '属于本办法化解范围', en: 'covered by this method' }
      : {
          zh: '不属于本办法化解范围：不计算化解金额，已在提示中列明（MD4）',
          en: 'not covered by this method: no relief is computed; named in the warnings (MD4)',
        },
  };
}

function pilotStep(run: ReliefRun, result: FamilyResult): ExplanationStep {
  const { pilot } = run.parameters;
  return {
    key: 'pilot',
    title: { zh: '试点地区', en: 'Pilot area' },
    citation: pilot.citation,
    values: [{ label: { zh: '试点地区', en: 'Pilot counties' }, value: pilot.counties.join('、') }],
    result: result.pilot ? '✓' : '✗',
    note: result.pilot
      ? {
          zh: `${result.family.county}属试点地区`,
          en: `${result.family.county} is in the pilot area`,
        }
      : {
          zh: `${result.family.county}不在试点地区，按“其他有条件的县（市、区）可参照执行”照常计算，并在提示中列明`,
          en: `${result.family.county} is outside the pilot area; computed as usual since other counties may follow, and flagged in the warnings`,
        },
  };
}

function costStep(run: ReliefRun, family: Family): ExplanationStep {
  return {
    key: 'out_of_pocket',
    title: {
      zh: `${run.year} 年度经各项综合保障后的自负费用`,
      en: `Out-of-pocket cost of ${run.year} after every other layer`,
    },
    citation: { rule: 'M3, MD1', article: ARTICLE_RELIEF },
    result: yuan(family.outOfPocket),
    exact: family.outOfPocket.toFraction(),
    note: {
      zh: '基本医保、大病保险、医疗救助及“浙里惠民保·温州益康保”等报销后家庭全年自负部分；按自然年度计算（MD1）',
      en: 'what the family paid itself in the calendar year after basic insurance, critical-illness insurance, medical assistance and the supplementary cover (MD1)',
    },
  };
}

function thresholdStep(run: ReliefRun): ExplanationStep {
  return {
    key: 'threshold',
    title: { zh: '化解起点（超过部分予以化解）', en: 'Threshold (the part above it is relieved)' },
    citation: { rule: 'M3', article: run.parameters.relief.citation.article },
    result: yuan(run.parameters.relief.threshold),
  };
}

function aboveStep(run: ReliefRun, result: FamilyResult): ExplanationStep {
  const { threshold } = run.parameters.relief;
  return {
    key: 'above_threshold',
    title: {
      zh: '超过化解起点的部分 = max(自负费用 − 起点, 0)',
      en: 'Part above the threshold = max(cost − threshold, 0)',
    },
    citation: { rule: 'M3, MD2', article: run.parameters.relief.citation.article },
    formula: `max(${bare(result.family.outOfPocket)} − ${bare(threshold)}, 0)`,
    result: yuan(result.aboveThreshold),
    exact: result.aboveThreshold.toFraction(),
    note: passes(result.family.outOfPocket, threshold)
      ? undefined
      : {
          zh: '自负费用未超过起点（等于起点也不超过），无可化解部分',
          en: 'the cost is not above the threshold (equal is not above): nothing to relieve',
        },
  };
}

function capStep(run: ReliefRun): ExplanationStep {
  return {
    key: 'cap',
    title: {
      zh: '家庭封顶化解金额（每户每年）',
      en: 'Cap per family (per family and year)',
    },
    citation: { rule: 'M3, MD1', article: run.parameters.relief.citation.article },
    result: yuan(run.parameters.relief.cap),
  };
}

function reliefStep(run: ReliefRun, result: FamilyResult): ExplanationStep {
  const { cap } = run.parameters.relief;
  return {
    key: 'relief',
    title: { zh: '化解金额 = min(超过部分, 封顶)', en: 'Relief = min(part above, cap)' },
    citation: { rule: 'M3, MD2', article: run.parameters.relief.citation.article },
    formula: `min(${bare(result.aboveThreshold)}, ${bare(cap)})`,
    result: yuan(result.relief),
    exact: result.relief.toFraction(),
    note: result.capped
      ? {
          zh: '超过部分大于封顶，按封顶化解',
          en: 'the part above is more than the cap: the cap is paid',
        }
      : { zh: '精确到分，未作舍入（MD2）', en: 'exact to the fen, nothing rounded (MD2)' },
  };
}

function warningStep(run: ReliefRun, result: FamilyResult): ExplanationStep {
  const { watchAbove, reliefDueAbove } = run.thresholds;
  const { family } = result;
  const order: Localized = {
    zh: `按顺序取第一个适用的等级：费用超过 ${bare(reliefDueAbove)} → 应予化解；有成员未参保 → 有成员未参保；费用超过 ${bare(watchAbove)} → 关注；否则无（“超过”指严格大于）`,
    en: `the first that applies in this order: cost above ${bare(reliefDueAbove)} → relief due; a member not insured → uninsured; cost above ${bare(watchAbove)} → watch; else none ("above" is strictly above)`,
  };
  return {
    key: 'warning',
    title: { zh: '预警等级', en: 'Warning level' },
    citation: run.parameters.warningLevels.citation,
    values: [
      { label: { zh: '自负费用', en: 'Cost' }, value: yuan(family.outOfPocket) },
      {
        label: { zh: '参保人数 / 家庭人口', en: 'Insured / members' },
        value: `${family.insuredMembers} / ${family.members}`,
      },
      { label: { zh: '“应予化解”线', en: '"Relief due" above' }, value: yuan(reliefDueAbove) },
      { label: { zh: '“关注”线', en: '"Watch" above' }, value: yuan(watchAbove) },
    ],
    result: `${result.level} · ${WARNING_LEVEL_LABELS[result.level].zh}`,
    note: order,
  };
}
