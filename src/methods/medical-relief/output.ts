import type { Exact } from '../../engine/exact/exact.ts';
import { formatPercent } from '../../engine/exact/format.ts';
import type { Lang, Localized } from '../../engine/localized.ts';
import type { ColumnSpec, SheetSpec } from '../../engine/table/table.ts';
import type { Warning } from '../../engine/warning.ts';
import type { CountyTotal, Totals } from './county-totals.ts';
import {
  headLabel,
  headValues,
  personalDataNotice,
  type PersonalDataView,
} from './personal-data.ts';
import type { FamilyResult, ReliefRun } from './relieve.ts';
import { WARNING_LEVEL_LABELS, WARNING_LEVELS } from './warning-level.ts';

/** Printed with every output made from synthetic figures. */
export const SYNTHETIC_NOTICE: Localized = {
  zh: '演示数据：家庭编号、户主姓名、身份证号码和费用均为虚构，不代表任何真实家庭',
  en: 'Synthetic data (演示数据): family ids, names, ID numbers and costs are all invented',
};

/** How a run is written: synthetic notice, personal data view, language. */
export interface OutputOptions {
  synthetic: boolean;
  personal: PersonalDataView;
  lang: Lang;
}

/** Money as written in every output: yuan with exactly two places (MD2; exact, nothing rounded). */
function yuan(value: Exact): string {
  return value.toDecimal(2);
}

function percent(value: Exact | null): string {
  return value === null ? '' : formatPercent(value, 2);
}

/**
 * The JSON document of the command-line contract: `{"method", "year", "families", "counties",
 * "warnings", …}`, each family with `family_id`, `relief` (yuan, two places) and `warning`.
 * @example reliefJson(run, options).families[0] // { family_id: 'F001', relief: '30000.50', warning: 'relief_due', … }
 */
export function reliefJson(run: ReliefRun, options: Omit<OutputOptions, 'lang'>) {
  const privacy = personalDataNotice(options.personal);
  return {
    method: 'medical-relief',
    year: run.year,
    parameters: run.parameters.source,
    ...(options.synthetic ? { notice: SYNTHETIC_NOTICE } : {}),
    ...(privacy
      ? {
          personal_data: {
            masked: !options.personal.unmasked,
            columns: options.personal.columns,
            notice: privacy,
          },
        }
      : {}),
    settings: {
      threshold: yuan(run.parameters.relief.threshold),
      cap: yuan(run.parameters.relief.cap),
      watch_above: yuan(run.thresholds.watchAbove),
      relief_due_above: yuan(run.thresholds.reliefDueAbove),
    },
    families: run.results.map((result) => ({
      family_id: result.family.familyId,
      row: result.family.row,
      county: result.family.county,
      pilot: result.pilot,
      category: result.family.category,
      members: result.family.members,
      insured_members: result.family.insuredMembers,
      out_of_pocket: yuan(result.family.outOfPocket),
      above_threshold: yuan(result.aboveThreshold),
      relief: yuan(result.relief),
      capped: result.capped,
      warning: result.level,
      ...headValues(result.family.head, options.personal),
      ...(options.synthetic ? { synthetic: true } : {}),
    })),
    counties: run.counties.map((county) => ({
      county: county.county,
      pilot: county.pilot,
      ...totalsJson(county),
    })),
    total: totalsJson(run.total),
    funding: {
      city: yuan(run.funding.city),
      local_match: yuan(run.funding.localMatch),
      available: yuan(run.funding.available),
      pilot_relief: yuan(run.funding.pilotRelief),
      exceeded: run.funding.exceeded,
    },
    warnings: run.warnings.map(warningJson),
  };
}

function totalsJson(totals: Totals) {
  return {
    families: totals.families,
    members: totals.members,
    insured_members: totals.insuredMembers,
    participation: totals.participation?.toFraction() ?? null,
    participation_percent: percent(totals.participation) || null,
    out_of_pocket: yuan(totals.outOfPocket),
    relief: yuan(totals.relief),
    warnings: Object.fromEntries(WARNING_LEVELS.map((level) => [level, totals.levels[level]])),
  };
}

function warningJson(warning: Warning) {
  return { ...warning, rule: warning.citation.rule, article: warning.citation.article };
}

/** The family columns, headed in the reader's language; personal data labelled masked or not. */
export function familyColumns(options: OutputOptions): ColumnSpec[] {
  const zh = options.lang === 'zh';
  const money = { kind: 'decimal' as const, places: 2, width: 14 };
  return [
    { key: 'record', header: zh ? '记录' : 'Record', width: 14 },
    { key: 'family_id', header: zh ? '家庭编号' : 'Family id', width: 14 },
    ...options.personal.columns.map((column) => ({
      key: column,
      header: headLabel(column, options.personal, options.lang),
      width: 22,
    })),
    { key: 'county', header: zh ? '县（市、区）' : 'County', width: 12 },
    { key: 'pilot', header: zh ? '试点地区' : 'Pilot area', width: 8 },
    { key: 'category', header: zh ? '对象类别' : 'Category', kind: 'integer', width: 8 },
    { key: 'families', header: zh ? '户数' : 'Families', kind: 'integer', width: 8 },
    { key: 'members', header: zh ? '家庭人口' : 'Members', kind: 'integer', width: 8 },
    { key: 'insured_members', header: zh ? '参保人数' : 'Insured', kind: 'integer', width: 8 },
    { key: 'participation', header: zh ? '参保率' : 'Participation', width: 10 },
    { key: 'out_of_pocket', header: zh ? '年度自负费用（元）' : 'Out of pocket (yuan)', ...money },
    {
      key: 'above_threshold',
      header: zh ? '超过 12 万元部分（元）' : 'Above threshold (yuan)',
      ...money,
    },
    { key: 'relief', header: zh ? '化解金额（元）' : 'Relief (yuan)', ...money },
    { key: 'capped', header: zh ? '达到封顶' : 'Capped', width: 8 },
    { key: 'warning', header: zh ? '预警等级' : 'Warning', width: 14 },
    ...(options.synthetic ? [{ key: 'note', header: zh ? '备注' : 'Note', width: 40 }] : []),
  ];
}

/**
 * One family as a flat record of strings: amounts to the fen, the warning level in the reader's
 * language, personal data masked unless the view says otherwise.
 * @example familyRecord(result, options).relief // '30000.50'
 */
export function familyRecord(result: FamilyResult, options: OutputOptions): Record<string, string> {
  const { lang } = options;
  const zh = lang === 'zh';
  return {
    record: zh ? '家庭' : 'family',
    family_id: result.family.familyId,
    ...headValues(result.family.head, options.personal),
    county: result.family.county,
    pilot: yesNo(result.pilot, lang),
    category: String(result.family.category),
    members: String(result.family.members),
    insured_members: String(result.family.insuredMembers),
    out_of_pocket: yuan(result.family.outOfPocket),
    above_threshold: yuan(result.aboveThreshold),
    relief: yuan(result.relief),
    capped: result.capped ? yesNo(true, lang) : '',
    warning: WARNING_LEVEL_LABELS[result.level][lang],
    ...(options.synthetic ? { note: SYNTHETIC_NOTICE[lang] } : {}),
  };
}

function yesNo(value: boolean, lang: Lang): string {
  if (lang === 'zh') return value ? '是' : '否';
  return value ? 'yes' : 'no';
}

/** A county's totals (or the whole file's) as a record of the same columns. */
function totalsRecord(
  totals: Totals,
  county: CountyTotal | null,
  options: OutputOptions,
): Record<string, string> {
  const zh = options.lang === 'zh';
  const levels = WARNING_LEVELS.filter((level) => totals.levels[level] > 0)
    .map((level) => `${WARNING_LEVEL_LABELS[level][options.lang]} ${totals.levels[level]}`)
    .join(zh ? '；' : '; ');
  return {
    record: county ? (zh ? '县（市、区）合计' : 'county total') : zh ? '合计' : 'total',
    county: county?.county ?? '',
    pilot: county ? yesNo(county.pilot, options.lang) : '',
    families: String(totals.families),
    members: String(totals.members),
    insured_members: String(totals.insuredMembers),
    participation: percent(totals.participation),
    out_of_pocket: yuan(totals.outOfPocket),
    relief: yuan(totals.relief),
    warning: levels,
    ...(options.synthetic ? { note: SYNTHETIC_NOTICE[options.lang] } : {}),
  };
}

/**
 * The CSV of a run: one row per relieved family in file order, then one row per county and one for
 * the whole file (the `record` column tells them apart). Left-out families (MD4) are not rows:
 * they are named in the warnings of the JSON, text and xlsx outputs.
 */
export function reliefCsvRecords(run: ReliefRun, options: OutputOptions) {
  const records = [
    ...run.results.map((result) => familyRecord(result, options)),
    ...run.counties.map((county) => totalsRecord(county, county, options)),
    totalsRecord(run.total, null, options),
  ];
  return { columns: familyColumns(options), records };
}

function heading(run: ReliefRun, lang: Lang): string {
  const title =
    lang === 'zh'
      ? '温州市相对低收入家庭重特大疾病专项保障 · 慈善化解'
      : 'Wenzhou major-disease relief for relatively low-income families';
  return `${title} · ${run.parameters.source} · ${lang === 'zh' ? '年度' : 'year'} ${run.year}`;
}

function notes(run: ReliefRun, options: OutputOptions): string[] {
  const privacy = personalDataNotice(options.personal);
  return [
    heading(run, options.lang),
    ...(options.synthetic ? [SYNTHETIC_NOTICE[options.lang]] : []),
    ...(privacy ? [privacy[options.lang]] : []),
  ];
}

/** The workbook: families, totals per county, warnings; the notices above each header. */
export function reliefSheets(run: ReliefRun, options: OutputOptions): SheetSpec[] {
  const zh = options.lang === 'zh';
  const { columns, records } = reliefCsvRecords(run, options);
  const top = notes(run, options);
  return [
    {
      name: zh ? '家庭' : 'Families',
      notes: top,
      columns,
      records: records.slice(0, run.results.length),
    },
    {
      name: zh ? '县（市、区）合计' : 'County totals',
      notes: top,
      columns: columns.filter(
        (column) =>
          !['family_id', 'category', 'above_threshold', 'capped'].includes(column.key) &&
          !column.key.startsWith('head_'),
      ),
      records: records.slice(run.results.length),
    },
    {
      name: zh ? '提示' : 'Warnings',
      notes: top,
      columns: [
        { key: 'rule', header: zh ? '规则' : 'Rule', width: 10 },
        { key: 'article', header: zh ? '条款' : 'Article', width: 16 },
        { key: 'message', header: zh ? '内容' : 'Message', width: 100 },
        { key: 'subjects', header: zh ? '涉及家庭或地区' : 'Concerned', width: 60 },
      ],
      records: run.warnings.map((warning) => ({
        rule: warning.citation.rule,
        article: warning.citation.article,
        message: warning.message[options.lang],
        subjects: (warning.subjects ?? []).join(zh ? '；' : '; '),
      })),
    },
  ];
}

/**
 * A run as text for the terminal: notices, each family, the totals per county, the warnings.
 * @example process.stdout.write(reliefText(run, options))
 */
export function reliefText(run: ReliefRun, options: OutputOptions): string {
  const { lang } = options;
  const zh = lang === 'zh';
  const lines: string[] = [];
  const [title, ...rest] = notes(run, options);
  for (const note of rest) lines.push(`【${note}】`);
  if (rest.length > 0) lines.push('');
  lines.push(title!, '');
  lines.push(
    zh
      ? '家庭编号        县（市、区）     自负费用        化解金额  预警等级'
      : 'Family id       County           Out of pocket     Relief  Warning',
  );
  for (const result of run.results) {
    const head = Object.values(headValues(result.family.head, options.personal))
      .filter(Boolean)
      .join(' ');
    lines.push(
      `${result.family.familyId.padEnd(14)}  ${result.family.county.padEnd(6, '　')}  ${yuan(result.family.outOfPocket).padStart(14)}  ${yuan(result.relief).padStart(11)}  ${WARNING_LEVEL_LABELS[result.level][lang]}${head ? `  ${head}` : ''}`,
    );
  }
  lines.push('', zh ? '各县（市、区）合计：' : 'Totals per county:');
  for (const county of run.counties) {
    const pilot = county.pilot ? '' : zh ? '（非试点）' : ' (outside the pilot)';
    lines.push(
      `  ${county.county}${pilot}  ${zh ? '户数' : 'families'} ${county.families}  ${zh ? '化解' : 'relief'} ${yuan(county.relief)}  ${zh ? '参保率' : 'participation'} ${percent(county.participation)}`,
    );
  }
  lines.push(
    `  ${zh ? '合计' : 'Total'}  ${zh ? '户数' : 'families'} ${run.total.families}  ${zh ? '化解' : 'relief'} ${yuan(run.total.relief)}`,
  );
  if (run.warnings.length > 0) {
    lines.push('', zh ? '提示：' : 'Warnings:');
    for (const warning of run.warnings)
      lines.push(`  [${warning.citation.rule}] ${warning.message[lang]}`);
  }
  return `${lines.join('\n')}\n`;
}
