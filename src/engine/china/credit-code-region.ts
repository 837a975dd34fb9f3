import type { Localized } from '../localized.ts';
import { isJurisdiction, JURISDICTIONS, type Jurisdiction } from './jurisdictions.ts';

/**
 * Division codes an enterprise of a jurisdiction may carry besides its own: the code of the
 * county it was registered in before a boundary change (龙港市 was part of 苍南县 until 2019;
 * 洞头区 was 洞头县, 330322, until 2015), and for the 海经区, which has no code of its own, the
 * districts its area lies in.
 */
const ALSO_ACCEPTED: Partial<Record<Jurisdiction, readonly string[]>> = {
  龙港市: ['330327'],
  洞头区: ['330322'],
  温州海经区: ['330303', '330305'],
};

/**
 * Codes that do not decide a county: the city itself (330300, 330301) and the functional zones
 * registered under their own codes (温州经开区 and 温州湾新区, 33037x), whose enterprises may be
 * reviewed by the district office the zone lies in.
 */
function undecided(division: string): boolean {
  return (
    !division.startsWith('3303') ||
    division === '330300' ||
    division === '330301' ||
    /^33037\d$/.test(division)
  );
}

/**
 * Checks the county an enterprise chose against its credit code: positions 3-8 of a unified social
 * credit code (GB 32100) are the administrative division (GB/T 2260) where it was registered.
 * A code outside Wenzhou, of the city itself, of a functional zone or of no known county cannot
 * decide, and is accepted.
 * @example creditCodeCountyIssue('91330302MAR6FJP20Q', '瑞安市')?.zh // '统一社会信用代码显示登记地为鹿城区，…'
 * @example creditCodeCountyIssue('91330300MA07YARR9W', '瑞安市') // null (registered with the city)
 */
export function creditCodeCountyIssue(uscc: string, county: string): Localized | null {
  if (uscc.length !== 18 || !isJurisdiction(county)) return null;
  const division = uscc.slice(2, 8);
  if (undecided(division)) return null;
  const chosen = JURISDICTIONS.find((j) => j.name === county)!;
  if (chosen.divisionCode === division || ALSO_ACCEPTED[county]?.includes(division)) return null;
  const registered = JURISDICTIONS.find((j) => j.divisionCode === division);
  if (!registered) return null;
  return {
    zh: `统一社会信用代码第 3 至 8 位（${division}）显示企业登记在${registered.name}，与所选的“${county}”不一致：请选择${registered.name}，由其审核；如企业已迁入${county}，请先办理登记迁移。`,
    en: `Positions 3-8 of the credit code (${division}) show the enterprise registered in ${registered.en}, not ${chosen.en}: choose ${registered.en}, whose office reviews it; if the enterprise has moved, update its registration first.`,
  };
}

/**
 * The county whose office pre-reviews an enterprise, read from its credit code (positions 3-8,
 * GB/T 2260), or null when the code cannot decide (see creditCodeCountyIssue): the county an
 * application starts with, which the enterprise may change while it is a draft.
 * @example countyOfCreditCode('91330381MA2ABCDE1X') // '瑞安市'
 * @example countyOfCreditCode('91330300MA07YARR9W') // null (registered with the city)
 */
export function countyOfCreditCode(uscc: string): Jurisdiction | null {
  if (uscc.length !== 18) return null;
  const division = uscc.slice(2, 8);
  if (undecided(division)) return null;
  const own = JURISDICTIONS.find((j) => j.divisionCode === division);
  if (own) return own.name;
  const former = (Object.keys(ALSO_ACCEPTED) as Jurisdiction[]).filter((county) =>
    ALSO_ACCEPTED[county]!.includes(division),
  );
  return former.length === 1 ? former[0]! : null;
}
