import type PDFDocument from 'pdfkit';
import { breakLines, type Line, type Measure } from './line-break.ts';
import type { NoticeAlign } from './types.ts';

const MM = 72 / 25.4;

/**
 * The A4 page of GB/T 9704-2012 5.2: margins 37 mm top, 35 bottom, 28 left, 26 right, which
 * leave a text area of 156 × 225 mm holding 22 lines of 28 characters in 三号 (16 pt).
 */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  top: 37 * MM,
  bottom: 841.89 - 35 * MM,
  left: 28 * MM,
  right: 595.28 - 26 * MM,
} as const;
export const TEXT_WIDTH = PAGE.right - PAGE.left;
/** Body text: 28 characters fill a line exactly, 22 lines a page. */
export const BODY = { size: TEXT_WIDTH / 28, pitch: (PAGE.bottom - PAGE.top) / 22 };
/** The red of the letterhead and its rule (GB/T 9704 7.2.3, 7.2.5). */
export const RED = '#d40000';
export const MILLIMETRE = MM;

/** A face of the notice's fonts, registered under these names. */
export type Face = 'regular' | 'bold';

/** How a run of lines is set. */
export interface LineStyle {
  face: Face;
  size: number;
  /** Distance from one line's top to the next's. */
  pitch: number;
  align: NoticeAlign;
  color?: string;
  /** Lines of near equal length, the upper not shorter, as a title of several lines is set. */
  balanced?: boolean;
}

/**
 * Where the notice is being written: the document, the current page and the height used on it.
 * Breaks to a new page when what comes does not fit, drawing the page's mark first.
 */
export class Writer {
  y: number = PAGE.top;
  private readonly widths = new Map<string, number>();

  constructor(
    readonly doc: PDFDocument,
    private readonly mark: string | undefined,
    /** Terms never split across lines (see `breakLines`). */
    private readonly keepTogether: readonly string[] = [],
  ) {}

  /** Starts a page and draws its mark. */
  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
    if (this.mark) {
      this.doc.font('bold').fontSize(12).fillColor(RED);
      this.doc.text(this.mark, PAGE.left, PAGE.top - 10 * MM, {
        lineBreak: false,
        baseline: 'alphabetic',
      });
      this.doc.fillColor('black');
    }
  }

  /** Room left on the page. */
  room(): number {
    return PAGE.bottom - this.y;
  }

  /** Goes to a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (height > this.room() + 0.01 && this.y > PAGE.top) this.newPage();
  }

  /** The width of text in a face and size, cached: a notice measures the same characters often. */
  measure(face: Face, size: number): Measure {
    return (text) => {
      const key = `${face}/${size}/${text}`;
      let width = this.widths.get(key);
      if (width === undefined) {
        width = this.doc.font(face).fontSize(size).widthOfString(text);
        this.widths.set(key, width);
      }
      return width;
    };
  }

  /** Text broken into lines for a width, the first line `indent` narrower. */
  lines(text: string, style: LineStyle, width: number, indent = 0): Line[] {
    return breakLines(text, width, this.measure(style.face, style.size), {
      indent,
      keepTogether: this.keepTogether,
    });
  }

  /**
   * Draws one line in the box `[x, x + width]` whose top is `top`: the em box centred in the
   * pitch, a justified line stretched by spacing its characters.
   */
  drawLine(line: Line, style: LineStyle, x: number, width: number, top: number): void {
    const { doc } = this;
    const size = style.size;
    const baseline = top + (style.pitch - size) / 2 + 0.88 * size;
    let left = x;
    let spacing = 0;
    const count = [...line.text].length;
    if (style.align === 'center') left = x + (width - line.width) / 2;
    else if (style.align === 'right') left = x + width - line.width;
    else if (style.align === 'justify' && !line.last && count > 1) {
      // A line cut short by a long word stays ragged rather than spread thin.
      spacing = Math.min((width - line.width) / (count - 1), size / 2);
    }
    doc
      .font(style.face)
      .fontSize(size)
      .fillColor(style.color ?? 'black');
    doc.text(line.text, left, baseline, {
      lineBreak: false,
      baseline: 'alphabetic',
      characterSpacing: spacing,
    });
    if (style.color) doc.fillColor('black');
  }

  /**
   * Writes a paragraph across the text width, breaking pages between its lines.
   * @example writer.paragraph('现予公示。', { face: 'regular', ...BODY, align: 'justify' }, 2 * BODY.size)
   */
  paragraph(text: string, style: LineStyle, indent = 0): void {
    let lines = this.lines(text, style, TEXT_WIDTH, indent);
    if (style.balanced && lines.length > 1) {
      // The narrowest measure that needs no more lines than the full width does.
      const count = lines.length;
      let [low, high] = [TEXT_WIDTH / count, TEXT_WIDTH];
      for (let i = 0; i < 12; i++) {
        const mid = (low + high) / 2;
        if (this.lines(text, style, mid, indent).length > count) low = mid;
        else high = mid;
      }
      lines = this.lines(text, style, high, indent);
      // A title widens, as little as it must, to stand as a trapezoid: no line longer than the
      // one above it (GB/T 9704 7.3.1).
      const stepped = (candidate: Line[]) =>
        candidate.every((line, i) => i === 0 || line.width <= candidate[i - 1]!.width + 0.01);
      for (let width = high; !stepped(lines) && width <= TEXT_WIDTH; width += style.size / 4) {
        const candidate = this.lines(text, style, width, indent);
        if (candidate.length === count && stepped(candidate)) lines = candidate;
      }
    }
    lines.forEach((line, i) => {
      this.ensure(style.pitch);
      const shift = i === 0 ? indent : 0;
      this.drawLine(line, style, PAGE.left + shift, TEXT_WIDTH - shift, this.y);
      this.y += style.pitch;
    });
  }
}
