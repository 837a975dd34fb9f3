import type { Exact } from '../../engine/exact/exact.ts';
import { formatExact, formatPercent } from '../../engine/exact/format.ts';
import type { Explanation, ExplanationStep } from '../../engine/explanation.ts';
import type { Localized } from '../../engine/localized.ts';
import { TOP500_LABELS } from './bonus.ts';
import { INDICATOR_LABELS } from './indicators.ts';
import type { IndicatorParameter } from './parameters.ts';
import {
  breakdownOf,
  type BatchRating,
  type RatedEnterprise,
  type ScoreBreakdown,
} from './rate.ts';

/** A result with every intermediate value behind it. */
type Explained = RatedEnterprise & ScoreBreakdown;

const SCORE_PLACES = 4;
const STAR_NAMES: Record<number, Localized> = {
  1: { zh: '一星级', en: 'one star' },
  2: { zh: '二星级', en: 'two stars' },
  3: { zh: '三星级', en: 'three stars' },
  4: { zh: '四星级', en: 'four stars' },
  5: { zh: '五星级', en: 'five stars' },
};

/**
 * Every step from one enterprise's figures to its stars, each with the rule behind it, so a
 * reader can redo the total with a calculator. `null` when the credit code is not in the results.
 * @example explainEnterprise(rating, '91330300MA2AXXXXXX')?.steps.length // 12
 */
export function explainEnterprise(rating: BatchRating, uscc: string): Explanation | null {
  const found = rating.results.find((entry) => entry.enterprise.uscc === uscc);
  if (!found) return null;
  const { enterprise, uscc: code, name, county, rank, tiedWith, stars, boundaryTie } = found;
  const result: Explained = {
    ...breakdownOf(rating, found),
    uscc: code,
    name,
    county,
    enterprise,
    rank,
    tiedWith,
    stars,
    boundaryTie,
  };
  const { parameters } = rating;
  const steps: ExplanationStep[] = [
    figuresStep(rating, result),
    rateStep(result),
    ...parameters.indicators.map((indicator) => indicatorStep(rating, result, indicator)),
    baseStep(rating, result),
    top500Step(rating, result),
    listingStep(rating, result),
    totalStep(result),
    rankStep(rating, result),
    starsStep(rating, result),
  ];
  return {
    method: 'hq-star-rating',
    subject: { id: result.enterprise.uscc, name: result.enterprise.name },
    parameters: parameters.source,
    steps,
  };
}

function inUnit(value: Exact, indicator: IndicatorParameter): string {
  if (indicator.unit === '%') return formatPercent(value, 6);
  return `${formatExact(value, 8)} ${indicator.unit}`;
}

/** The number alone, as it goes into a filled-in formula (rates in percent, to six places). */
function bare(value: Exact, indicator: IndicatorParameter): string {
  return inUnit(value, indicator).replace(/ .*$/, '').replace(/^≈/, '').replace(/%$/, '');
}

function figuresStep(rating: BatchRating, result: Explained): ExplanationStep {
  const y = rating.year;
  const period: Record<string, string> = {
    last_two_years: `${y - 2}–${y - 1}`,
    last_year: `${y - 1}`,
  };
  const values = rating.parameters.indicators
    .filter((indicator) => indicator.key !== 'pension_rate')
    .map((indicator) => ({
      label: withPeriod(INDICATOR_LABELS[indicator.key], period[indicator.period]!),
      value: inUnit(result.values[indicator.key], indicator),
    }));
  values.push(
    {
      label: {
        zh: `${y - 1} 年在温职工养老保险缴费人数`,
        en: `Pension payers in Wenzhou, ${y - 1}`,
      },
      value: String(result.enterprise.pensionPayers),
    },
    {
      label: { zh: `${y - 1} 年在温个税申报人数`, en: `Income-tax filers in Wenzhou, ${y - 1}` },
      value: String(result.enterprise.taxFilers),
    },
  );
  return {
    key: 'figures',
    title: {
      zh: '核实后的指标数据（母公司与在温分公司、控股子公司合计）',
      en: 'Verified figures (HQ, Wenzhou branches and controlled subsidiaries summed)',
    },
    citation: { rule: 'R3, R5, D6', article: '88号 附件1 备注2' },
    values,
  };
}

function withPeriod(label: Localized, period: string): Localized {
  return { zh: `${label.zh}（${period} 年）`, en: `${label.en} (${period})` };
}

function rateStep(result: Explained): ExplanationStep {
  const rate = result.values.pension_rate;
  return {
    key: 'pension_rate',
    title: {
      zh: '养老保险参保率 = 缴费人数 ÷ 个税申报人数',
      en: 'Participation rate = pension payers ÷ income-tax filers',
    },
    citation: { rule: 'R6', article: '88号 附件1 备注1' },
    formula: `${result.enterprise.pensionPayers} ÷ ${result.enterprise.taxFilers}`,
    result: formatPercent(rate, 6),
    exact: rate.toFraction(),
  };
}

function indicatorStep(
  rating: BatchRating,
  result: Explained,
  indicator: IndicatorParameter,
): ExplanationStep {
  const pool = rating.pool!;
  const { key, weight } = indicator;
  const label = INDICATOR_LABELS[key];
  const score = result.scores[key];
  const noSpread = pool.noSpread.includes(key);
  const value = result.values[key];
  return {
    key: `score_${key}`,
    title: { zh: `${label.zh}得分（权重 ${weight}）`, en: `${label.en}: score (weight ${weight})` },
    citation: noSpread
      ? { rule: 'R4, D2', article: '88号 附件1 备注3' }
      : { rule: 'R4, D4', article: '88号 附件1 备注3' },
    values: [
      { label: { zh: '本企业', en: 'This enterprise' }, value: inUnit(value, indicator) },
      {
        label: {
          zh: `批次最低值（${pool.size} 家参评企业）`,
          en: `Batch minimum (${pool.size} rated)`,
        },
        value: inUnit(pool.min[key], indicator),
      },
      { label: { zh: '批次最高值', en: 'Batch maximum' }, value: inUnit(pool.max[key], indicator) },
    ],
    formula: noSpread
      ? undefined
      : `(${bare(value, indicator)} − ${bare(pool.min[key], indicator)}) ÷ (${bare(pool.max[key], indicator)} − ${bare(pool.min[key], indicator)}) × ${weight}`,
    result: score.toDecimal(SCORE_PLACES),
    exact: score.toFraction(),
    note: noSpread
      ? {
          zh: '所有参评企业该项数值相同，按 D2 设定计分',
          en: 'Every rated enterprise has the same value; scored by the D2 setting',
        }
      : indicator.unit === '%'
        ? {
            zh: '算式中的参保率以百分数保留 6 位小数，得分按精确值计算',
            en: 'Rates in the formula are percentages rounded to 6 places; the score uses exact values',
          }
        : undefined,
  };
}

function baseStep(rating: BatchRating, result: Explained): ExplanationStep {
  const parts = rating.parameters.indicators.map((indicator) =>
    result.scores[indicator.key].toDecimal(SCORE_PLACES),
  );
  return {
    key: 'base',
    title: { zh: '基本分 = 四项得分之和', en: 'Base score = sum of the four scores' },
    citation: { rule: 'R3, D3', article: '88号 附件1 基本分' },
    formula: parts.join(' + '),
    result: result.base.toDecimal(SCORE_PLACES),
    exact: result.base.toFraction(),
    note: {
      zh: '各项按精确值相加，显示值四舍五入到 4 位小数',
      en: 'Exact values are added; shown rounded to 4 places',
    },
  };
}

function top500Step(rating: BatchRating, result: Explained): ExplanationStep {
  const points = rating.parameters.top500.points;
  const entered = result.enterprise.top500;
  const counted = result.top500.counted;
  return {
    key: 'top500_bonus',
    title: {
      zh: '附加分：500强（就高不重复）',
      en: 'Bonus: top-500 lists (highest only, not added up)',
    },
    citation: rating.parameters.top500.citation,
    values: entered.map((list) => ({ label: TOP500_LABELS[list], value: `+${points[list]}` })),
    result: result.top500.points.toDecimal(0),
    note: counted
      ? { zh: `计入：${TOP500_LABELS[counted].zh}`, en: `Counted: ${TOP500_LABELS[counted].en}` }
      : { zh: '三年内未入选 500 强榜单', en: 'No top-500 listing within three years' },
  };
}

function listingStep(rating: BatchRating, result: Explained): ExplanationStep {
  const each = rating.parameters.listing.pointsEach;
  return {
    key: 'listing_bonus',
    title: {
      zh: '附加分：三年内上市（总部及在温控股子公司，每家）',
      en: 'Bonus: listings within three years (HQ and each controlled subsidiary)',
    },
    citation: rating.parameters.listing.citation,
    formula: `${result.enterprise.listings3y} × ${each}`,
    result: result.listing.toDecimal(0),
  };
}

function totalStep(result: Explained): ExplanationStep {
  return {
    key: 'total',
    title: { zh: '总分 = 基本分 + 附加分', en: 'Total = base + bonus' },
    citation: { rule: 'R9', article: '88号 附件1 备注4' },
    formula: `${result.base.toDecimal(SCORE_PLACES)} + ${result.top500.points.toDecimal(0)} + ${result.listing.toDecimal(0)}`,
    result: result.total.toDecimal(SCORE_PLACES),
    exact: result.total.toFraction(),
  };
}

function rankStep(rating: BatchRating, result: Explained): ExplanationStep {
  // The others on the same rank: the enterprise is never its own tie (D1 competition ranking).
  const others = rating.results.filter(
    (other) => other.rank === result.rank && other.enterprise.uscc !== result.uscc,
  );
  return {
    key: 'rank',
    title: {
      zh: '名次（按总分由高到低，精确比较）',
      en: 'Rank (by total, highest first, compared exactly)',
    },
    citation: { rule: 'R10, D1', article: '88号 附件1 备注5' },
    values: others.map((other) => ({
      label: { zh: '并列企业', en: 'Tied with' },
      value: `${other.enterprise.name} (${other.enterprise.uscc})`,
    })),
    result: `${result.rank} / ${rating.results.length}`,
    note: others.length > 0 ? tieNote(others.length) : undefined,
  };
}

/**
 * The rank step's note for a real tie, counting the other enterprises only.
 * @example tieNote(1).en // 'Same total as 1 other enterprise: they share this rank'
 */
export function tieNote(others: number): Localized {
  return {
    zh: `与另外 ${others} 家企业总分相同，名次并列`,
    en: `Same total as ${others} other ${others === 1 ? 'enterprise' : 'enterprises'}: they share this rank`,
  };
}

function starsStep(rating: BatchRating, result: Explained): ExplanationStep {
  const bands = rating.parameters.stars.bands;
  const index = bands.findIndex((band) => band.stars === result.stars);
  const from = index > 0 ? bands[index - 1]!.lastRank! + 1 : 1;
  const to = bands[index]?.lastRank;
  const band = to === undefined ? `${from}–` : `${from}–${to}`;
  const edge = result.boundaryTie;
  const name = STAR_NAMES[result.stars]!;
  return {
    key: 'stars',
    title: { zh: '星级（按名次分档）', en: 'Stars (bands by rank)' },
    citation: rating.parameters.stars.citation,
    values: [
      { label: { zh: `${name.zh}档次（名次）`, en: `Band of ${name.en} (ranks)` }, value: band },
    ],
    result: '★'.repeat(result.stars),
    note: edge
      ? {
          zh: `${name.zh}；并列跨越第 ${edge.lastRank} 名的星级分界，已提请领导小组注意`,
          en: `${name.en}; the tie straddles the star edge after rank ${edge.lastRank}, flagged for the leading group`,
        }
      : name,
  };
}
