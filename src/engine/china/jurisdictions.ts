import type { Localized } from '../localized.ts';

/** The fixed order in which tables and allocations list the jurisdictions. */
const NAMES = [
  '鹿城区',
  '龙湾区',
  '瓯海区',
  '洞头区',
  '乐清市',
  '瑞安市',
  '永嘉县',
  '文成县',
  '平阳县',
  '泰顺县',
  '苍南县',
  '龙港市',
  '温州海经区',
] as const;

/** One of Wenzhou's 13 county-level jurisdictions, by its Chinese name. */
export type Jurisdiction = (typeof NAMES)[number];

export interface JurisdictionInfo {
  name: Jurisdiction;
  en: string;
  /** GB/T 2260 code; null for the 海经区, a functional zone without a division of its own. */
  divisionCode: string | null;
}

/** The 13 jurisdictions, in that order. */
export const JURISDICTIONS: readonly JurisdictionInfo[] = [
  { name: '鹿城区', en: 'Lucheng District', divisionCode: '330302' },
  { name: '龙湾区', en: 'Longwan District', divisionCode: '330303' },
  { name: '瓯海区', en: 'Ouhai District', divisionCode: '330304' },
  { name: '洞头区', en: 'Dongtou District', divisionCode: '330305' },
  { name: '乐清市', en: 'Yueqing City', divisionCode: '330382' },
  { name: '瑞安市', en: "Rui'an City", divisionCode: '330381' },
  { name: '永嘉县', en: 'Yongjia County', divisionCode: '330324' },
  { name: '文成县', en: 'Wencheng County', divisionCode: '330328' },
  { name: '平阳县', en: 'Pingyang County', divisionCode: '330326' },
  { name: '泰顺县', en: 'Taishun County', divisionCode: '330329' },
  { name: '苍南县', en: 'Cangnan County', divisionCode: '330327' },
  { name: '龙港市', en: 'Longgang City', divisionCode: '330383' },
  {
    name: '温州海经区',
    en: 'Wenzhou Marine Economy Development Demonstration Zone',
    divisionCode: null,
  },
];

/** The Chinese names alone, in order. */
export const JURISDICTION_NAMES: readonly Jurisdiction[] = NAMES;

/**
 * Narrows a string to a jurisdiction name. Exact match only: the full official name is required.
 * @example isJurisdiction('瑞安市') // true
 * @example isJurisdiction('瑞安') // false
 */
export function isJurisdiction(name: string): name is Jurisdiction {
  return (NAMES as readonly string[]).includes(name);
}

/**
 * Looks up a jurisdiction's details.
 * @example jurisdictionInfo('龙港市').divisionCode // '330383'
 */
export function jurisdictionInfo(name: Jurisdiction): JurisdictionInfo {
  const info = JURISDICTIONS.find((j) => j.name === name);
  if (!info) throw new Error(`no jurisdiction ${name}`); // unreachable while the two lists agree
  return info;
}

/**
 * Explains why a value is not a jurisdiction, listing the allowed names; null when it is one.
 * A short form such as “瑞安” gets a did-you-mean for the full name.
 * @example jurisdictionIssue('瑞安')?.zh // '“瑞安”不是温州市的县级行政区名称。是否应为“瑞安市”？应填写…'
 */
export function jurisdictionIssue(value: string): Localized | null {
  if (isJurisdiction(value)) return null;
  const guess = guessFullName(value);
  const didYouMean = guess
    ? { zh: `是否应为“${guess.name}”？`, en: ` Did you mean '${guess.name}' (${guess.en})?` }
    : { zh: '', en: '' };
  const shown = value.trim() === '' ? { zh: '（空）', en: '(empty)' } : { zh: value, en: value };
  return {
    zh: `“${shown.zh}”不是温州市的县级行政区名称。${didYouMean.zh}应填写以下之一：${NAMES.join('、')}。`,
    en: `'${shown.en}' is not one of Wenzhou's county-level jurisdictions.${didYouMean.en} Use one of these Chinese names: ${JURISDICTIONS.map((j) => `${j.name} (${j.en})`).join(', ')}.`,
  };
}

function guessFullName(value: string): JurisdictionInfo | undefined {
  const v = value.trim();
  // The city itself is not a jurisdiction, and one character (“龙”) is too vague to guess from.
  if (Array.from(v).length < 2 || /^温州市?$/.test(v)) return undefined;
  if (v === '海经区') return jurisdictionInfo('温州海经区');
  const lower = v.toLowerCase();
  const matches = JURISDICTIONS.filter(
    (j) =>
      j.name.startsWith(v) ||
      j.en.toLowerCase() === lower ||
      j.en.toLowerCase().split(' ')[0] === lower,
  );
  return matches.length === 1 ? matches[0] : undefined;
}
