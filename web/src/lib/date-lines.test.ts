import { describe, expect, it } from 'vitest';
import { compactDates, parseDateLines } from './date-lines.ts';

describe('dates typed in a text box', () => {
  it('reads single dates, ranges and separators', () => {
    expect(parseDateLines('2027-01-01 至 2027-01-03\n\n2027-02-20，2027-02-21')).toEqual({
      dates: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-02-20', '2027-02-21'],
      bad: [],
    });
    expect(parseDateLines('2026-12-31~2027-01-01').dates).toEqual(['2026-12-31', '2027-01-01']);
  });

  it('names what is not a date or a sensible range', () => {
    expect(parseDateLines('2027-02-30\n明天\n2027-03-05 至 2027-03-01').bad).toEqual([
      '2027-02-30',
      '明天',
      '2027-03-05 至 2027-03-01',
    ]);
  });

  it('writes runs of days back as ranges', () => {
    expect(compactDates(['2027-01-03', '2027-01-01', '2027-01-02', '2027-02-20'], '至')).toEqual([
      '2027-01-01 至 2027-01-03',
      '2027-02-20',
    ]);
    expect(compactDates([], '至')).toEqual([]);
  });
});
