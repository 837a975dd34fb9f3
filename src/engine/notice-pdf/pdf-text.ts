import { execFileSync } from 'node:child_process';

/**
 * The text of each page of a PDF as a reader's extraction gives it (poppler's `pdftotext
 * -layout`), its lines trimmed and blank ones left out: for checks of where words and lines fall.
 * Needs poppler-utils (scripts/ensure-browser.sh installs it).
 * @example pdfPages(pdf)[0] // ['演示数据', '温州市投资促进局', …]
 */
export function pdfPages(pdf: Uint8Array): string[][] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], {
    input: pdf,
    encoding: 'utf8',
  });
  const pages = text.split('\f');
  if (pages.at(-1)!.trim() === '') pages.pop();
  return pages.map((page) =>
    page
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  );
}

/**
 * The terms that a line break splits: each occurrence in the running text that no single line
 * holds whole.
 * @example splitTerms(pdfPages(pdf), ['总部企业', '生态']) // [] when none is split
 */
export function splitTerms(pages: readonly (readonly string[])[], terms: readonly string[]) {
  const lines = pages.flat().map((line) => line.replace(/\s+/g, ''));
  const running = lines.join('');
  const count = (text: string, term: string) => text.split(term).length - 1;
  return terms.filter(
    (term) => count(running, term) > lines.reduce((sum, line) => sum + count(line, term), 0),
  );
}
