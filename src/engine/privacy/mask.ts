/**
 * Masking of personal data for display (脱敏). Whatever a method prints about a person — a file's
 * result, an explanation, an error message — goes through these, so that an output passed on by
 * e-mail or printed for a village visit does not carry a full ID number, phone number or name.
 *
 * Each function masks by position, never by content: it does not check that its input is valid
 * (a malformed ID number is masked just the same), and it never returns more of the input than
 * the fixed parts it keeps. Characters are counted as code points, so a rare character outside
 * the Basic Multilingual Plane (𠮷) is one character, not two.
 */

const MASK = '*';

/**
 * Keeps the first `keepStart` and last `keepEnd` characters and replaces every other one with `*`.
 * When fewer characters would be hidden than either kept end is long, all of it is masked: a
 * short or truncated value must not come out nearly whole.
 * @example maskMiddle('ABCDEFGHIJ', 2, 3) // 'AB*****HIJ'
 * @example maskMiddle('ABC', 2, 3) // '***'
 */
export function maskMiddle(text: string, keepStart: number, keepEnd: number): string {
  const chars = Array.from(text);
  const hidden = chars.length - keepStart - keepEnd;
  if (hidden < 1 || hidden < Math.max(keepStart, keepEnd)) return MASK.repeat(chars.length);
  return (
    chars.slice(0, keepStart).join('') +
    MASK.repeat(hidden) +
    chars.slice(chars.length - keepEnd).join('')
  );
}

/**
 * A resident identity card number (居民身份证号码, GB 11643-1999): the first 4 characters (province
 * and city) and the last 4 (sequence and check character) are kept, the birth date and county
 * in between are hidden. Surrounding spaces are dropped first; anything else is masked as given.
 * @example maskIdNumber('330302199001011234') // '3303**********1234'
 * @example maskIdNumber('33030219900101123X') // '3303**********123X'
 */
export function maskIdNumber(id: string): string {
  return maskMiddle(id.trim(), 4, 4);
}

/**
 * A mainland mobile number: the first 3 digits (the network) and the last 4 are kept.
 * A number written with +86 or 86 in front keeps its prefix visible and is masked the same way.
 * @example maskMobile('13812345678') // '138****5678'
 * @example maskMobile('+86 13812345678') // '+86 138****5678'
 */
export function maskMobile(mobile: string): string {
  const text = mobile.trim();
  const prefix = /^(\+?86[\s-]?)(?=1\d{10}$)/.exec(text)?.[1] ?? '';
  return prefix + maskMiddle(text.slice(prefix.length), 3, 4);
}

/**
 * Two-character surnames (复姓) that are still in use. With one of these a name keeps both
 * characters of the surname (`欧阳**`); with any other only the first character (`张*`).
 */
export const COMPOUND_SURNAMES: readonly string[] = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '司空',
  '夏侯',
  '轩辕',
  '令狐',
  '钟离',
  '澹台',
  '端木',
  '百里',
  '东郭',
  '南宫',
  '西门',
  '独孤',
  '呼延',
  '万俟',
  '闻人',
  '赫连',
  '申屠',
  '太史',
  '公冶',
  '濮阳',
  '淳于',
  '单于',
  '公羊',
  '仲孙',
  '拓跋',
  '左丘',
  '梁丘',
  '第五',
];

/** Separators inside a name that stay visible: a transliterated name (买买提·艾力) or a Latin one. */
const NAME_SEPARATOR = /^[·・.\s-]$/u;

/**
 * A person's name: the surname stays, every character of the given name becomes `*`.
 * A compound surname (欧阳, 司马…) counts as the surname only when a given name follows it.
 * A name with separators (a transliterated or Latin name) keeps its first character and the
 * separators. A one-character name is masked whole.
 * @example maskName('张三') // '张*'
 * @example maskName('欧阳娜娜') // '欧阳**'
 * @example maskName('买买提·艾力') // '买**·**'
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return MASK.repeat(chars.length);
  if (chars.some((char) => NAME_SEPARATOR.test(char))) {
    return chars
      .map((char, index) => (index === 0 || NAME_SEPARATOR.test(char) ? char : MASK))
      .join('');
  }
  const compound = chars.length >= 3 && COMPOUND_SURNAMES.includes(chars.slice(0, 2).join(''));
  const keep = compound ? 2 : 1;
  return chars.slice(0, keep).join('') + MASK.repeat(chars.length - keep);
}

/** 18-character resident ID numbers (17 digits and a digit or X) standing alone in free text. */
const ID_NUMBERS_IN_TEXT = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;

/**
 * Masks every resident ID number found in free text, for what leaves the service without passing
 * through a screen: log lines, database error messages, stack traces.
 * @example maskIdNumbersIn('Key (id_number)=(330302199001011234) already exists') // 'Key (id_number)=(3303**********1234) already exists'
 */
export function maskIdNumbersIn(text: string): string {
  return text.replace(ID_NUMBERS_IN_TEXT, (id) => maskIdNumber(id));
}
