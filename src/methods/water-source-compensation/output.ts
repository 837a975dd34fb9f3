import { Exact } from '../../engine/exact/exact.ts';
import type { Lang } from '../../engine/localized.ts';
import type { ColumnSpec, SheetSpec } from '../../engine/table/table.ts';
import type { Warning } from '../../engine/warning.ts';
import type { FundAllocation, ReceiverAllocation } from './allocate.ts';
import { FACTOR_LABELS, METHOD_TITLE, SCORE_LABELS, SYNTHETIC_NOTICE } from './labels.ts';
import { FACTOR_KEYS, SCORE_KEYS } from './parameters.ts';

/** Money in yuan with two places (WD1: amounts are already whole fen, so nothing rounds here). */
const MONEY_PLACES = 2;
/** Assessment scores as the contract asks: four places, rounded half up from the exact total. */
const SCORE_PLACES = 4;
/** Shares of a factor total. */
const SHARE_PLACES = 8;

export interface OutputOptions {
  synthetic: boolean;
  lang: Lang;
}

const money = (value: Exact) => value.toDecimal(MONEY_PLACES);

/**
 * The JSON document of the command-line contract: `{"method", "year", "allocations",
 * "contributions", "warnings", …}`, with each allocation's scores and factor detail. Per-factor
 * `amount`s are exact amounts rounded half up for reading; the transferred `base` is rounded once,
 * by WD1, and is what adds up to 140,000,000.00.
 * @example JSON.parse(allocationJson(allocation, { synthetic: false, lang: 'zh' })).allocations[0].county // '瑞安市'
 */
export function allocationJson(allocation: FundAllocation, options: OutputOptions): string {
  const { parameters } = allocation;
  const document = {
    method: 'water-source-compensation',
    year: allocation.year,
    parameters: parameters.source,
    ...(options.synthetic ? { notice: SYNTHETIC_NOTICE, synthetic: true } : {}),
    fund: {
      total: money(allocation.contributions.fund),
      city: money(allocation.contributions.city.amount),
      counties: money(allocation.contributions.countiesTotal),
      base: money(parameters.base.amount),
      reward: money(parameters.reward.amount),
    },
    allocations: allocation.allocations.map((entry) => allocationRecord(entry)),
    contributions: allocation.contributions.counties.map((entry) => ({
      county: entry.county,
      amount: money(entry.amount),
      ...(entry.ofWhich.length > 0
        ? {
            of_which: entry.ofWhich.map((part) => ({
              name: part.name,
              amount: money(part.amount),
              rule: part.citation.rule,
            })),
          }
        : {}),
    })),
    warnings: allocation.warnings.map(warningRecord),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function allocationRecord(entry: ReceiverAllocation) {
  const { base, reward, score } = entry;
  return {
    county: entry.county,
    base: money(base.rounded.amount),
    reward: money(reward.rounded.amount),
    total: money(entry.total),
    score: score.total.toDecimal(SCORE_PLACES),
    group: reward.group,
    place: reward.place,
    tied_with: reward.tiedWith,
    scores: Object.fromEntries(
      SCORE_KEYS.map((key) => [key, score.items[key].toDecimal(SCORE_PLACES)]),
    ),
    score_exact: score.total.toFraction(),
    base_exact: base.exact.toFraction(),
    base_extra_fen: base.rounded.extraUnit,
    reward_exact: reward.exact.toFraction(),
    factors: base.parts.map((part) => ({
      factor: part.factor.key,
      figure: decimalText(part.figure),
      total: decimalText(part.total),
      share: part.share.toDecimal(SHARE_PLACES),
      share_exact: part.share.toFraction(),
      weight: part.factor.weight.toDecimal(0),
      amount: money(part.amount),
      amount_exact: part.amount.toFraction(),
    })),
  };
}

/** A figure as read: a terminating decimal written out in full, without trailing zeros. */
function decimalText(value: Exact): string {
  const reduced = value.reduced();
  let den = reduced.den;
  let twos = 0;
  let fives = 0;
  while (den % 2n === 0n) [den, twos] = [den / 2n, twos + 1];
  while (den % 5n === 0n) [den, fives] = [den / 5n, fives + 1];
  return den === 1n ? reduced.toDecimal(Math.max(twos, fives)) : reduced.toFraction();
}

function warningRecord(warning: Warning) {
  return { ...warning, rule: warning.citation.rule, article: warning.citation.article };
}

/** The allocation columns, headed in the reader's language. */
export function allocationColumns(lang: Lang): ColumnSpec[] {
  const zh = lang === 'zh';
  const amount = { kind: 'decimal' as const, places: MONEY_PLACES, width: 16 };
  return [
    { key: 'county', header: zh ? '受偿地区' : 'Receiver', width: 10 },
    { key: 'group', header: zh ? '考核组' : 'Group', width: 6 },
    {
      key: 'score',
      header: zh ? '考核得分' : 'Score',
      kind: 'decimal',
      places: SCORE_PLACES,
      width: 10,
    },
    { key: 'place', header: zh ? '组内名次' : 'Place', kind: 'integer', width: 8 },
    { key: 'base', header: zh ? '基础部分（元）' : 'Base (yuan)', ...amount },
    { key: 'reward', header: zh ? '奖励部分（元）' : 'Reward (yuan)', ...amount },
    { key: 'total', header: zh ? '合计（元）' : 'Total (yuan)', ...amount },
    ...FACTOR_KEYS.map((key) => ({
      key: `factor_${key}`,
      header: zh
        ? `其中${FACTOR_LABELS[key].zh}（元）`
        : `of which ${FACTOR_LABELS[key].en} (yuan)`,
      ...amount,
    })),
    { key: 'tied', header: zh ? '并列' : 'Tied', width: 6 },
  ];
}

/**
 * One row per receiver (W1 order), then a 合计 row that shows the parts add up (WD1). Factor
 * columns are the exact factor amounts rounded half up, for reading: only the base is transferred.
 */
export function allocationRecords(
  allocation: FundAllocation,
  lang: Lang,
): Record<string, string>[] {
  const zh = lang === 'zh';
  const rows = allocation.allocations.map((entry) => {
    const record: Record<string, string> = {
      county: entry.county,
      group: entry.reward.group,
      score: entry.score.total.toDecimal(SCORE_PLACES),
      place: String(entry.reward.place),
      base: money(entry.base.rounded.amount),
      reward: money(entry.reward.rounded.amount),
      total: money(entry.total),
      tied: entry.reward.tiedWith.length > 0 ? (zh ? '是' : 'yes') : '',
    };
    for (const part of entry.base.parts) record[`factor_${part.factor.key}`] = money(part.amount);
    return record;
  });
  const sum = (pick: (entry: ReceiverAllocation) => Exact) =>
    money(allocation.allocations.reduce((total, entry) => total.plus(pick(entry)), Exact.ZERO));
  rows.push({
    county: zh ? '合计' : 'Total',
    base: sum((entry) => entry.base.rounded.amount),
    reward: sum((entry) => entry.reward.rounded.amount),
    total: sum((entry) => entry.total),
  });
  return rows;
}

function title(allocation: FundAllocation, lang: Lang): string {
  const year = lang === 'zh' ? `${allocation.year} 年度` : `year ${allocation.year}`;
  return `${METHOD_TITLE[lang]} · ${allocation.parameters.source} · ${year}`;
}

/** The CSV: allocations and the 合计 row; a note column on every row when the figures are synthetic. */
export function allocationCsv(allocation: FundAllocation, options: OutputOptions) {
  const { lang } = options;
  const columns: ColumnSpec[] = [
    ...allocationColumns(lang),
    ...(options.synthetic ? [{ key: 'note', header: lang === 'zh' ? '备注' : 'Note' }] : []),
  ];
  const note: Record<string, string> = options.synthetic ? { note: SYNTHETIC_NOTICE[lang] } : {};
  const records = allocationRecords(allocation, lang).map((record) => ({ ...record, ...note }));
  return { columns, records };
}

/** The workbook: allocations, factor detail, contributions (W2, WD4), warnings. */
export function allocationSheets(allocation: FundAllocation, options: OutputOptions): SheetSpec[] {
  const { lang } = options;
  const zh = lang === 'zh';
  const notes = [title(allocation, lang), ...(options.synthetic ? [SYNTHETIC_NOTICE[lang]] : [])];
  return [
    {
      name: zh ? '分配结果' : 'Allocations',
      notes,
      columns: allocationColumns(lang),
      records: allocationRecords(allocation, lang),
    },
    {
      name: zh ? '基础因素' : 'Base factors',
      notes,
      columns: [
        { key: 'county', header: zh ? '受偿地区' : 'Receiver', width: 10 },
        { key: 'factor', header: zh ? '因素' : 'Factor', width: 24 },
        { key: 'weight', header: zh ? '权重（%）' : 'Weight (%)', kind: 'integer', width: 8 },
        { key: 'figure', header: zh ? '本地区数据' : 'Figure', width: 14 },
        { key: 'total', header: zh ? '四地区合计' : 'Total', width: 14 },
        {
          key: 'share',
          header: zh ? '占比' : 'Share',
          kind: 'decimal',
          places: SHARE_PLACES,
          width: 12,
        },
        {
          key: 'amount',
          header: zh ? '金额（元，精确值四舍五入）' : 'Amount (yuan, exact rounded)',
          kind: 'decimal',
          places: MONEY_PLACES,
          width: 18,
        },
      ],
      records: allocation.allocations.flatMap((entry) =>
        entry.base.parts.map((part) => ({
          county: entry.county,
          factor: FACTOR_LABELS[part.factor.key][lang],
          weight: part.factor.weight.toDecimal(0),
          figure: decimalText(part.figure),
          total: decimalText(part.total),
          share: part.share.toDecimal(SHARE_PLACES),
          amount: money(part.amount),
        })),
      ),
    },
    {
      name: zh ? '资金筹集' : 'Contributions',
      notes,
      columns: [
        { key: 'payer', header: zh ? '筹集方' : 'Payer', width: 14 },
        {
          key: 'amount',
          header: zh ? '金额（元）' : 'Amount (yuan)',
          kind: 'decimal',
          places: MONEY_PLACES,
          width: 16,
        },
        { key: 'of_which', header: zh ? '其中' : 'Of which', width: 30 },
      ],
      records: [
        { payer: zh ? '市财政' : 'City', amount: money(allocation.contributions.city.amount) },
        ...allocation.contributions.counties.map((entry) => ({
          payer: entry.county,
          amount: money(entry.amount),
          of_which: entry.ofWhich.map((part) => `${part.name} ${money(part.amount)}`).join('；'),
        })),
        { payer: zh ? '合计' : 'Total', amount: money(allocation.contributions.fund) },
      ],
    },
    {
      name: zh ? '提示' : 'Warnings',
      notes,
      columns: [
        { key: 'rule', header: zh ? '规则' : 'Rule', width: 8 },
        { key: 'message', header: zh ? '内容' : 'Message', width: 100 },
        { key: 'subjects', header: zh ? '涉及地区' : 'Concerned', width: 30 },
      ],
      records: allocation.warnings.map((warning) => ({
        rule: warning.citation.rule,
        message: warning.message[lang],
        subjects: (warning.subjects ?? []).join('；'),
      })),
    },
  ];
}

/**
 * The allocation as text for the terminal.
 * @example process.stdout.write(allocationText(allocation, { synthetic: true, lang: 'zh' }))
 */
export function allocationText(allocation: FundAllocation, options: OutputOptions): string {
  const { lang } = options;
  const zh = lang === 'zh';
  const lines: string[] = [];
  if (options.synthetic) lines.push(`【${SYNTHETIC_NOTICE[lang]}】`, '');
  lines.push(title(allocation, lang), '');
  const row = (cells: string[]) =>
    `${padDisplay(cells[0]!, 10)}${cells
      .slice(1)
      .map((cell, index) => padDisplay(cell, index === 0 ? 10 : 16, 'start'))
      .join('')}`;
  lines.push(
    row(
      zh
        ? ['受偿地区', '考核得分', '基础部分', '奖励部分', '合计']
        : ['Receiver', 'Score', 'Base', 'Reward', 'Total'],
    ),
  );
  for (const record of allocationRecords(allocation, lang)) {
    lines.push(
      row([record.county!, record.score ?? '', record.base!, record.reward!, record.total!]),
    );
  }
  lines.push('', zh ? '考核得分明细（W7）：' : 'Assessment detail (W7):');
  for (const entry of allocation.allocations) {
    const items = SCORE_KEYS.map(
      (key) => `${SCORE_LABELS[key][lang]} ${entry.score.items[key].toDecimal(SCORE_PLACES)}`,
    );
    lines.push(`  ${entry.county}${zh ? '：' : ': '}${items.join(zh ? '，' : ', ')}`);
  }
  if (allocation.warnings.length > 0) {
    lines.push('', zh ? '提示：' : 'Warnings:');
    for (const warning of allocation.warnings)
      lines.push(`  [${warning.citation.rule}] ${warning.message[lang]}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Pads to a width on the terminal, where a Chinese character takes two columns. */
function padDisplay(text: string, width: number, side: 'start' | 'end' = 'end'): string {
  const columns = Array.from(text).reduce(
    (sum, char) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1),
    0,
  );
  const padding = ' '.repeat(Math.max(0, width - columns));
  return side === 'start' ? padding + text : text + padding;
}
