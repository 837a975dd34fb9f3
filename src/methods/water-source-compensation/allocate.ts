import type { ApportionedPart, Apportionment } from '../../engine/apportion.ts';
import type { Exact } from '../../engine/exact/exact.ts';
import { InputError } from '../../engine/input-issue.ts';
import type { Warning } from '../../engine/warning.ts';
import { baseAllocation, type ReceiverBase } from './base.ts';
import { yearContributions, type YearContributions } from './contributions.ts';
import type { WaterInput } from './input.ts';
import { GROUP_LABELS } from './labels.ts';
import { fundParameters, RECEIVERS, type FundParameters, type Receiver } from './parameters.ts';
import { rewardAllocation, type RewardPlace } from './reward.ts';
import { roundToFen } from './rounding.ts';
import { assessmentScore, type AssessmentScore } from './score.ts';

/** One receiver's allocation: the base (W5), the reward (W6, W7) and the total, in yuan. */
export interface ReceiverAllocation {
  county: Receiver;
  /** W5 exact, and its WD1 rounding. */
  base: ReceiverBase & { rounded: ApportionedPart<Receiver> };
  /** W7: the assessment items and total, exact. */
  score: AssessmentScore;
  /** W6 exact (WD2 for ties), and its WD1 rounding. */
  reward: RewardPlace & { rounded: ApportionedPart<Receiver> };
  /** Rounded base + rounded reward: what is transferred. */
  total: Exact;
}

/** One year's allocation of the fund. */
export interface FundAllocation {
  year: number;
  parameters: FundParameters;
  /** In the order of W1: 瑞安市, 文成县, 泰顺县, 瓯海区. */
  allocations: ReceiverAllocation[];
  /** WD1 on the base part (140,000,000.00) and on the reward part (30,000,000.00). */
  baseRounding: Apportionment<Receiver>;
  rewardRounding: Apportionment<Receiver>;
  /** W2: who pays the year's fund (WD4 for 温州湾新区). */
  contributions: YearContributions;
  warnings: Warning[];
}

/**
 * Allocates one year's fund by 28号: the base part by the four factors (W5), the reward part by
 * the assessment within each group (W6, W7, WD2), each part rounded to the fen once, at the end,
 * by the largest remainder (WD1), so the parts add up exactly to 140,000,000.00 and 30,000,000.00.
 * @throws InputError when the year is not one 28号 covers, or a factor's total is zero (WD3).
 * @example allocateFund(readWaterInput(text)).allocations[0].total.toDecimal(2)
 */
export function allocateFund(
  input: Pick<WaterInput, 'year' | 'factors' | 'assessment'>,
): FundAllocation {
  const parameters = fundParameters(input.year);
  if (!parameters) {
    throw new InputError([
      {
        column: 'year',
        code: 'year_not_covered',
        message: {
          zh: `28号 没有规定 ${input.year} 年的资金安排`,
          en: `28号 sets no fund for ${input.year}`,
        },
      },
    ]);
  }
  const bases = baseAllocation(input.factors, parameters);
  const scores = {} as Record<Receiver, AssessmentScore>;
  for (const county of RECEIVERS)
    scores[county] = assessmentScore(input.assessment[county], parameters);
  const totals = {} as Record<Receiver, Exact>;
  for (const county of RECEIVERS) totals[county] = scores[county].total;
  const rewards = rewardAllocation(totals, parameters);

  const exactOf = (pick: (county: Receiver) => Exact) =>
    Object.fromEntries(RECEIVERS.map((county) => [county, pick(county)])) as Record<
      Receiver,
      Exact
    >;
  const baseRounding = roundToFen(
    exactOf((county) => bases[county].exact),
    parameters.base.amount,
    parameters,
  );
  const rewardRounding = roundToFen(
    exactOf((county) => rewards[county].exact),
    parameters.reward.amount,
    parameters,
  );

  const allocations = RECEIVERS.map((county, index): ReceiverAllocation => {
    const baseRounded = baseRounding.parts[index]!;
    const rewardRounded = rewardRounding.parts[index]!;
    return {
      county,
      base: { ...bases[county], rounded: baseRounded },
      score: scores[county],
      reward: { ...rewards[county], rounded: rewardRounded },
      total: baseRounded.amount.plus(rewardRounded.amount),
    };
  });
  return {
    year: input.year,
    parameters,
    allocations,
    baseRounding,
    rewardRounding,
    contributions: yearContributions(parameters),
    warnings: allocationWarnings(allocations, baseRounding, rewardRounding),
  };
}

/**
 * What a reviewer must see beside the amounts: a tie in a reward group (WD2), and an extra fen
 * that the W1 order gave between equal remainders (WD1).
 */
function allocationWarnings(
  allocations: ReceiverAllocation[],
  baseRounding: Apportionment<Receiver>,
  rewardRounding: Apportionment<Receiver>,
): Warning[] {
  const warnings: Warning[] = [];
  const seen = new Set<Receiver>();
  for (const allocation of allocations) {
    const { reward } = allocation;
    if (reward.tiedWith.length === 0 || seen.has(allocation.county)) continue;
    const tied = RECEIVERS.filter(
      (county) => county === allocation.county || reward.tiedWith.includes(county),
    );
    tied.forEach((county) => seen.add(county));
    const group = GROUP_LABELS[reward.group] ?? { zh: reward.group, en: reward.group };
    const each = reward.exact.toDecimal(2);
    const score = allocation.score.total.toDecimal(4);
    warnings.push({
      code: 'reward_tie',
      message: {
        zh: `${group.zh}中 ${tied.join('、')} 考核得分相同（${score} 分），按 WD2 平分第一、二名奖励，各得 ${each} 元；28号 未规定并列情形，请审定时注意`,
        en: `In ${group.en}, ${tied.join(', ')} have the same assessment score (${score}); by WD2 they share the first and second rewards equally, ${each} yuan each. 28号 does not provide for ties: for the reviewers' attention`,
      },
      citation: { rule: 'WD2', article: '28号 第十条' },
      subjects: tied,
    });
  }
  const parts: [Apportionment<Receiver>, { zh: string; en: string }][] = [
    [baseRounding, { zh: '基础部分', en: 'base part' }],
    [rewardRounding, { zh: '奖励部分', en: 'reward part' }],
  ];
  for (const [rounding, name] of parts) {
    if (rounding.decidedByTieOrder.length === 0) continue;
    const receivers = rounding.decidedByTieOrder;
    const gainers = rounding.parts
      .filter((part) => part.extraUnit && receivers.includes(part.key))
      .map((part) => part.key);
    warnings.push({
      code: 'remainder_tie',
      message: {
        zh: `${name.zh}取整到分时，${receivers.join('、')} 的尾差相同，按 WD1 依 28号 第四条顺序由 ${gainers.join('、')} 各多得 1 分钱`,
        en: `Rounding the ${name.en} to the fen, ${receivers.join(', ')} have equal remainders; by WD1 the extra fen went in the order of 28号 第四条 to ${gainers.join(', ')}`,
      },
      citation: { rule: 'WD1', article: '28号 第四条' },
      subjects: receivers,
    });
  }
  return warnings;
}
