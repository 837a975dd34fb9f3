import type { Localized } from '../localized.ts';

/** 机关代字〔年份〕序号号 (GB/T 9704-2012 7.2.4), with the brackets people type instead of 〔〕. */
const SHAPE =
  /^([\p{Script=Han}A-Za-z]{1,12})\s*[〔［[（(【]\s*(\d{4})\s*[〕］\]）)】]\s*0*(\d{1,5})\s*号$/u;

const EXPECTED: Localized = {
  zh: '发文字号应为“机关代字〔年份〕序号号”，如 温投促〔2026〕3号',
  en: 'a document number (发文字号) reads “issuer code〔year〕number号”, e.g. 温投促〔2026〕3号',
};

/** A document number as checked: the written form, or what was expected. */
export type DocumentNumberResult = { ok: true; value: string } | { ok: false; message: Localized };

/**
 * Checks a 发文字号 and writes it the standard way: the year in 六角括号 〔〕, the serial number
 * without leading zeros. Square or round brackets as typed are accepted and replaced.
 * @example parseDocumentNumber('温投促[2026]03号') // { ok: true, value: '温投促〔2026〕3号' }
 * @example parseDocumentNumber('2026-3').ok // false
 */
export function parseDocumentNumber(text: string): DocumentNumberResult {
  const match = SHAPE.exec(text.trim());
  if (!match) return { ok: false, message: EXPECTED };
  return { ok: true, value: `${match[1]}〔${match[2]}〕${Number(match[3])}号` };
}
