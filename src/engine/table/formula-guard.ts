/**
 * Characters that make a spreadsheet read a cell as a formula (or a DDE command) when the file is
 * opened: `=`, `+`, `-`, `@`, and a leading tab or carriage return (OWASP, CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A plain number (sign, digits, decimals, optional thousands separators and percent sign). */
const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/;

/**
 * A text cell as it can be written safely: one that a spreadsheet would run as a formula gets an
 * apostrophe in front, so `=HYPERLINK(…)` from a person's input is shown, not followed. Numbers
 * (`-12.50`) stay numbers, and a lone dash (an empty figure) stays a dash.
 * @example neutraliseFormula('=HYPERLINK("http://x","点击")') // `'=HYPERLINK("http://x","点击")`
 * @example neutraliseFormula('-12.50') // '-12.50'
 */
export function neutraliseFormula(text: string): string {
  if (!FORMULA_START.test(text) || text === '-' || PLAIN_NUMBER.test(text)) return text;
  return `'${text}`;
}
