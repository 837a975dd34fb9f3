import { describe, expect, it } from 'vitest';
import {
  isRevocationReason,
  REVOCATION_CITATION,
  REVOCATION_LABELS,
  REVOCATION_REASONS,
} from './revocation.ts';

describe('revocation grounds (R14, 88号 五、3)', () => {
  it('are the four of the method, each with both languages', () => {
    expect(REVOCATION_REASONS).toEqual([1, 2, 3, 4]);
    for (const reason of REVOCATION_REASONS) {
      expect(REVOCATION_LABELS[reason].zh).toMatch(new RegExp(`^（${reason}）`));
      expect(REVOCATION_LABELS[reason].en).toMatch(new RegExp(`^\\(${reason}\\)`));
    }
    expect(REVOCATION_CITATION).toEqual({ rule: 'R14', article: '88号 五、3' });
  });

  it('recognises only those four', () => {
    expect(isRevocationReason(3)).toBe(true);
    expect(isRevocationReason(5)).toBe(false);
    expect(isRevocationReason('3')).toBe(false);
  });
});
