import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { chineseDate } from './chinese-date.ts';
import { noticeFonts } from './fonts.ts';
import { drawTable } from './table.ts';
import type { Notice, NoticeBlock, NoticeFontFile, NoticeFonts } from './types.ts';
import { BODY, MILLIMETRE, PAGE, RED, TEXT_WIDTH, Writer, type LineStyle } from './writer.ts';

/** Options of `renderNoticePdf`. */
export interface RenderOptions {
  /** Other fonts than the packaged Noto Sans Hans, e.g. a licensed 仿宋_GB2312. */
  fonts?: NoticeFonts;
  /** The PDF's creation time (now by default). */
  createdAt?: Date;
}

const body = (align: LineStyle['align'] = 'justify', bold = false): LineStyle => ({
  face: bold ? 'bold' : 'regular',
  ...BODY,
  align,
});
/** 二号 (22 pt) bold, centred, its lines balanced (GB/T 9704 7.3.1: 梯形或菱形). */
const TITLE: LineStyle = {
  face: 'bold',
  size: 22,
  pitch: 22 * 1.6,
  align: 'center',
  balanced: true,
};

// Font files are read once: each document parses and subsets them again, from memory.
const fontBytes = new Map<string, Uint8Array>();
function register(doc: PDFDocument, name: string, font: NoticeFontFile): void {
  let bytes = fontBytes.get(font.file);
  if (!bytes) {
    bytes = readFileSync(font.file);
    fontBytes.set(font.file, bytes);
  }
  doc.registerFont(name, bytes, font.postscriptName);
}

function writeBlocks(writer: Writer, blocks: readonly NoticeBlock[]): void {
  for (const block of blocks) {
    if (typeof block === 'string') {
      writer.paragraph(block, body(), 2 * BODY.size);
    } else if (block.kind === 'paragraph') {
      const indent = block.indent === false ? 0 : 2 * BODY.size;
      writer.paragraph(block.text, body(block.align, block.bold), indent);
    } else {
      drawTable(writer, block);
    }
  }
}

/** 发文机关标志 and 发文字号 over the red rule (GB/T 9704 7.2). */
function writeLetterhead(writer: Writer, notice: Notice): void {
  const chars = [...notice.issuer].length;
  const size = Math.min(36, TEXT_WIDTH / Math.max(chars, 1));
  writer.paragraph(notice.issuer, {
    face: 'bold',
    size,
    pitch: size * 1.6,
    align: 'center',
    color: RED,
  });
  if (notice.documentNumber) {
    writer.y += BODY.pitch;
    writer.paragraph(notice.documentNumber, body('center'));
  }
  const rule = writer.y + 4 * MILLIMETRE;
  writer.doc
    .lineWidth(1.5)
    .strokeColor(RED)
    .moveTo(PAGE.left, rule)
    .lineTo(PAGE.right, rule)
    .stroke();
  writer.doc.strokeColor('black');
  writer.y = rule + BODY.pitch;
}

/**
 * The closing paragraph, then the issuer and the date: the date right-indented four characters
 * and the issuer centred over it (GB/T 9704 7.3.5.2), all on one page.
 */
function writeSignature(writer: Writer, notice: Notice): void {
  const style = body('justify');
  const closing = notice.closing
    ? writer.lines(notice.closing, style, TEXT_WIDTH, 2 * BODY.size)
    : [];
  writer.ensure((closing.length + 3) * BODY.pitch);
  if (notice.closing) writer.paragraph(notice.closing, style, 2 * BODY.size);
  writer.y += BODY.pitch;
  const measure = writer.measure('regular', BODY.size);
  const date = chineseDate(notice.date);
  const dateRight = PAGE.right - 4 * BODY.size;
  const dateLeft = dateRight - measure(date);
  const issuerWidth = measure(notice.issuer);
  const issuerLeft = Math.min(
    dateLeft + (measure(date) - issuerWidth) / 2,
    PAGE.right - 2 * BODY.size - issuerWidth,
  );
  const plain = body('left');
  writer.drawLine(
    { text: notice.issuer, width: issuerWidth, last: true },
    plain,
    issuerLeft,
    issuerWidth,
    writer.y,
  );
  writer.y += BODY.pitch;
  writer.drawLine(
    { text: date, width: measure(date), last: true },
    plain,
    dateLeft,
    measure(date),
    writer.y,
  );
  writer.y += BODY.pitch;
}

/** 页码: `— 1 —` 7 mm under the text area, odd pages right and even pages left, one character in. */
function writePageNumbers(doc: PDFDocument): void {
  const size = 14;
  const { count } = doc.bufferedPageRange();
  for (let i = 0; i < count; i++) {
    doc.switchToPage(i);
    const text = `— ${i + 1} —`;
    const width = doc.font('regular').fontSize(size).widthOfString(text);
    const x = i % 2 === 0 ? PAGE.right - size - width : PAGE.left + size;
    doc.fillColor('black').text(text, x, PAGE.bottom + 7 * MILLIMETRE + size, {
      lineBreak: false,
      baseline: 'alphabetic',
    });
  }
}

/**
 * Lays out an official notice as an A4 PDF with the Chinese fonts embedded as subsets.
 * @example
 * const pdf = await renderNoticePdf({
 *   issuer: '温州市生态环境局',
 *   title: '关于2026年度饮用水水源地生态补偿资金分配结果的公示',
 *   mark: '演示数据',
 *   body: [
 *     '根据《温州市饮用水水源地生态补偿办法》（温政办函〔2023〕28号），现将分配结果公示如下。',
 *     {
 *       kind: 'table',
 *       caption: '分配结果',
 *       columns: [
 *         { title: '序号', width: 1, align: 'center' },
 *         { title: '县（市、区）', width: 3 },
 *         { title: '补偿资金（万元）', width: 2, align: 'right' },
 *       ],
 *       rows: [['1', '文成县', '1,234.56']],
 *     },
 *   ],
 *   closing: '公示期间如有异议，请以书面形式向温州市生态环境局反映。',
 *   date: '2026-11-22',
 * });
 * // pdf: Uint8Array starting with %PDF-
 */
export async function renderNoticePdf(
  notice: Notice,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  chineseDate(notice.date); // a wrong date is refused before any layout
  const fonts = options.fonts ?? noticeFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    autoFirstPage: false,
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: notice.title,
      Author: notice.issuer,
      Subject: notice.mark ? `${notice.title}（${notice.mark}）` : notice.title,
      Creator: 'pingding',
      CreationDate: options.createdAt ?? new Date(),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  register(doc, 'regular', fonts.regular);
  register(doc, 'bold', fonts.bold);

  const writer = new Writer(doc, notice.mark);
  writer.newPage();
  if (notice.letterhead !== false) writeLetterhead(writer, notice);
  writer.paragraph(notice.title, TITLE);
  writer.y += BODY.pitch;
  writeBlocks(writer, notice.body);
  writeSignature(writer, notice);

  const several = (notice.attachments?.length ?? 0) > 1;
  notice.attachments?.forEach((attachment, i) => {
    writer.newPage();
    writer.paragraph(several ? `附件${i + 1}` : '附件', body('left', true));
    writer.y += BODY.pitch / 2;
    writer.paragraph(attachment.title, { ...TITLE, size: 20, pitch: 32 });
    writer.y += BODY.pitch / 2;
    writeBlocks(writer, attachment.blocks);
  });

  writePageNumbers(doc);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
