/** Width of a piece of text in points, in the font and size being set. */
export type Measure = (text: string) => number;

/** A line as laid out: its text and its natural width. */
export interface Line {
  text: string;
  width: number;
  /** Ends its paragraph (or a forced break): not stretched when justified. */
  last: boolean;
}

// Chinese line-breaking rules (避头尾): these may not begin a line…
const NO_START = new Set([...'，。、；：？！）》」』】〕〉’”…—·%‰,.;:!?)]}']);
// …and these may not end one.
const NO_END = new Set([...'（《「『【〔〈‘“([{']);

/**
 * The units a line may break between: each Chinese character on its own, a run of Latin letters
 * and digits (with the dots, commas and signs inside a number or a code) kept whole, each space.
 */
function units(text: string): string[] {
  return text.match(/[A-Za-z0-9]+(?:[.,:/\-+][A-Za-z0-9]+)*%?|\s|./gsu) ?? [];
}

/**
 * Breaks text into lines no wider than `width`, Chinese style: between any two characters, but
 * never a closing mark at the start of a line nor an opening one at its end, nor inside a Latin
 * word or number. `indent` narrows the first line. A `\n` forces a break.
 * @example breakLines('根据有关规定，现予公示。', 80, (t) => [...t].length * 16).map((l) => l.text)
 * // ['根据有关规', '定，现予公', '示。']
 */
export function breakLines(text: string, width: number, measure: Measure, indent = 0): Line[] {
  const lines: Line[] = [];
  for (const part of text.split('\n')) {
    let line: string[] = [];
    let used = 0;
    const room = () => width - (lines.length === 0 ? indent : 0);
    const push = (last: boolean) => {
      while (line.length > 0 && /^\s$/.test(line.at(-1)!)) line.pop();
      const joined = line.join('');
      lines.push({ text: joined, width: measure(joined), last });
    };
    const pieces = units(part).flatMap((u) =>
      // A word wider than a whole line is cut between its characters.
      measure(u) > room() ? [...u] : [u],
    );
    for (const unit of pieces) {
      const w = measure(unit);
      if (line.length === 0 && /^\s$/.test(unit) && lines.length > 0) continue;
      if (line.length === 0 || used + w <= room()) {
        line.push(unit);
        used += w;
        continue;
      }
      const carried: string[] = [];
      // A closing mark takes the character before it to the next line.
      if (NO_START.has(unit[0]!) && line.length > 1) carried.unshift(line.pop()!);
      while (line.length > 1 && NO_END.has(line.at(-1)!)) carried.unshift(line.pop()!);
      push(false);
      line = [...carried, unit];
      used = measure(line.join(''));
    }
    push(true);
  }
  return lines;
}
