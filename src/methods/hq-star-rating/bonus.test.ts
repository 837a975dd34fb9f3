import { describe, expect, it } from 'vitest';
import { listingBonus, top500Bonus } from './bonus.ts';
import { ratingParameters } from './parameters.ts';

const parameters = ratingParameters('2026-03-01');

describe('top-500 bonus (R7)', () => {
  it('counts only the highest list entered', () => {
    expect(top500Bonus(['manufacturing', 'private', 'service'], parameters)).toMatchObject({
      counted: 'private',
    });
    expect(top500Bonus(['manufacturing', 'private'], parameters).points.toDecimal(0)).toBe('2');
    expect(top500Bonus(['world', 'china'], parameters).points.toDecimal(0)).toBe('5');
  });

  it('counts equal lists once, the first in the order of R7', () => {
    expect(top500Bonus(['service', 'manufacturing'], parameters)).toMatchObject({
      counted: 'manufacturing',
    });
    expect(top500Bonus(['service', 'manufacturing'], parameters).points.toDecimal(0)).toBe('1');
  });

  it('gives nothing without a list', () => {
    expect(top500Bonus([], parameters)).toMatchObject({ counted: null });
    expect(top500Bonus([], parameters).points.isZero()).toBe(true);
  });
});

describe('listing bonus (R8)', () => {
  it('gives one point per listing', () => {
    expect(listingBonus(0, parameters).toDecimal(0)).toBe('0');
    expect(listingBonus(3, parameters).toDecimal(0)).toBe('3');
  });
});
