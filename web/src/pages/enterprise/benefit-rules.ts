import type { BenefitKind, Claim } from '../../components/apply/hq-api.ts';

/** The benefits of R15 in the order the form lists them (88号 四). */
export const BENEFIT_ORDER: readonly BenefitKind[] = [
  'star_card',
  'school_enrolment',
  'rent_subsidy',
  'purchase_subsidy',
];

/** Rent and purchase subsidies are paid in yuan; the star card and school care are not. */
export const hasAmount = (kind: BenefitKind): boolean =>
  kind === 'rent_subsidy' || kind === 'purchase_subsidy';

/** The subsidy a kind is never granted together with (88号 四、2). */
export const EXCLUDES: Partial<Record<BenefitKind, BenefitKind>> = {
  rent_subsidy: 'purchase_subsidy',
  purchase_subsidy: 'rent_subsidy',
};

/** What a benefit looks like to the enterprise before it claims: the server still decides. */
export interface BenefitLine {
  kind: BenefitKind;
  /** The stars and the form allow it (R15). */
  eligible: boolean;
  /** The claim in force of this kind, if any. */
  claim: Claim | undefined;
  /** The other subsidy already claimed, which excludes this one. */
  excludedBy: BenefitKind | undefined;
}

/**
 * R15 as the enterprise reads it: star card at three stars, school care at four, rent or first
 * purchase subsidy at three without own office property in Wenzhou; a revoked rating brings none.
 * @example benefitLines(3, false, [])[2] // { kind: 'rent_subsidy', eligible: true, … }
 */
export function benefitLines(
  stars: number,
  ownsOffice: boolean | null,
  claims: readonly Claim[],
): BenefitLine[] {
  // A refused claim holds nothing: the kind may be claimed again.
  const held = (kind: BenefitKind) =>
    claims.find((c) => c.kind === kind && (c.state === 'claimed' || c.state === 'granted'));
  return BENEFIT_ORDER.map((kind) => {
    const eligible =
      kind === 'school_enrolment'
        ? stars >= 4
        : stars >= 3 && (!hasAmount(kind) || ownsOffice === false);
    const other = EXCLUDES[kind];
    return {
      kind,
      eligible,
      claim: held(kind),
      excludedBy: other && held(other) ? other : undefined,
    };
  });
}
