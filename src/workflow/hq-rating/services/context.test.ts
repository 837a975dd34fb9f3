import { describe, expect, it } from 'vitest';
import { chinaDate, moment, partyOf } from './context.ts';

describe('service context', () => {
  it('counts days in China (UTC+8)', () => {
    expect(chinaDate(new Date('2025-09-25T15:59:59Z'))).toBe('2025-09-25');
    expect(chinaDate(new Date('2025-09-25T16:00:00Z'))).toBe('2025-09-26');
  });

  it('takes the time from the options’ clock', () => {
    const at = new Date('2026-03-02T02:00:00Z');
    expect(moment({ clock: { now: () => at } })).toEqual({ at, today: '2026-03-02' });
  });

  it('names the anonymous public', () => {
    expect(partyOf(null).actorId).toBe('public');
  });
});
