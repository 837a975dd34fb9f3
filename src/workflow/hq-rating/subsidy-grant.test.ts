import { describe, expect, it } from 'vitest';
import { dec } from '../../engine/exact/decimal.ts';
import { subsidyGranted } from './subsidy-grant.ts';

describe('subsidyGranted (88号 四、2)', () => {
  it('is the amount claimed times the share', () => {
    expect(subsidyGranted(dec('360000'), dec('30')).grantedYuan).toBe('108000.00');
  });

  it('rounds half up to the fen only at the end', () => {
    // 1234.57 × 33.33 % = 411.482181 → 411.48; 0.15 × 50 % = 0.075 → 0.08
    expect(subsidyGranted(dec('1234.57'), dec('33.33')).grantedYuan).toBe('411.48');
    expect(subsidyGranted(dec('0.15'), dec('50')).grantedYuan).toBe('0.08');
    expect(subsidyGranted(dec('0.13'), dec('50')).grantedYuan).toBe('0.07');
  });

  it('explains each step with its rule and the exact product', () => {
    const { steps } = subsidyGranted(dec('1234.57'), dec('33.33'));
    expect(steps.map((s) => s.key)).toEqual(['claimed', 'share', 'granted']);
    expect(steps.every((s) => s.citation.article === '88号 四、2')).toBe(true);
    expect(steps[2]!.formula).toBe('1234.57 × 33.33 % = 411.482181');
    expect(steps[2]!.exact).toBe('411482181/1000000');
  });
});
