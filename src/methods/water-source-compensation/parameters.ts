import { z } from 'zod';
import type { Citation } from '../../engine/citation.ts';
import { isJurisdiction, type Jurisdiction } from '../../engine/china/jurisdictions.ts';
import { Exact } from '../../engine/exact/exact.ts';
import { exactDecimal, wholeNumber } from '../../engine/exact/schema.ts';
import {
  loadDatedParameters,
  NoParametersError,
  versionInForce,
  type DatedVersion,
} from '../../engine/parameters.ts';

/** W1 (28号 第四条): the receiving jurisdictions, in the order of 第四条 (also WD1's tie order). */
export const RECEIVERS = ['瑞安市', '文成县', '泰顺县', '瓯海区'] as const;
export type Receiver = (typeof RECEIVERS)[number];

/** W5 (28号 第九条): the four base factors, in the order of 第九条. */
export const FACTOR_KEYS = [
  'primary_zone_area',
  'catchment_area',
  'population',
  'water_area',
] as const;
export type FactorKey = (typeof FACTOR_KEYS)[number];

/** W7 (28号 第十一条): the four assessment items, in the order of 第十一条. */
export const SCORE_KEYS = [
  'water_quality',
  'green_development',
  'management',
  'performance',
] as const;
export type ScoreKey = (typeof SCORE_KEYS)[number];

const citation = { rule: z.string().min(1), article: z.string().min(1) };
const money = exactDecimal;

const parametersSchema = z.object({
  years: z.object({ from: wholeNumber, to: wholeNumber, ...citation }),
  receivers: z.object({ counties: z.array(z.string()), ...citation }),
  contributions: z.object({
    fund: z.object({ amount: money, ...citation }),
    city: z.object({ payer: z.string(), amount: money, ...citation }),
    counties_total: z.object({ amount: money, ...citation }),
    counties: z.array(
      z.object({
        county: z.string(),
        amount: money,
        ...citation,
        of_which: z.array(z.object({ name: z.string(), amount: money, ...citation })).optional(),
      }),
    ),
  }),
  base: z.object({
    amount: money,
    ...citation,
    factors: z.array(
      z.object({
        key: z.enum(FACTOR_KEYS),
        weight: exactDecimal,
        unit: z.string(),
        department: z.string(),
        ...citation,
      }),
    ),
  }),
  reward: z.object({
    amount: money,
    ...citation,
    groups: z.array(
      z.object({
        key: z.string(),
        members: z.array(z.string()).min(1),
        amounts: z.array(money).min(1),
        ...citation,
      }),
    ),
  }),
  assessment: z.object({
    total: exactDecimal,
    ...citation,
    items: z.array(
      z.object({
        key: z.enum(SCORE_KEYS),
        max: exactDecimal,
        from_rate: z.literal('green_rate').optional(),
        department: z.string(),
        ...citation,
      }),
    ),
  }),
  rounding: z.object({ unit: exactDecimal, tie_order: z.array(z.string()), ...citation }),
});

type RawParameters = z.infer<typeof parametersSchema>;

export interface FactorParameter {
  key: FactorKey;
  /** Weight in percent (W5: 5, 45, 30, 20). */
  weight: Exact;
  unit: string;
  /** The department that confirms the figure (W5). */
  department: string;
  citation: Citation;
}

export interface RewardGroup {
  key: string;
  members: Receiver[];
  /** By place: first, second (W6). */
  amounts: Exact[];
  citation: Citation;
}

export interface ScoreItem {
  key: ScoreKey;
  max: Exact;
  /** Set for green development: the item is the reported rate × max (W7). */
  fromRate?: 'green_rate';
  department: string;
  citation: Citation;
}

export interface CountyContribution {
  county: Jurisdiction;
  amount: Exact;
  citation: Citation;
  /** WD4: parts named inside the amount (温州湾新区 within 龙湾区), not added to it. */
  ofWhich: { name: string; amount: Exact; citation: Citation }[];
}

/** The values of one dated version of 28号, as the formulas use them. All amounts in yuan. */
export interface FundParameters {
  source: string;
  effectiveFrom: string;
  years: { from: number; to: number; citation: Citation };
  receivers: { counties: readonly Receiver[]; citation: Citation };
  contributions: {
    fund: { amount: Exact; citation: Citation };
    city: { payer: string; amount: Exact; citation: Citation };
    countiesTotal: { amount: Exact; citation: Citation };
    counties: CountyContribution[];
  };
  base: { amount: Exact; citation: Citation; factors: FactorParameter[] };
  reward: { amount: Exact; citation: Citation; groups: RewardGroup[] };
  assessment: { total: Exact; citation: Citation; items: ScoreItem[] };
  rounding: { unit: Exact; tieOrder: Receiver[]; citation: Citation };
}

const cite = (raw: { rule: string; article: string }): Citation => ({
  rule: raw.rule,
  article: raw.article,
});

/**
 * Builds and checks one version. The sums 28号 states (70 million from the counties, 170 in all,
 * 140 + 30, weights to 100 %, maxima to 100 points) are verified here, so a mistyped parameter
 * stops the program at start instead of moving money.
 */
function build(version: DatedVersion<RawParameters>): FundParameters {
  const { values: v, source, effectiveFrom } = version;
  const fail = (what: string): never => {
    throw new Error(`parameters of ${source}: ${what}`);
  };
  const sum = (values: Exact[]) => values.reduce((a, b) => a.plus(b), Exact.ZERO);

  const receivers = v.receivers.counties;
  if (receivers.join() !== RECEIVERS.join()) fail(`receivers must be ${RECEIVERS.join(', ')}`);
  const asReceiver = (name: string): Receiver =>
    (RECEIVERS as readonly string[]).includes(name)
      ? (name as Receiver)
      : fail(`${name} is not a receiver`);

  const counties = v.contributions.counties.map((entry): CountyContribution => {
    if (!isJurisdiction(entry.county)) fail(`payer ${entry.county} is not a jurisdiction`);
    const ofWhich = (entry.of_which ?? []).map((part) => ({
      name: part.name,
      amount: part.amount,
      citation: cite(part),
    }));
    // WD4: a part named within an amount cannot exceed it.
    if (sum(ofWhich.map((part) => part.amount)).compare(entry.amount) > 0)
      fail(`the parts of ${entry.county} exceed its amount`);
    return {
      county: entry.county as Jurisdiction,
      amount: entry.amount,
      citation: cite(entry),
      ofWhich,
    };
  });
  const c = v.contributions;
  if (!sum(counties.map((entry) => entry.amount)).equals(c.counties_total.amount))
    fail('the counties’ contributions do not add up to counties_total');
  if (!c.city.amount.plus(c.counties_total.amount).equals(c.fund.amount))
    fail('city + counties is not the fund');
  if (!v.base.amount.plus(v.reward.amount).equals(c.fund.amount))
    fail('base + reward is not the fund');

  const factors = FACTOR_KEYS.map((key): FactorParameter => {
    const found = v.base.factors.find((factor) => factor.key === key) ?? fail(`no factor ${key}`);
    return {
      key,
      weight: found.weight,
      unit: found.unit,
      department: found.department,
      citation: cite(found),
    };
  });
  if (!sum(factors.map((factor) => factor.weight)).equals(Exact.of(100n)))
    fail('weights do not add up to 100');

  const groups = v.reward.groups.map((group): RewardGroup => {
    if (group.amounts.length < group.members.length)
      fail(`group ${group.key} has fewer amounts than members`);
    return {
      key: group.key,
      members: group.members.map(asReceiver),
      amounts: group.amounts,
      citation: cite(group),
    };
  });
  const inGroups = groups.flatMap((group) => group.members);
  if ([...inGroups].sort().join() !== [...RECEIVERS].sort().join())
    fail('every receiver must be in exactly one reward group');
  const paidOut = sum(groups.flatMap((group) => group.amounts.slice(0, group.members.length)));
  if (!paidOut.equals(v.reward.amount)) fail('the group amounts do not add up to the reward');

  const items = SCORE_KEYS.map((key): ScoreItem => {
    const found = v.assessment.items.find((item) => item.key === key) ?? fail(`no item ${key}`);
    return {
      key,
      max: found.max,
      ...(found.from_rate ? { fromRate: found.from_rate } : {}),
      department: found.department,
      citation: cite(found),
    };
  });
  if (!sum(items.map((item) => item.max)).equals(v.assessment.total))
    fail('maxima do not add up to the total');

  const tieOrder = v.rounding.tie_order.map(asReceiver);
  if ([...tieOrder].sort().join() !== [...RECEIVERS].sort().join())
    fail('tie_order must list every receiver');

  return {
    source,
    effectiveFrom,
    years: { from: v.years.from, to: v.years.to, citation: cite(v.years) },
    receivers: { counties: RECEIVERS, citation: cite(v.receivers) },
    contributions: {
      fund: { amount: c.fund.amount, citation: cite(c.fund) },
      city: { payer: c.city.payer, amount: c.city.amount, citation: cite(c.city) },
      countiesTotal: { amount: c.counties_total.amount, citation: cite(c.counties_total) },
      counties,
    },
    base: { amount: v.base.amount, citation: cite(v.base), factors },
    reward: { amount: v.reward.amount, citation: cite(v.reward), groups },
    assessment: { total: v.assessment.total, citation: cite(v.assessment), items },
    rounding: { unit: v.rounding.unit, tieOrder, citation: cite(v.rounding) },
  };
}

const versions: FundParameters[] = loadDatedParameters(
  new URL('./parameters.yaml', import.meta.url),
  parametersSchema,
).map(build);

/** The years some version of 28号 covers, e.g. `[{ from: 2023, to: 2025 }]`, for messages. */
export const COVERED_YEARS: readonly { from: number; to: number }[] = versions.map((version) => ({
  from: version.years.from,
  to: version.years.to,
}));

/**
 * The parameters for one fund year: the version in force at the end of that year, provided the
 * year is among the years it sets amounts for (28号 第七条: 2023-2025); `null` otherwise.
 * @example fundParameters(2024)?.base.amount.toDecimal(2) // '140000000.00'
 * @example fundParameters(2026) // null
 */
export function fundParameters(year: number): FundParameters | null {
  let version: FundParameters;
  try {
    version = versionInForce(
      versions.map((entry) => ({
        effectiveFrom: entry.effectiveFrom,
        source: entry.source,
        values: entry,
      })),
      `${String(year).padStart(4, '0')}-12-31`,
    ).values;
  } catch (error) {
    if (error instanceof NoParametersError) return null;
    throw error;
  }
  return year >= version.years.from && year <= version.years.to ? version : null;
}

/**
 * The most recent version: what the input checks use for the assessment maxima when the file's
 * year is missing or not covered (the year itself is then reported as the problem).
 * @example latestFundParameters().assessment.total.toDecimal(0) // '100'
 */
export function latestFundParameters(): FundParameters {
  return versions[versions.length - 1]!;
}
