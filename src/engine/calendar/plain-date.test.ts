import { describe, expect, it } from 'vitest';
import { InputError } from '../input-issue.ts';
import { dateIssue, dayOfWeek, fromDayNumber, toDayNumber, yearOf } from './plain-date.ts';

const next = (date: string) => fromDayNumber(toDayNumber(date) + 1);

describe('plain dates', () => {
  it('steps across month, year and leap-day boundaries', () => {
    expect(next('2025-09-30')).toBe('2025-10-01');
    expect(next('2026-12-31')).toBe('2027-01-01');
    expect(next('2024-02-28')).toBe('2024-02-29');
    expect(next('2025-02-28')).toBe('2025-03-01');
    expect(next('2000-02-28')).toBe('2000-02-29');
    expect(next('2100-02-28')).toBe('2100-03-01');
  });

  it('names the weekday and the year', () => {
    expect(dayOfWeek(toDayNumber('1970-01-01'))).toBe(4);
    expect(dayOfWeek(toDayNumber('2025-09-28'))).toBe(0);
    expect(dayOfWeek(toDayNumber('2025-10-11'))).toBe(6);
    expect(dayOfWeek(toDayNumber('1969-12-28'))).toBe(0);
    expect(yearOf(toDayNumber('2026-12-31'))).toBe(2026);
    expect(yearOf(toDayNumber('2027-01-01'))).toBe(2027);
  });

  it('agrees with UTC Date arithmetic on every day from 1900 to 2100', () => {
    const start = Date.UTC(1900, 0, 1) / 86_400_000;
    const end = Date.UTC(2100, 11, 31) / 86_400_000;
    for (let day = start; day <= end; day += 1) {
      const utc = new Date(day * 86_400_000);
      const iso = utc.toISOString().slice(0, 10);
      if (fromDayNumber(day) !== iso || toDayNumber(iso) !== day) {
        throw new Error(`day ${day}: ${fromDayNumber(day)} ≠ ${iso}`);
      }
      if (dayOfWeek(day) !== utc.getUTCDay()) throw new Error(`weekday of ${iso}`);
    }
  });

  it('handles years before 100, which Date.UTC would move to the 1900s', () => {
    expect(fromDayNumber(toDayNumber('0025-03-01') - 1)).toBe('0025-02-28');
    expect(yearOf(toDayNumber('0099-12-31'))).toBe(99);
  });

  it.each([
    '2025-9-26',
    '2025/09/26',
    '26-09-2025',
    '2025-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-09-00',
    '2025-09-26T00:00:00Z',
    ' 2025-09-26',
    '',
  ])('rejects %j', (bad) => {
    expect(dateIssue(bad)?.code).toBe('invalid_date');
    expect(() => toDayNumber(bad)).toThrow(InputError);
  });

  it('rejects a value that is not a string at all', () => {
    expect(() => toDayNumber(20250926 as unknown as string)).toThrow(InputError);
  });

  it('says in Chinese what is wrong and how to write it', () => {
    expect(dateIssue('2025-02-29')?.message.zh).toBe(
      '“2025-02-29”不是有效的日期，请按 YYYY-MM-DD 格式填写，例如 2025-09-26',
    );
    expect(dateIssue('2024-02-29')).toBeUndefined();
  });
});
