import type { Localized } from '../localized.ts';
import { USCC_CHARSET } from './uscc-checksum.ts';

/** Letters the code never uses but people type for a similar-looking digit. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  O: '0',
  o: '0',
  I: '1',
  i: '1',
  Z: '2',
  z: '2',
  S: '5',
  s: '5',
};

/**
 * Explains the first characters that cannot appear in a unified social credit code, or null.
 * Lower case is reported as such because it is the commonest slip and the fix is obvious;
 * it is still rejected, so that stored codes match the licence exactly.
 * @example charsetMessage(Array.from('91330302ma2024790d'))?.zh // '…字母须为大写…第 9、10、18 位…'
 */
export function charsetMessage(chars: readonly string[]): Localized | null {
  const bad = chars
    .map((char, index) => ({ char, position: index + 1 }))
    .filter(({ char }) => !USCC_CHARSET.includes(char));
  if (bad.length === 0) return null;

  const lower = bad.filter(({ char }) => USCC_CHARSET.includes(char.toUpperCase()));
  if (lower.length > 0) {
    const positions = lower.map((b) => b.position);
    return {
      zh: `统一社会信用代码中的字母须为大写，第 ${positions.join('、')} 位是小写字母。系统不会自动转换，请改为大写后重新填写。`,
      en: `Letters in a unified social credit code must be upper case; position(s) ${positions.join(', ')} are lower case. They are not converted automatically — please re-enter them in upper case.`,
    };
  }

  const first = bad[0]!;
  const where = {
    zh: `第 ${first.position} 位“${first.char}”`,
    en: `Position ${first.position} '${first.char}'`,
  };
  const hint = hintFor(first.char);
  return {
    zh: `${where.zh}不是统一社会信用代码可用的字符。代码只由数字和大写字母（不含 I、O、Z、S、V）组成。${hint.zh}`,
    en: `${where.en} cannot appear in a unified social credit code, which uses digits and upper-case letters except I, O, Z, S and V.${hint.en}`,
  };
}

function hintFor(char: string): Localized {
  const digit = LOOKALIKES[char];
  if (digit)
    return { zh: `可能是数字“${digit}”的误写。`, en: ` Did you mean the digit '${digit}'?` };
  if (/\s/.test(char)) return { zh: '请删除空格。', en: ' Remove the space.' };
  if (/[\uFF01-\uFF5E]/.test(char)) {
    return {
      zh: '这是全角字符，请改用半角输入。',
      en: ' It is a full-width character; use half-width.',
    };
  }
  return { zh: '', en: '' };
}
