import type { Citation } from '../../engine/citation.ts';
import type { Localized } from '../../engine/localized.ts';

/**
 * R12 (88号 五、1): a rating is made in batches, normally one every two years, and a batch is
 * finished before the end of the first quarter of the year after its year.
 */
export const CADENCE: { everyYears: number; citation: Citation } = {
  everyYears: 2,
  citation: { rule: 'R12', article: '88号 五、1' },
};

/**
 * The day a batch of `year` must be finished by: 31 March of the next year.
 * @example batchDeadline(2026) // '2027-03-31'
 */
export function batchDeadline(year: number): string {
  return `${year + 1}-03-31`;
}

/**
 * Whether a batch opens sooner than the usual two years after the one before it (by their
 * opening dates); a warning for the bureau, not a refusal, since 88号 says "原则上".
 * @example cadenceWarning({ opensOn: '2026-12-21' }, [{ title: '2025年度…', opensOn: '2025-11-03' }])?.zh
 * // '本批次开放日期距上一批次“2025年度…”（2025-11-03 开放）不足 2 年；88号 五、1 规定原则上每两年开展一次'
 */
export function cadenceWarning(
  batch: { opensOn: string },
  others: readonly { title: string; opensOn: string }[],
): Localized | null {
  const before = others
    .filter((other) => other.opensOn < batch.opensOn)
    .sort((a, b) => b.opensOn.localeCompare(a.opensOn))[0];
  if (!before) return null;
  const due = `${Number(before.opensOn.slice(0, 4)) + CADENCE.everyYears}${before.opensOn.slice(4)}`;
  if (batch.opensOn >= due) return null;
  return {
    zh: `本批次开放日期距上一批次“${before.title}”（${before.opensOn} 开放）不足 ${CADENCE.everyYears} 年；88号 五、1 规定原则上每两年开展一次`,
    en: `This batch opens less than ${CADENCE.everyYears} years after the previous one, "${before.title}" (opened ${before.opensOn}); 88号 五、1 holds one every two years as a rule`,
  };
}
