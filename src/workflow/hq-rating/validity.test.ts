import { describe, expect, it } from 'vitest';
import { hasLapsed, inEffect, notInEffectMessage, validUntil } from './validity.ts';

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

  it('reads a final rating as lapsed from the day after its last day, never before', () => {
    const rating = { state: 'final' as const, validUntil: '2028-03-24' };
    expect(hasLapsed(rating, '2028-03-24')).toBe(false);
    expect(hasLapsed(rating, '2028-03-25')).toBe(true);
    expect(hasLapsed({ ...rating, state: 'revoked' }, '2029-01-01')).toBe(false);
    expect(hasLapsed({ state: 'published', validUntil: null }, '2029-01-01')).toBe(false);
  });

  it('says a lapsed rating lapsed, with its dates', () => {
    const rating = { finalOn: '2026-03-25', validUntil: '2028-03-24', revoked: false };
    expect(notInEffectMessage(rating, '2028-03-25').zh).toContain('已于 2028-03-24 届满');
    expect(notInEffectMessage(rating, '2028-03-25').en).toContain('lapsed after 2028-03-24');
    expect(notInEffectMessage({ ...rating, revoked: true }, '2027-01-01').zh).toContain(
      '不在有效期内',
    );
  });
});
