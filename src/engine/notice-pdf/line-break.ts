/** Width of a piece of text in points, in the font and size being set. */
export type Measure = (text: string) => number;

/** A line as laid out: its text and its natural width. */
export interface Line {
  text: string;
  width: number;
  /** Ends its paragraph (or a forced break): not stretched when justified. */
  last: boolean;
}

/** How text is broken beyond the width. */
export interface BreakOptions {
  /** The first line is this much narrower (首行缩进). */
  indent?: number;
  /**
   * Terms never split across lines, e.g. `总部企业`, `生态保护`: names the word segmenter would
   * cut into smaller words. A term wider than a whole line is still cut.
   */
  keepTogether?: readonly string[];
}

// Chinese line-breaking rules (避头尾): these may not begin a line…
const NO_START = new Set([...'，。、；：？！）》」』】〕〉’”…—·%‰,.;:!?)]}']);
// …and these may not end one.
const NO_END = new Set([...'（《「『【〔〈‘“([{']);

/**
 * A document number (发文字号) such as `温政办函〔2023〕28号`: its issuer code and its `〔2023〕28号`
 * are each one unit; a line may break only between them.
 */
const DOCUMENT_NUMBER = /[\p{Script=Han}]{1,8}(?=〔\d{4}〕)|〔\d{4}〕\d+号/gu;
/** An article reference such as `第十四条`: one unit. */
const ARTICLE = /第[一二三四五六七八九十百零〇\d]+[条款项章节]/gu;
/** Latin words and numbers with the dots, commas and signs inside them, e.g. `1,234.56`, `91330…`. */
const LATIN = /[A-Za-z0-9]+(?:[.,:/\-+][A-Za-z0-9]+)*%?/g;

// Dictionary word segmentation (ICU, in every Node since 16 and every current browser).
const words = new Intl.Segmenter('zh', { granularity: 'word' });
const segment = (text: string) => [...words.segment(text)].map((s) => s.segment);

/**
 * The units a line may break between: words (Intl.Segmenter), document numbers, article
 * references, Latin words and numbers and the given terms whole, each punctuation mark and space on its own.
 */
function units(text: string, keepTogether: readonly string[]): string[] {
  const spans: [number, number][] = [];
  const taken = (start: number, end: number) => spans.some(([s, e]) => start < e && end > s);
  for (const pattern of [DOCUMENT_NUMBER, ARTICLE, LATIN]) {
    for (const match of text.matchAll(pattern)) {
      const [start, end] = [match.index, match.index + match[0].length];
      if (!taken(start, end)) spans.push([start, end]);
    }
  }
  // The longest terms first, so `饮用水水源地` wins over `水源地`.
  for (const term of [...keepTogether].sort((a, b) => b.length - a.length)) {
    if (term === '') continue;
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
      if (!taken(at, at + term.length)) spans.push([at, at + term.length]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const out: string[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    out.push(...segment(text.slice(at, start)), text.slice(start, end));
    at = end;
  }
  out.push(...segment(text.slice(at)));
  return out.filter((unit) => unit !== '');
}

/**
 * Breaks text into lines no wider than `width`, Chinese style: between words, never inside a
 * word, a document number, a Latin word or number, or one of `keepTogether`; never a closing mark
 * at the start of a line nor an opening one at its end. A unit wider than a whole line is cut
 * between its characters. A `\n` forces a break.
 * @example breakLines('根据有关规定，现予公示。', 80, (t) => [...t].length * 16).map((l) => l.text)
 * // ['根据有关', '规定，现予', '公示。']
 */
export function breakLines(
  text: string,
  width: number,
  measure: Measure,
  options: BreakOptions = {},
): Line[] {
  const indent = options.indent ?? 0;
  const keep = options.keepTogether ?? [];
  const lines: Line[] = [];
  for (const part of text.split('\n')) {
    let line: string[] = [];
    let used = 0;
    const room = () => width - (lines.length === 0 ? indent : 0);
    const push = (last: boolean) => {
      while (line.length > 0 && /^\s+$/.test(line.at(-1)!)) line.pop();
      const joined = line.join('');
      lines.push({ text: joined, width: measure(joined), last });
    };
    const pieces = units(part, keep).flatMap((u) =>
      // A word wider than a whole line is cut between its characters.
      measure(u) > room() ? [...u] : [u],
    );
    for (const unit of pieces) {
      const w = measure(unit);
      if (line.length === 0 && /^\s+$/.test(unit) && lines.length > 0) continue;
      if (line.length === 0 || used + w <= room()) {
        line.push(unit);
        used += w;
        continue;
      }
      const carried: string[] = [];
      // A closing mark takes the word before it to the next line, and so on back while that
      // word is a closing mark too (`条）。` moves as one).
      let head = unit;
      while (NO_START.has(head[0]!) && line.length > 1) {
        head = line.pop()!;
        carried.unshift(head);
      }
      while (line.length > 1 && NO_END.has(line.at(-1)!.at(-1)!)) carried.unshift(line.pop()!);
      push(false);
      line = [...carried, unit];
      used = measure(line.join(''));
    }
    push(true);
  }
  return lines;
}
