import type { Citation } from '../../engine/citation.ts';
import type { Localized } from '../../engine/localized.ts';

/**
 * The benefits of R15 (88号 四) an enterprise claims, and the supports the bureau records as
 * notes because 88号 四、3 sets no computable rule for them.
 */
export const BENEFIT_KINDS = [
  'star_card',
  'school_enrolment',
  'rent_subsidy',
  'purchase_subsidy',
] as const;
export type BenefitKind = (typeof BENEFIT_KINDS)[number];

export const SUPPORT_KINDS = ['land_support', 'finance_support', 'credit_support'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

export interface BenefitRule {
  minStars: number;
  /** Only when the enterprise owns no office property in Wenzhou (附件2 item 21). */
  needsNoOwnOffice: boolean;
  /** A kind that excludes this one: rent and purchase subsidies are never both granted. */
  excludes?: BenefitKind;
  /**
   * The office that grants it: the city's services by the bureau; the subsidies by the county
   * office of the enterprise's place, whose government sets the share and pays (88号 四、2).
   */
  grantedBy: 'city_bureau' | 'county_office';
  label: Localized;
  citation: Citation;
}

export const BENEFITS: Record<BenefitKind, BenefitRule> = {
  star_card: {
    minStars: 3,
    needsNoOwnOffice: false,
    grantedBy: 'city_bureau',
    label: { zh: '总部星级卡', en: 'HQ star card' },
    citation: { rule: 'R15', article: '88号 四、1' },
  },
  school_enrolment: {
    minStars: 4,
    needsNoOwnOffice: false,
    grantedBy: 'city_bureau',
    label: { zh: '子女入学照顾', en: 'School-enrolment care' },
    citation: { rule: 'R15', article: '88号 四、1' },
  },
  rent_subsidy: {
    minStars: 3,
    needsNoOwnOffice: true,
    excludes: 'purchase_subsidy',
    grantedBy: 'county_office',
    label: { zh: '租用办公用房补助', en: 'Office rent subsidy' },
    citation: { rule: 'R15, R16', article: '88号 四、2；五、5' },
  },
  purchase_subsidy: {
    minStars: 3,
    needsNoOwnOffice: true,
    excludes: 'rent_subsidy',
    grantedBy: 'county_office',
    label: { zh: '首次购建办公用房补助', en: 'First office purchase subsidy' },
    citation: { rule: 'R15, R16', article: '88号 四、2；五、5' },
  },
};

/** Land, finance and credit support: 88号 四、3 names them and sets no rule to compute. */
export const SUPPORT_CITATION: Citation = { rule: 'R15', article: '88号 四、3' };

export const SUPPORT_LABELS: Record<SupportKind, Localized> = {
  land_support: { zh: '用地支持', en: 'Land support' },
  finance_support: { zh: '金融支持', en: 'Finance support' },
  credit_support: { zh: '信用应用支持', en: 'Credit support' },
};

/** What is known when a claim is made. */
export interface ClaimSituation {
  stars: number;
  ownsOfficeProperty: boolean;
  /** Kinds already claimed and not ended. */
  held: readonly BenefitKind[];
}

/** Why a claim is refused. */
export interface BenefitRefusal {
  code: 'stars_too_low' | 'owns_office' | 'already_claimed' | 'excluded_by_other';
  message: Localized;
}

/**
 * Checks a claim against R15 and R16; null when it may be granted.
 * @example benefitRefusal('purchase_subsidy', { stars: 4, ownsOfficeProperty: false, held: ['rent_subsidy'] })?.code // 'excluded_by_other'
 */
export function benefitRefusal(
  kind: BenefitKind,
  situation: ClaimSituation,
): BenefitRefusal | null {
  const rule = BENEFITS[kind];
  if (situation.stars < rule.minStars) {
    return {
      code: 'stars_too_low',
      message: {
        zh: `“${rule.label.zh}”限${rule.minStars}星级及以上，现星级为${situation.stars}星`,
        en: `${rule.label.en} needs ${rule.minStars} stars or more; the rating in effect is ${situation.stars}`,
      },
    };
  }
  if (rule.needsNoOwnOffice && situation.ownsOfficeProperty) {
    return {
      code: 'owns_office',
      message: {
        zh: `“${rule.label.zh}”仅适用于在温无自有产权办公用房的企业`,
        en: `${rule.label.en} is only for enterprises without their own office property in Wenzhou`,
      },
    };
  }
  if (situation.held.includes(kind)) {
    return {
      code: 'already_claimed',
      message: {
        zh: `已申请过“${rule.label.zh}”，同类奖励不得重复享受`,
        en: `${rule.label.en} was already claimed; the same benefit is never granted twice`,
      },
    };
  }
  if (rule.excludes && situation.held.includes(rule.excludes)) {
    const other = BENEFITS[rule.excludes].label;
    return {
      code: 'excluded_by_other',
      message: {
        zh: `已申请“${other.zh}”，租房与购房补助不能同时享受`,
        en: `${other.en} was already claimed; rent and purchase subsidies are never both granted`,
      },
    };
  }
  return null;
}

/**
 * The benefits a rating brings, before any claim (R15).
 * @example eligibleBenefits(3, true) // ['star_card']
 */
export function eligibleBenefits(stars: number, ownsOfficeProperty: boolean): BenefitKind[] {
  return BENEFIT_KINDS.filter(
    (kind) => benefitRefusal(kind, { stars, ownsOfficeProperty, held: [] }) === null,
  );
}
