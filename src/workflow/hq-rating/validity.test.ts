import { describe, expect, it } from 'vitest';
import { inEffect, validUntil } from './validity.ts';

describe('validity (R13: two years)', () => {
  it('ends the day before the second anniversary', () => {
    expect(validUntil('2026-03-25')).toBe('2028-03-24');
    expect(validUntil('2026-01-01')).toBe('2027-12-31');
  });

  it('handles a rating finalized on 29 February', () => {
    expect(validUntil('2024-02-29')).toBe('2026-02-28');
  });

  it('is in effect from the final date to the last day, unless revoked', () => {
    const rating = { finalOn: '2026-03-25', validUntil: '2028-03-24', revoked: false };
    expect(inEffect(rating, '2026-03-24')).toBe(false);
    expect(inEffect(rating, '2026-03-25')).toBe(true);
    expect(inEffect(rating, '2028-03-24')).toBe(true);
    expect(inEffect(rating, '2028-03-25')).toBe(false);
    expect(inEffect({ ...rating, revoked: true }, '2027-01-01')).toBe(false);
  });
});
