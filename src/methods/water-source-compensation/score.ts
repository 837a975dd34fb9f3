import { Exact } from '../../engine/exact/exact.ts';
import type { FundParameters, ScoreKey } from './parameters.ts';

/** One receiver's reported assessment (W7): points, except green development as a rate. */
export interface AssessmentFigures {
  /** Points out of 50 (市生态环境局). */
  water_quality: Exact;
  /** Score rate of the green-development module, 0 to 1; W7 multiplies it by 30. */
  green_rate: Exact;
  /** Points out of 15 (市生态环境局). */
  management: Exact;
  /** Points out of 5 (市财政局), after any W9 deduction. */
  performance: Exact;
}

/** The four item scores and their sum, exact. */
export interface AssessmentScore {
  items: Record<ScoreKey, Exact>;
  total: Exact;
}

/**
 * W7 (28号 第十一条): the assessment total out of 100. Green development is the module's score rate
 * × its maximum of 30; the other items are the points the departments report. Kept exact: the
 * ranking of W6 compares these totals, and a rounded total could turn a win into a tie.
 * @example assessmentScore({ water_quality: dec('47.5'), green_rate: dec('0.912'), management: dec('14'), performance: dec('4.5') }, p).total.toDecimal(4) // '93.3600'
 */
export function assessmentScore(
  figures: AssessmentFigures,
  parameters: FundParameters,
): AssessmentScore {
  const items = {} as Record<ScoreKey, Exact>;
  let total = Exact.ZERO;
  for (const item of parameters.assessment.items) {
    const value = item.fromRate
      ? figures[item.fromRate].times(item.max)
      : figures[item.key as Exclude<ScoreKey, 'green_development'>];
    items[item.key] = value;
    total = total.plus(value);
  }
  return { items, total };
}
