import { jurisdictionInfo } from '../../engine/china/jurisdictions.ts';
import { Exact } from '../../engine/exact/exact.ts';
import { formatExact, formatPercent } from '../../engine/exact/format.ts';
import type { Explanation, ExplanationStep } from '../../engine/explanation.ts';
import type { Lang, Localized } from '../../engine/localized.ts';
import type { FundAllocation, ReceiverAllocation } from './allocate.ts';
import type { FactorPart } from './base.ts';
import {
  FACTOR_LABELS,
  GROUP_LABELS,
  PLACE_LABELS,
  SCORE_LABELS,
  SYNTHETIC_NOTICE,
  UNIT_LABELS,
} from './labels.ts';
import { RECEIVERS, type Receiver } from './parameters.ts';

/** Shares and scores are shown to this many places; every result also carries its exact fraction. */
const SHARE_PLACES = 6;
const SCORE_PLACES = 4;
const FEN_PER_YUAN = Exact.of(100n);

/**
 * Every step from one receiver's figures to its transfer, each with its rule and article: the four
 * base factors (figure, total, share, weight, amount — exact and rounded), the exact base, the
 * WD1 rounding to the fen with its remainder, the assessment score (W7), the reward (W6, WD2) and
 * the total. `null` when the county is not a receiver.
 * @example explainReceiver(allocateFund(input), '瑞安市', { synthetic: false })?.steps.length // 10
 */
export function explainReceiver(
  allocation: FundAllocation,
  county: string,
  options: { synthetic: boolean; lang?: Lang },
): Explanation | null {
  const found = allocation.allocations.find((entry) => entry.county === county);
  if (!found) return null;
  const u = unitsFor(options.lang ?? 'zh');
  const steps: ExplanationStep[] = [
    ...found.base.parts.map((part) => factorStep(part, u)),
    baseStep(found, u),
    roundingStep(allocation, found, 'base', u),
    scoreStep(allocation, found),
    rewardStep(allocation, found, u),
    ...(rewardNeedsRounding(allocation) ? [roundingStep(allocation, found, 'reward', u)] : []),
    totalStep(allocation, found, u),
  ];
  return {
    method: 'water-source-compensation',
    subject: {
      id: jurisdictionInfo(found.county).divisionCode ?? found.county,
      name: found.county,
    },
    parameters: `${allocation.parameters.source} · ${allocation.year}`,
    steps,
    ...(options.synthetic ? { notice: SYNTHETIC_NOTICE } : {}),
  };
}

/** Units written after the numbers: the values of a step are plain strings, in one language. */
interface Units {
  /** Yuan with two places; `≈` when the exact amount is not a whole number of fen. */
  yuan(value: Exact): string;
  /** An amount of yuan as fen, for remainders below one fen. */
  fen(value: Exact): string;
  figure(part: FactorPart, value: Exact): string;
}

function unitsFor(lang: Lang): Units {
  return {
    yuan: (value) => `${money(value)} ${lang === 'zh' ? '元' : 'yuan'}`,
    fen: (value) =>
      `${formatExact(value.times(FEN_PER_YUAN), SHARE_PLACES)} ${lang === 'zh' ? '分' : 'fen'}`,
    figure: (part, value) => {
      const unit = UNIT_LABELS[part.factor.unit]?.[lang] ?? part.factor.unit;
      return `${formatExact(value, 8)} ${unit}`;
    },
  };
}

function money(value: Exact): string {
  const rounded = value.roundTo(2);
  return `${rounded.equals(value) ? '' : '≈'}${rounded.toDecimal(2)}`;
}

/** The number alone, for a filled-in formula. */
const bare = (value: Exact, places: number) => formatExact(value, places).replace(/^≈/, '');

function factorStep(part: FactorPart, u: Units): ExplanationStep {
  const { factor } = part;
  const label = FACTOR_LABELS[factor.key];
  const weight = factor.weight.toDecimal(0);
  return {
    key: `factor_${factor.key}`,
    title: {
      zh: `基础部分：${label.zh}（权重 ${weight}%）`,
      en: `Base: ${label.en} (weight ${weight} %)`,
    },
    citation: factor.citation,
    values: [
      { label: { zh: '本地区', en: 'This receiver' }, value: u.figure(part, part.figure) },
      {
        label: { zh: '四个受偿地区合计', en: 'Total of the four receivers' },
        value: u.figure(part, part.total),
      },
      {
        label: { zh: '占比', en: 'Share' },
        value: `${formatPercent(part.share, SHARE_PLACES)}（${part.share.toFraction()}）`,
      },
      {
        label: {
          zh: `该因素资金 = 基础部分 × ${weight}%`,
          en: `Factor amount = base part × ${weight} %`,
        },
        value: u.yuan(part.pool),
      },
    ],
    formula: `${part.pool.toDecimal(2)} × ${bare(part.figure, 8)} ÷ ${bare(part.total, 8)}`,
    result: u.yuan(part.amount),
    exact: part.amount.toFraction(),
    note: {
      zh: `数据由${factor.department}确认；此处金额仅供核对，取整在基础部分合计后一次进行（WD1）`,
      en: `Figure confirmed by ${factor.department}; this amount is for checking only — rounding happens once, on the base total (WD1)`,
    },
  };
}

function baseStep(found: ReceiverAllocation, u: Units): ExplanationStep {
  return {
    key: 'base_exact',
    title: {
      zh: '基础部分（精确值）= 四项因素之和',
      en: 'Base part (exact) = sum of the four factors',
    },
    citation: { rule: 'W5, WD1', article: '28号 第八条、第九条' },
    formula: found.base.parts.map((part) => bare(part.amount, 6)).join(' + '),
    result: u.yuan(found.base.exact),
    exact: found.base.exact.toFraction(),
    note: {
      zh: '按精确分数相加，算式中的各项为四舍五入后的显示值',
      en: 'Added as exact fractions; the terms shown are rounded for display',
    },
  };
}

function rewardNeedsRounding(allocation: FundAllocation): boolean {
  return allocation.rewardRounding.parts.some((part) => !part.remainder.isZero());
}

function roundingStep(
  allocation: FundAllocation,
  found: ReceiverAllocation,
  which: 'base' | 'reward',
  u: Units,
): ExplanationStep {
  const rounding = which === 'base' ? allocation.baseRounding : allocation.rewardRounding;
  const part = (which === 'base' ? found.base : found.reward).rounded;
  const floors = rounding.parts.reduce((sum, entry) => sum.plus(entry.floor), Exact.ZERO);
  const name: Localized =
    which === 'base' ? { zh: '基础部分', en: 'base part' } : { zh: '奖励部分', en: 'reward part' };
  const byTieOrder = rounding.decidedByTieOrder.includes(found.county);
  const order = [...rounding.parts].sort((a, b) => a.remainderPlace - b.remainderPlace);
  return {
    key: `${which}_rounding`,
    title: {
      zh: `${name.zh}取整到分：最大余额法`,
      en: `Rounding the ${name.en} to the fen: largest remainder`,
    },
    citation: {
      rule: 'WD1',
      article: which === 'base' ? '28号 第九条（未规定取整）' : '28号 第十条（未规定取整）',
    },
    values: [
      { label: { zh: '精确值', en: 'Exact amount' }, value: u.yuan(part.exact) },
      { label: { zh: '向下取整到分', en: 'Floored to the fen' }, value: u.yuan(part.floor) },
      { label: { zh: '尾差', en: 'Remainder' }, value: u.fen(part.remainder) },
      {
        label: { zh: '四地区向下取整后合计', en: 'The four floored amounts, summed' },
        value: `${u.yuan(floors)} / ${u.yuan(rounding.total)}`,
      },
      {
        label: { zh: '待分配的分数', en: 'Fen left to hand out' },
        value: String(rounding.unitsLeft),
      },
      {
        label: {
          zh: '尾差排序（大者优先，相同按 28号 第四条顺序）',
          en: 'Remainder order (largest first, equal ones in the order of 28号 第四条)',
        },
        value: order
          .map(
            (entry) =>
              `${entry.remainderPlace}. ${entry.key} ${u.fen(entry.remainder)}${entry.extraUnit ? ' +1' : ''}`,
          )
          .join('；'),
      },
    ],
    formula: part.extraUnit ? `${part.floor.toDecimal(2)} + 0.01` : undefined,
    result: u.yuan(part.amount),
    note: part.extraUnit
      ? {
          zh: `尾差排第 ${part.remainderPlace} 位，在待分配的 ${rounding.unitsLeft} 分之内，多得 1 分${byTieOrder ? '；与其他地区尾差相同，按 28号 第四条顺序（瑞安市、文成县、泰顺县、瓯海区）决定' : ''}`,
          en: `Remainder ranks ${part.remainderPlace}, within the ${rounding.unitsLeft} fen left: one extra fen${byTieOrder ? '; equal to another receiver’s remainder, decided by the order of 28号 第四条' : ''}`,
        }
      : part.remainder.isZero()
        ? {
            zh: '精确值恰为整分，无需取整',
            en: 'The exact amount is a whole number of fen: nothing to round',
          }
        : {
            zh: `尾差排第 ${part.remainderPlace} 位，不在待分配的 ${rounding.unitsLeft} 分之内，取向下取整值${byTieOrder ? '；与其他地区尾差相同，按 28号 第四条顺序决定' : ''}`,
            en: `Remainder ranks ${part.remainderPlace}, outside the ${rounding.unitsLeft} fen left: the floored amount stands${byTieOrder ? '; equal to another receiver’s remainder, decided by the order of 28号 第四条' : ''}`,
          },
  };
}

function scoreStep(allocation: FundAllocation, found: ReceiverAllocation): ExplanationStep {
  const items = allocation.parameters.assessment.items;
  const terms = items.map((item) =>
    item.fromRate
      ? `${bare(found.score.items[item.key].dividedBy(item.max), 8)} × ${item.max.toDecimal(0)}`
      : bare(found.score.items[item.key], 8),
  );
  return {
    key: 'score',
    title: {
      zh: '水源地保护考核得分（满分 100）',
      en: 'Source-protection assessment score (out of 100)',
    },
    citation: allocation.parameters.assessment.citation,
    values: items.map((item) => ({
      label: {
        zh: `${SCORE_LABELS[item.key].zh}（满分 ${item.max.toDecimal(0)}，${item.department}）`,
        en: `${SCORE_LABELS[item.key].en} (out of ${item.max.toDecimal(0)}, ${item.department})`,
      },
      value: item.fromRate
        ? `${formatPercent(found.score.items[item.key].dividedBy(item.max), SHARE_PLACES)} × ${item.max.toDecimal(0)} = ${formatExact(found.score.items[item.key], SCORE_PLACES)}`
        : formatExact(found.score.items[item.key], SCORE_PLACES),
    })),
    formula: terms.join(' + '),
    result: found.score.total.toDecimal(SCORE_PLACES),
    exact: found.score.total.toFraction(),
    note: {
      zh: '绿色发展综合绩效 = 市对县高质量发展指标体系中绿色发展模块得分率 × 30；排名按精确得分比较',
      en: 'Green development = the green-development module score rate × 30; ranks compare exact scores',
    },
  };
}

function rewardStep(
  allocation: FundAllocation,
  found: ReceiverAllocation,
  u: Units,
): ExplanationStep {
  const { reward } = found;
  const group = allocation.parameters.reward.groups.find(
    (candidate) => candidate.key === reward.group,
  )!;
  const groupLabel = GROUP_LABELS[group.key] ?? { zh: group.key, en: group.key };
  const place = PLACE_LABELS[reward.place - 1] ?? {
    zh: `第 ${reward.place} 名`,
    en: `#${reward.place}`,
  };
  const tied = reward.tiedWith.length > 0;
  const members = RECEIVERS.filter((county) => group.members.includes(county as Receiver));
  return {
    key: 'reward',
    title: { zh: `奖励部分：${groupLabel.zh}`, en: `Reward: ${groupLabel.en}` },
    citation: tied ? { rule: 'W6, WD2', article: '28号 第十条' } : group.citation,
    values: [
      ...members.map((county) => ({
        label: { zh: `${county} 考核得分`, en: `${county} assessment score` },
        value: allocation.allocations
          .find((entry) => entry.county === county)!
          .score.total.toDecimal(SCORE_PLACES),
      })),
      ...group.amounts.map((amount, index) => ({
        label: {
          zh: `${PLACE_LABELS[index]?.zh ?? `第 ${index + 1} 名`}奖励`,
          en: `Reward for ${PLACE_LABELS[index]?.en ?? `#${index + 1}`}`,
        },
        value: u.yuan(amount),
      })),
      {
        label: {
          zh: `本地区名次（${place.zh}${tied ? '，并列' : ''}）`,
          en: `Place (${place.en}${tied ? ', tied' : ''})`,
        },
        value: `${reward.place} / ${group.members.length}`,
      },
    ],
    formula: tied
      ? `(${reward.sharedAmounts.map((amount) => amount.toDecimal(2)).join(' + ')}) ÷ ${reward.tiedWith.length + 1}`
      : undefined,
    result: u.yuan(reward.exact),
    exact: reward.exact.toFraction(),
    note: tied
      ? {
          zh: `与 ${reward.tiedWith.join('、')} 得分相同；28号 未规定并列，按 WD2 平分所涉名次的奖励，已提请审定时注意`,
          en: `Same score as ${reward.tiedWith.join(', ')}; 28号 does not provide for ties, so by WD2 they share the places' rewards equally (flagged)`,
        }
      : undefined,
  };
}

function totalStep(
  allocation: FundAllocation,
  found: ReceiverAllocation,
  u: Units,
): ExplanationStep {
  return {
    key: 'total',
    title: {
      zh: '补偿资金合计 = 基础部分 + 奖励部分',
      en: 'Total transfer = base part + reward part',
    },
    citation: { rule: 'W4, WD1', article: '28号 第八条' },
    formula: `${found.base.rounded.amount.toDecimal(2)} + ${found.reward.rounded.amount.toDecimal(2)}`,
    result: u.yuan(found.total),
    note: {
      zh: `四个受偿地区基础部分合计 ${money(allocation.parameters.base.amount)} 元，奖励部分合计 ${money(allocation.parameters.reward.amount)} 元，分毫不差`,
      en: `The four receivers' base parts add up to exactly ${money(allocation.parameters.base.amount)} yuan, their rewards to ${money(allocation.parameters.reward.amount)} yuan`,
    },
  };
}
