/**
 * The 受理编号 of an objection: `YY`, the China date it was filed, and six characters drawn at
 * random, so that one number reveals nothing of another's (the public looks the outcome up by it).
 * No imports: the web app checks what the objector types against the same pattern.
 * @example OBJECTION_RECEIPT_PATTERN.test('YY20260316-4K7QMZ') // true
 */
export const OBJECTION_RECEIPT_PATTERN = /^YY\d{8}-[0-9A-Z]{6}$/;

/** The characters of the random part: no 0/O, 1/I/L, which a person reading it aloud confuses. */
export const OBJECTION_RECEIPT_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * What the objector typed, made comparable: spaces gone, upper case.
 * @example normalReceiptNo(' yy20260316-4k7qmz ') // 'YY20260316-4K7QMZ'
 */
export function normalReceiptNo(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}
