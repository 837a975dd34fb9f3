import { Exact } from '../../engine/exact/exact.ts';
import type { FundParameters, Receiver } from './parameters.ts';

/** W6 for one receiver: its group, place and exact reward. */
export interface RewardPlace {
  county: Receiver;
  group: string;
  /** 1-based competition place within the group: equal scores share the better place (WD2). */
  place: number;
  /** The other members of the group with exactly the same score (WD2); empty without a tie. */
  tiedWith: Receiver[];
  /** The place amounts the tie shares, e.g. [11,000,000, 9,000,000]; one amount without a tie. */
  sharedAmounts: Exact[];
  /** The reward, exact: the place's amount, or the tied places' amounts split equally. */
  exact: Exact;
}

/**
 * W6 (28号 第十条): within each group the higher assessment total takes the first amount, the
 * lower the second (A: 11,000,000 / 9,000,000; B: 6,000,000 / 4,000,000). WD2: members with exactly
 * equal totals share the amounts of the places they cover equally (10,000,000 each in A, 5,000,000
 * each in B) — 28号 is silent on ties; the caller flags them.
 * @example rewardAllocation(scores, fundParameters(2024)!).文成县.exact.toDecimal(0) // '11000000'
 */
export function rewardAllocation(
  scores: Record<Receiver, Exact>,
  parameters: FundParameters,
): Record<Receiver, RewardPlace> {
  const result = {} as Record<Receiver, RewardPlace>;
  for (const group of parameters.reward.groups) {
    // Highest total first, compared exactly; equal totals keep the order of W1 (it has no effect
    // on the amounts, which a tie shares).
    const ordered = [...group.members].sort((a, b) => scores[b].compare(scores[a]));
    let start = 0;
    while (start < ordered.length) {
      let end = start + 1;
      while (end < ordered.length && scores[ordered[end]!].equals(scores[ordered[start]!])) end++;
      const tied = ordered.slice(start, end);
      const sharedAmounts = group.amounts.slice(start, end);
      const pot = sharedAmounts.reduce((sum, amount) => sum.plus(amount), Exact.ZERO);
      const each = pot.dividedBy(Exact.of(BigInt(tied.length))).reduced();
      for (const county of tied) {
        result[county] = {
          county,
          group: group.key,
          place: start + 1,
          tiedWith: tied.filter((other) => other !== county),
          sharedAmounts,
          exact: each,
        };
      }
      start = end;
    }
  }
  return result;
}
