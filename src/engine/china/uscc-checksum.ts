/**
 * The two check characters inside a unified social credit code.
 * The overall check (GB 32100-2015) and the organisation-code check (GB 11714) value letters
 * differently — mixing them up is the classic bug, so each has its own value function.
 */

/** GB 32100-2015 charset in value order 0-30: digits, then letters without I, O, Z, S, V. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** 3^i mod 31 for i = 0..16, as printed in GB 32100-2015. */
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** GB 11714 weights for the 8 body characters of an organisation code. */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/**
 * Overall check character (position 18) for the first 17 characters.
 * @example usccCheckCharacter('9144030071526726X') // 'G'
 * @throws RangeError when the input is not 17 charset characters
 */
export function usccCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new RangeError(`expected 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARSET.indexOf(first17.charAt(i));
    if (value < 0) throw new RangeError(`'${first17.charAt(i)}' is not a USCC character`);
    sum += value * (USCC_WEIGHTS[i] ?? 0);
  }
  // The outer `% 31` matters: a sum divisible by 31 gives 31, which must map to '0'.
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
}

const CHARSET_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < USCC_CHARSET.length; i++) CHARSET_VALUE[USCC_CHARSET.charCodeAt(i)] = i;

/**
 * Whether an 18-character string is made of charset characters and ends with the right overall
 * check character: the same sum as {@link usccCheckCharacter}, in one pass without allocating.
 * @example hasValidUsccCheckCharacter('9144030071526726XG') // true
 */
export function hasValidUsccCheckCharacter(code: string): boolean {
  if (code.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const char = code.charCodeAt(i);
    const value = char < 128 ? CHARSET_VALUE[char]! : -1;
    if (value < 0) return false;
    sum += value * USCC_WEIGHTS[i]!;
  }
  const last = code.charCodeAt(17);
  return last < 128 && CHARSET_VALUE[last] === (31 - (sum % 31)) % 31;
}

/**
 * GB 11714 check character for an 8-character organisation-code body.
 * @example organisationCheckCharacter('71526726') // 'X'
 * @throws RangeError when the input is not 8 digits or upper-case letters
 */
export function organisationCheckCharacter(first8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(first8)) {
    throw new RangeError(`expected 8 digits or upper-case letters, got '${first8}'`);
  }
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += orgValue(first8.charAt(i)) * (ORG_WEIGHTS[i] ?? 0);
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

/** GB 11714 values letters A-Z as 10-35 — including the letters USCC skips, so J is 19, not 18. */
function orgValue(char: string): number {
  const code = char.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 55;
}
