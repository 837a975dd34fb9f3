import { describe, expect, it } from 'vitest';
import { chinaDateOf, chinaDateTime, todayInChina } from './format-time.ts';

describe('China time on screen', () => {
  it('shows a UTC moment as China time, eight hours ahead, across midnight', () => {
    expect(chinaDateTime('2026-11-22T02:05:00.000Z')).toBe('2026-11-22 10:05');
    expect(chinaDateTime('2026-12-31T16:30:00Z')).toBe('2027-01-01 00:30');
    expect(chinaDateOf('2026-11-21T17:00:00.000Z')).toBe('2026-11-22');
    expect(todayInChina(new Date('2026-11-21T15:59:00Z'))).toBe('2026-11-21');
    expect(todayInChina(new Date('2026-11-21T16:00:00Z'))).toBe('2026-11-22');
  });

  it('shows — for nothing and the text itself when it is not a moment', () => {
    expect(chinaDateTime(null)).toBe('—');
    expect(chinaDateOf(undefined)).toBe('—');
    expect(chinaDateTime('not a time')).toBe('not a time');
  });
});
