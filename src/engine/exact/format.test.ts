import { describe, expect, it } from 'vitest';
import { Exact } from './exact.ts';
import { dec } from './decimal.ts';
import { formatExact, formatPercent } from './format.ts';

describe('formatExact', () => {
  it('shows terminating decimals in full, without trailing zeros', () => {
    expect(formatExact(dec('56.780'), 4)).toBe('56.78');
    expect(formatExact(dec('100'), 4)).toBe('100');
  });

  it('marks a rounded value with ≈', () => {
    expect(formatExact(Exact.of(1n, 3n), 4)).toBe('≈0.3333');
    expect(formatExact(dec('0.123456'), 4)).toBe('≈0.1235');
  });

  it('writes rates as percentages', () => {
    expect(formatPercent(Exact.of(1n, 2n), 4)).toBe('50%');
    expect(formatPercent(Exact.of(1180n, 1302n), 4)).toBe('≈90.6298%');
  });
});
