import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../auth/clock.ts';
import { InputError } from '../../engine/input-issue.ts';
import { demoClock } from './clock.ts';

describe('demo clock', () => {
  it('follows the system until set, then stands on the date with the hours still running', () => {
    const system = fixedClock(new Date('2026-11-22T02:30:00Z')); // 10:30 in China
    const clock = demoClock(system);
    expect([clock.today(), clock.isSet()]).toEqual(['2026-11-22', false]);

    clock.set('2026-12-20');
    expect([clock.today(), clock.isSet()]).toEqual(['2026-12-20', true]);
    expect(clock.now().toISOString()).toBe('2026-12-20T02:30:00.000Z');
    system.advance(60 * 60 * 1000);
    expect(clock.now().toISOString()).toBe('2026-12-20T03:30:00.000Z');

    clock.set(null);
    expect([clock.today(), clock.isSet()]).toEqual(['2026-11-22', false]);
  });

  it('counts the date in China, not in UTC', () => {
    const system = fixedClock(new Date('2026-11-22T17:00:00Z')); // 01:00 on the 23rd in China
    const clock = demoClock(system, '2025-01-01');
    expect(clock.today()).toBe('2025-01-01');
    expect(clock.now().toISOString()).toBe('2024-12-31T17:00:00.000Z');
  });

  it('may stand on today itself, and refuses what is not a date, naming the field', () => {
    const system = fixedClock(new Date('2026-11-22T02:00:00Z'));
    expect(demoClock(system, '2026-11-22').isSet()).toBe(true);
    const clock = demoClock(system);
    expect(() => clock.set('2026-02-30')).toThrow(InputError);
    try {
      clock.set('2026-2-3');
    } catch (error) {
      expect((error as InputError).issues[0]).toMatchObject({
        column: 'today',
        code: 'invalid_date',
      });
    }
    expect(clock.isSet()).toBe(false);
  });
});
