import type { Exact } from '../../engine/exact/exact.ts';
import type { Localized } from '../../engine/localized.ts';

/** The early-warning levels of MD3, as written in the output's `warning` field. */
export const WARNING_LEVELS = ['none', 'watch', 'relief_due', 'uninsured'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];

/** Names of the levels for people. */
export const WARNING_LEVEL_LABELS: Record<WarningLevel, Localized> = {
  none: { zh: '无', en: 'none' },
  watch: { zh: '关注', en: 'watch' },
  relief_due: { zh: '应予化解', en: 'relief due' },
  uninsured: { zh: '有成员未参保', en: 'uninsured member' },
};

/** The amounts of MD3 (configurable; defaults in parameters.yaml), in yuan. */
export interface WarningThresholds {
  watchAbove: Exact;
  reliefDueAbove: Exact;
}

/**
 * "Passes" in MD3 means strictly above: a cost equal to the threshold does not pass it, one fen
 * more does. The same reading as M3's "超12万部分": at exactly 120000 nothing is above.
 * @example passes(dec('60000.00'), dec('60000')) // false
 * @example passes(dec('60000.01'), dec('60000')) // true
 */
export function passes(amount: Exact, threshold: Exact): boolean {
  return amount.compare(threshold) > 0;
}

/**
 * MD3: one level per family, the first that applies in the order relief due (cost above the
 * relief-due amount), uninsured (a member not enrolled, M5, 90号 三(一)), watch (cost above the
 * watch amount), else none. So an uninsured family above 120000 is `relief_due`: the relief is the
 * more urgent visit, and the enrolment is checked on it.
 * @example warningLevel({ outOfPocket: dec('120000.01'), insuredMembers: 2, members: 3 }, defaults) // 'relief_due'
 * @example warningLevel({ outOfPocket: dec('120000.00'), insuredMembers: 3, members: 3 }, defaults) // 'watch'
 */
export function warningLevel(
  family: { outOfPocket: Exact; insuredMembers: number; members: number },
  thresholds: WarningThresholds,
): WarningLevel {
  if (passes(family.outOfPocket, thresholds.reliefDueAbove)) return 'relief_due';
  if (family.insuredMembers < family.members) return 'uninsured';
  if (passes(family.outOfPocket, thresholds.watchAbove)) return 'watch';
  return 'none';
}
