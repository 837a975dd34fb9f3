import { describe, expect, it } from 'vitest';
import { batchDeadline, cadenceWarning } from './cadence.ts';

describe('R12 batch cadence and deadline (88号 五、1)', () => {
  it('finishes a batch by 31 March of the next year', () => {
    expect(batchDeadline(2026)).toBe('2027-03-31');
    expect(batchDeadline(2025)).toBe('2026-03-31');
  });

  it('warns when a batch opens less than two years after the one before it', () => {
    const earlier = [
      { title: '2023年度', opensOn: '2023-11-06' },
      { title: '2025年度', opensOn: '2025-11-03' },
    ];
    expect(cadenceWarning({ opensOn: '2026-12-21' }, earlier)?.zh).toBe(
      '本批次开放日期距上一批次“2025年度”（2025-11-03 开放）不足 2 年；88号 五、1 规定原则上每两年开展一次',
    );
    expect(cadenceWarning({ opensOn: '2027-11-03' }, earlier)).toBeNull();
    expect(cadenceWarning({ opensOn: '2023-11-06' }, earlier)).toBeNull();
    // Two years to the day is soon enough; three days short is not.
    expect(cadenceWarning({ opensOn: '2025-11-06' }, earlier.slice(0, 1))).toBeNull();
    expect(cadenceWarning({ opensOn: '2025-11-03' }, earlier.slice(0, 1))).not.toBeNull();
  });
});
