import { describe, expect, test } from 'vitest';
import {
  compareDecimals,
  formatYuan,
  groupDigits,
  isLarge,
  sumDecimals,
  toWan,
  wanForReading,
} from './money.ts';

describe('amounts as text', () => {
  test('thousands separators, two places, never rounded', () => {
    expect(formatYuan('140000000.00')).toBe('140,000,000.00 元');
    expect(formatYuan('170000000')).toBe('170,000,000.00 元');
    expect(formatYuan('39543210.55')).toBe('39,543,210.55 元');
    expect(formatYuan('0.5')).toBe('0.50 元');
    expect(formatYuan(null)).toBe('—');
    expect(groupDigits('1234.5678')).toBe('1,234.5678');
  });

  test('万元 by moving the decimal point', () => {
    expect(toWan('170000000.00')).toBe('17,000');
    expect(toWan('39543210.55')).toBe('3,954.321055');
    expect(toWan('1200.00')).toBe('0.12');
    expect(toWan('0.01')).toBe('0.000001');
    expect(wanForReading('27931385.65')).toBe('≈2,793.14');
    expect(wanForReading('27931349.99')).toBe('≈2,793.13');
    expect(wanForReading('140000000.00')).toBe('14,000');
    expect(wanForReading('6000000.00')).toBe('600');
    expect(wanForReading('12345.00')).toBe('≈1.23');
    expect(wanForReading('99999999.99')).toBe('≈10,000.00');
    expect(isLarge('9999.99')).toBe(false);
    expect(isLarge('10000.00')).toBe(true);
  });

  test('exact sums and comparisons (WD1: the parts add up to the fund)', () => {
    const base = ['39543210.55', '40000000.01', '30456789.44', '30000000.00'];
    expect(sumDecimals(base)).toBe('140000000.00');
    expect(sumDecimals(['0.10', '0.20'])).toBe('0.30');
    expect(sumDecimals([])).toBe('0.00');
    expect(compareDecimals('50', '50.0', 4)).toBe(0);
    expect(compareDecimals('50.0001', '50', 4)).toBe(1);
  });
});
