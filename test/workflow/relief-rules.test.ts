import { describe, expect, it } from 'vitest';
import { dec } from '../../src/engine/exact/decimal.ts';
import { rate } from '../../src/workflow/relief-pilot/services/dashboard.ts';
import { reliefView, requireOffice, shownId } from '../../src/workflow/relief-pilot/permissions.ts';
import { charity, civilAffairs, daxie, medicalInsurance, testId } from './support/relief.ts';

describe('relief pilot: who sees what', () => {
  it('gives each office and the townships their view, and admin none', () => {
    const what = { zh: '查看', en: 'read' };
    expect(reliefView(medicalInsurance, what)).toMatchObject({
      fullIds: true,
      health: true,
      relief: true,
    });
    expect(reliefView(civilAffairs, what)).toMatchObject({
      fullIds: true,
      health: false,
      relief: false,
    });
    expect(reliefView(charity, what)).toMatchObject({
      fullIds: false,
      health: false,
      relief: true,
    });
    expect(reliefView(daxie, what)).toMatchObject({
      fullIds: false,
      relief: false,
      place: { county: '文成县', township: '大峃镇' },
    });
    const admin = { accountId: 'a', role: 'admin', displayName: '管理员' } as const;
    expect(() => reliefView(admin, what)).toThrow(/may not read/);
    expect(() => requireOffice(charity, ['medical_insurance'], what)).toThrow(
      /City medical insurance bureau/,
    );
    expect(shownId(reliefView(charity, what), testId(1))).toBe('3303**********0018');
    expect(shownId(reliefView(civilAffairs, what), testId(1))).toBe(testId(1));
  });
});

describe('relief pilot: the M2 rates', () => {
  it('writes percentages with two places and decides the target on the exact fraction', () => {
    expect(rate(199, 200, dec('0.995'))).toEqual({ value: '99.50', target: '99.50', met: true });
    // 99.4999…% shows as 99.50 but is below the target.
    expect(rate(19_899, 19_999, dec('0.995'))).toEqual({
      value: '99.50',
      target: '99.50',
      met: false,
    });
    expect(rate(3, 3, dec('1'))).toEqual({ value: '100.00', target: '100.00', met: true });
    expect(rate(0, 0, dec('1'))).toEqual({ value: null, target: '100.00', met: false });
  });
});
