import { describe, expect, it } from 'vitest';
import { benefitRefusal, eligibleBenefits } from './benefits.ts';

describe('benefits (R15, R16)', () => {
  it('follows the stars: card from three, school care from four', () => {
    expect(eligibleBenefits(2, false)).toEqual([]);
    expect(eligibleBenefits(3, true)).toEqual(['star_card']);
    expect(eligibleBenefits(4, false)).toEqual([
      'star_card',
      'school_enrolment',
      'rent_subsidy',
      'purchase_subsidy',
    ]);
  });

  it('gives office subsidies only without own office property (88号 四、2)', () => {
    expect(
      benefitRefusal('rent_subsidy', { stars: 5, ownsOfficeProperty: true, held: [] })?.code,
    ).toBe('owns_office');
  });

  it('never grants rent and purchase subsidies both', () => {
    expect(
      benefitRefusal('purchase_subsidy', {
        stars: 3,
        ownsOfficeProperty: false,
        held: ['rent_subsidy'],
      })?.code,
    ).toBe('excluded_by_other');
    expect(
      benefitRefusal('rent_subsidy', {
        stars: 3,
        ownsOfficeProperty: false,
        held: ['purchase_subsidy'],
      })?.code,
    ).toBe('excluded_by_other');
  });

  it('never grants the same benefit twice (88号 五、5)', () => {
    expect(
      benefitRefusal('star_card', { stars: 3, ownsOfficeProperty: false, held: ['star_card'] })
        ?.code,
    ).toBe('already_claimed');
  });

  it('says why in both languages', () => {
    const refusal = benefitRefusal('school_enrolment', {
      stars: 3,
      ownsOfficeProperty: false,
      held: [],
    });
    expect(refusal?.message.zh).toBe('“子女入学照顾”限4星级及以上，现星级为3星');
    expect(refusal?.message.en).toContain('4 stars');
  });
});
