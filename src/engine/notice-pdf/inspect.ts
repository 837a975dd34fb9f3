import { inflateSync } from 'node:zlib';

/** What a check of a PDF needs to know: its pages, its fonts and the characters they map. */
export interface PdfFacts {
  /** `%PDF-1.3`… */
  version: string;
  /** Ends with a trailer and `%%EOF`. */
  complete: boolean;
  pages: number;
  /** The embedded fonts' names; a subset's starts with six capitals and `+`. */
  fonts: string[];
  /** Every character the fonts' ToUnicode maps give, i.e. the text a reader can extract. */
  characters: Set<string>;
  /**
   * Each page's shown strings, as the glyph ids' hex of each `TJ`: the same text in the same
   * font shows the same on every page.
   */
  shown: string[][];
}

interface PdfObject {
  dict: string;
  stream?: Uint8Array;
}

/** The document's objects by number, streams inflated. */
function objects(text: string, bytes: Uint8Array): Map<number, PdfObject> {
  const found = new Map<number, PdfObject>();
  const pattern = /(?:^|\n)(\d+) 0 obj\n/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index + match[0].length;
    const streamAt = text.indexOf('\nstream\n', start);
    const endAt = text.indexOf('\nendobj', start);
    if (streamAt === -1 || streamAt > endAt) {
      found.set(Number(match[1]), { dict: text.slice(start, endAt) });
      continue;
    }
    const dict = text.slice(start, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
    const raw = bytes.subarray(streamAt + 8, streamAt + 8 + length);
    found.set(Number(match[1]), {
      dict,
      stream: dict.includes('/FlateDecode') ? inflateSync(raw) : raw,
    });
    pattern.lastIndex = streamAt + 8 + length;
  }
  return found;
}

const hexText = (hex: string) =>
  String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));

/** The characters of a ToUnicode CMap (bfchar and bfrange entries, UTF-16BE). */
function cmapCharacters(cmap: string, into: Set<string>): void {
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const entries = section[1]!.matchAll(
      /<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(\[[^\]]*\]|<[0-9a-f]+>)/gi,
    );
    for (const entry of entries) {
      const list = entry[3]!;
      if (list.startsWith('[')) {
        for (const hex of list.matchAll(/<([0-9a-f]+)>/gi)) into.add(hexText(hex[1]!));
      } else {
        const first = parseInt(list.slice(1, -1), 16);
        const count = parseInt(entry[2]!, 16) - parseInt(entry[1]!, 16);
        for (let i = 0; i <= count; i++) into.add(String.fromCodePoint(first + i));
      }
    }
  }
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const entry of section[1]!.matchAll(/<[0-9a-f]+>\s*<([0-9a-f]+)>/gi)) {
      into.add(hexText(entry[1]!));
    }
  }
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/**
 * Reads back what a PDF written by pdfkit holds, without a PDF library: enough for tests.
 * @example inspectPdf(await renderNoticePdf(notice)).characters.has('公') // true
 */
export function inspectPdf(bytes: Uint8Array): PdfFacts {
  const text = latin1(bytes);
  const all = objects(text, bytes);
  const characters = new Set<string>();
  for (const object of all.values()) {
    const content = object.stream ? latin1(object.stream) : '';
    if (content.includes('begincmap')) cmapCharacters(content, characters);
  }
  const kids = [...all.values()].find((o) => /\/Type \/Pages\b/.test(o.dict))?.dict ?? '';
  const pageIds = [...(/\/Kids \[([^\]]*)\]/.exec(kids)?.[1] ?? '').matchAll(/(\d+) 0 R/g)];
  const shown = pageIds.map((id) => {
    const page = all.get(Number(id[1]))?.dict ?? '';
    const contents = all.get(Number(/\/Contents (\d+) 0 R/.exec(page)?.[1]))?.stream;
    const ops = latin1(contents ?? new Uint8Array()).matchAll(/\[([^\]]*)\]\s*TJ/g);
    return [...ops].map((op) => [...op[1]!.matchAll(/<([0-9a-f]*)>/gi)].map((h) => h[1]).join(''));
  });
  return {
    version: text.slice(0, 8),
    complete: /trailer[\s\S]*startxref\s+\d+\s+%%EOF\s*$/.test(text),
    pages: pageIds.length,
    fonts: [...text.matchAll(/\/FontName \/([^\s/]+)/g)].map((m) => m[1]!),
    characters,
    shown,
  };
}
