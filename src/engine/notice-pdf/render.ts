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

/** Printed where the document number goes, and on every page, while the notice has none. */
export const DRAFT_MARK = '草稿（未编发文字号）';

/** The issuing bodies, the lead one first (GB/T 9704 7.2.2: 主办机关名称排列在前). */
const issuers = (notice: Notice) => [notice.issuer, ...(notice.coIssuers ?? [])];

/** 发文机关标志 and 发文字号 over the red rule (GB/T 9704 7.2). */
function writeLetterhead(writer: Writer, notice: Notice): void {
  const names = issuers(notice);
  const chars = Math.max(...names.map((name) => [...name].length), 1);
  const size = Math.min(36, TEXT_WIDTH / chars);
  for (const name of names) {
    writer.paragraph(name, { face: 'bold', size, pitch: size * 1.4, align: 'center', color: RED });
  }
  writer.y += BODY.pitch;
  writer.paragraph(notice.documentNumber ?? DRAFT_MARK, {
    ...body('center'),
    ...(notice.documentNumber ? {} : { color: RED }),
  });
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

/** A paragraph block's text and indent, or null for a table. */
function asParagraph(
  block: NoticeBlock,
): { text: string; style: LineStyle; indent: number } | null {
  if (typeof block === 'string') return { text: block, style: body(), indent: 2 * BODY.size };
  if (block.kind !== 'paragraph') return null;
  return {
    text: block.text,
    style: body(block.align, block.bold),
    indent: block.indent === false ? 0 : 2 * BODY.size,
  };
}

/** A paragraph of the tail, and the blank lines before it. */
interface TailParagraph {
  text: string;
  style: LineStyle;
  indent: number;
  space?: number;
}

/**
 * 附件说明 (GB/T 9704 7.3.4): a line under the body, two characters in, `附件：` and the
 * attachments' titles, numbered when there are several.
 */
function attachmentNote(notice: Notice): TailParagraph[] {
  const titles = (notice.attachments ?? []).map((a) => a.title);
  return titles.map((title, i) => ({
    text: titles.length > 1 ? `${i === 0 ? '附件：' : ''}${i + 1}.${title}` : `附件：${title}`,
    style: body('left'),
    // Later items sit under the first one's title.
    indent: (i === 0 ? 2 : 5) * BODY.size,
    space: i === 0 ? 1 : 0,
  }));
}

/**
 * The body's last paragraph, the closing and the 附件说明, then the issuers and the date: the
 * date right-indented four characters and the issuers centred over it (GB/T 9704 7.3.5.2), all on
 * one page, so the signature never stands alone on a page of its own.
 */
function writeSignature(writer: Writer, notice: Notice, last: NoticeBlock | undefined): void {
  const tail: TailParagraph[] = [
    ...(last === undefined ? [] : [asParagraph(last)!]),
    ...(notice.closing
      ? [{ text: notice.closing, style: body('justify'), indent: 2 * BODY.size }]
      : []),
    ...attachmentNote(notice),
  ];
  const names = issuers(notice);
  const lineCount = tail.reduce(
    (sum, p) => sum + (p.space ?? 0) + writer.lines(p.text, p.style, TEXT_WIDTH, p.indent).length,
    0,
  );
  writer.ensure((lineCount + 2 + names.length) * BODY.pitch);
  for (const p of tail) {
    writer.y += (p.space ?? 0) * BODY.pitch;
    writer.paragraph(p.text, p.style, p.indent);
  }
  writer.y += BODY.pitch;
  const measure = writer.measure('regular', BODY.size);
  const date = chineseDate(notice.date);
  const dateRight = PAGE.right - 4 * BODY.size;
  const dateLeft = dateRight - measure(date);
  const plain = body('left');
  for (const name of names) {
    const width = measure(name);
    const left = Math.min(
      dateLeft + (measure(date) - width) / 2,
      PAGE.right - 2 * BODY.size - width,
    );
    writer.drawLine({ text: name, width, last: true }, plain, left, width, writer.y);
    writer.y += BODY.pitch;
  }
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
 *   issuer: '温州市自然资源和规划局',
 *   coIssuers: ['温州市财政局'],
 *   documentNumber: '温自然资规〔2026〕5号',
 *   title: '关于下达2026年度饮用水水源地生态保护补偿专项资金的通知',
 *   addressees: '瑞安市、文成县、泰顺县、瓯海区财政局、自然资源和规划局',
 *   keepTogether: ['饮用水水源地', '生态保护'],
 *   mark: '演示数据',
 *   body: [
 *     '根据《温州市级饮用水水源地生态保护补偿专项资金管理办法（2023—2025年）》（温政办函〔2023〕28号），现将资金下达如下。',
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
 *   closing: '请按规定使用。',
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
  const mark = [notice.mark, notice.documentNumber ? undefined : DRAFT_MARK].filter(Boolean);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    autoFirstPage: false,
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: notice.title,
      Author: issuers(notice).join('、'),
      Subject: mark.length > 0 ? `${notice.title}（${mark.join('，')}）` : notice.title,
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

  const writer = new Writer(
    doc,
    mark.length > 0 ? mark.join('　') : undefined,
    notice.keepTogether ?? [],
  );
  writer.newPage();
  if (notice.letterhead !== false) writeLetterhead(writer, notice);
  writer.paragraph(notice.title, TITLE);
  writer.y += BODY.pitch;
  if (notice.addressees) writer.paragraph(`${notice.addressees}：`, body('left'));
  // The last paragraph of the body goes with the signature.
  const blocks = [...notice.body];
  const last = blocks.length > 0 && asParagraph(blocks.at(-1)!) ? blocks.pop() : undefined;
  writeBlocks(writer, blocks);
  writeSignature(writer, notice, last);

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
