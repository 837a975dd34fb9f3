import { describe, expect, it } from 'vitest';
import { objectionsOpen, publicityOver } from './objection-window.ts';

const list = { state: 'publicity', publicityStartsOn: '2026-12-28', publicityEndsOn: '2027-01-06' };

describe('the objection window (88号 三、5)', () => {
  it('is open from the first to the last day of publicity, on the procedure’s date', () => {
    expect(objectionsOpen(list, '2026-12-27')).toBe(false);
    expect(objectionsOpen(list, '2026-12-28')).toBe(true);
    expect(objectionsOpen(list, '2027-01-06')).toBe(true);
    expect(objectionsOpen(list, '2027-01-07')).toBe(false);
    expect(objectionsOpen({ ...list, state: 'final' }, '2027-01-01')).toBe(false);
    expect(objectionsOpen(undefined, '2027-01-01')).toBe(false);
  });

  it('says when a list still in publicity is past its period', () => {
    expect(publicityOver(list, '2027-01-06')).toBe(false);
    expect(publicityOver(list, '2027-01-07')).toBe(true);
  });
});
