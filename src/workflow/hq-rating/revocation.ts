import type { Citation } from '../../engine/citation.ts';
import type { Localized } from '../../engine/localized.ts';

/** The four grounds of R14 (88号 五、3), numbered as there. */
export const REVOCATION_REASONS = [1, 2, 3, 4] as const;
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

export const REVOCATION_CITATION: Citation = { rule: 'R14', article: '88号 五、3' };

/** Each ground in our words, for the revocation form and the enterprise's timeline. */
export const REVOCATION_LABELS: Record<RevocationReason, Localized> = {
  1: {
    zh: '（1）已不符合本市总部企业的认定标准',
    en: '(1) no longer meets the Wenzhou HQ-enterprise standard',
  },
  2: {
    zh: '（2）业绩连年下滑、负债率连年上升，且近两年地方综合贡献未达到标准',
    en: '(2) results keep falling, debt ratio keeps rising and local contribution missed the standard in the last two years',
  },
  3: {
    zh: '（3）信用状况恶化，已列入严重失信主体名单',
    en: '(3) credit worsened and it was put on the list of seriously dishonest entities',
  },
  4: { zh: '（4）有其他严重违法行为', en: '(4) other serious violations of law' },
};

/**
 * Narrows a number to an R14 ground.
 * @example isRevocationReason(3) // true
 */
export function isRevocationReason(value: unknown): value is RevocationReason {
  return (REVOCATION_REASONS as readonly unknown[]).includes(value);
}
