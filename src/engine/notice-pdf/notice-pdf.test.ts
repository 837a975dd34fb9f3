import { describe, expect, it } from 'vitest';
import { chineseDate } from './chinese-date.ts';
import { inspectPdf } from './inspect.ts';
import { breakLines } from './line-break.ts';
import { pdfPages, splitTerms } from './pdf-text.ts';
import { DRAFT_MARK, renderNoticePdf } from './render.ts';
import type { Notice, NoticeTable } from './types.ts';

const square = (text: string) => [...text].length * 10;

describe('breakLines', () => {
  it('breaks between words, never before a closing mark nor after an opening one', () => {
    const lines = breakLines('根据有关规定，现予公示（五个工作日）。', 60, square);
    expect(lines.map((l) => l.text)).toEqual([
      '根据有关',
      '规定，现予',
      '公示（五个',
      '工作日）。',
    ]);
    for (const line of lines) {
      expect(line.text).not.toMatch(/^[，。）]/);
      expect(line.text).not.toMatch(/（$/);
    }
    expect(lines.map((l) => l.last)).toEqual([false, false, false, true]);
  });

  it('keeps the given terms, document numbers and article references whole', () => {
    const text = '温州市总部企业星级评定办法（温政办〔2023〕88号）第十四条';
    const lines = breakLines(text, 150, square, { keepTogether: ['总部企业'] }).map((l) => l.text);
    expect(lines.join('')).toBe(text);
    expect(lines.some((l) => l.includes('总部企业'))).toBe(true);
    expect(lines.some((l) => l.includes('温政办〔2023〕88号'))).toBe(true);
    expect(lines.some((l) => l.includes('第十四条'))).toBe(true);
  });

  it('keeps Latin words and numbers whole, narrows the first line by the indent', () => {
    const lines = breakLines('统一社会信用代码91330302MAR6FJP20Q', 200, square, { indent: 20 });
    expect(lines.map((l) => l.text)).toEqual(['统一社会信用代码', '91330302MAR6FJP20Q']);
    expect(
      breakLines('一二三四五六', 60, square, { indent: 20 }).map((l) => l.text.length),
    ).toEqual([4, 2]);
  });
});

describe('chineseDate', () => {
  it('writes the date in Chinese without leading zeros', () => {
    expect(chineseDate('2026-11-22')).toBe('2026年11月22日');
    expect(chineseDate('2026-01-05')).toBe('2026年1月5日');
    expect(() => chineseDate('2026/1/5')).toThrow();
  });
});

const notice = (rows: number): Notice => ({
  issuer: '温州市投资促进局',
  title: '关于2025年度温州市总部企业星级评定结果的公示',
  documentNumber: '温投促〔2026〕3号',
  mark: '演示数据',
  body: [
    '根据《温州市总部企业星级评定办法》（温政办〔2023〕88号）有关规定，现将评定结果予以公示。',
    {
      kind: 'table',
      caption: '评定结果',
      columns: [
        { title: '序号', width: 1, align: 'center' },
        { title: '企业名称', width: 5 },
        { title: '星级', width: 1.5, align: 'center' },
      ],
      rows: Array.from({ length: rows }, (_, i) => [
        String(i + 1),
        `瓯海示例${i}有限公司`,
        '三星级',
      ]),
    },
  ],
  addressees: '各县（市、区）、温州海经区投促部门',
  date: '2026-11-22',
});

describe('renderNoticePdf', () => {
  it('writes a complete A4 PDF with subsets of the Chinese fonts and every character mapped', async () => {
    const pdf = await renderNoticePdf(notice(3));
    const facts = inspectPdf(pdf);
    expect(facts.version).toMatch(/^%PDF-1\.\d/);
    expect(facts.complete).toBe(true);
    expect(facts.pages).toBe(1);
    expect(facts.fonts.length).toBeGreaterThan(0);
    for (const font of facts.fonts) expect(font).toMatch(/^[A-Z]{6}\+/);
    const text =
      '温州市投资促进局关于总部企业星级评定结果的公示演示数据瓯海示例有限公司2026年11月22日〔〕—';
    const missing = [...text].filter((c) => !facts.characters.has(c));
    expect(missing).toEqual([]);
    expect(Buffer.from(pdf).toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    // Subsets keep a notice small: two faces of a full CJK font are 17 MB.
    expect(pdf.length).toBeLessThan(300_000);
  });

  it('runs a long table over several pages, its heading row on top of each', async () => {
    // Cells unique to their row: what every page shows in common is the heading row.
    const rows = Array.from({ length: 90 }, (_, i) => [`${i + 1}`, `瓯海示例${i}有限公司`, `${i}`]);
    const long = notice(0);
    const table = { ...(long.body[1] as NoticeTable), rows };
    const facts = inspectPdf(
      await renderNoticePdf({
        ...long,
        mark: undefined,
        body: [table],
        attachments: [{ title: '名单', blocks: [] }],
      }),
    );
    expect(facts.pages).toBeGreaterThanOrEqual(5);
    const [first, ...others] = facts.shown.slice(0, 3);
    const common = first!.filter((s) => others.every((page) => page.includes(s)));
    expect(common).toHaveLength(3);
    expect(facts.characters.has('附')).toBe(true);
  });

  it('prints the addressees, the number, the title whole, and the signature with the last paragraph', async () => {
    // A body long enough that the signature would fall alone on page 2.
    const filler = '现将生态保护补偿专项资金和总部企业星级评定有关事项说明如下，请遵照执行。';
    const body = Array.from({ length: 12 }, (_, i) => `${i + 1}.${filler}`);
    const last = '公示期间如有异议，请以书面形式向温州市投资促进局反映。';
    const pdf = await renderNoticePdf({
      ...notice(0),
      keepTogether: ['总部企业', '星级评定'],
      body: [...body, last],
    });
    const pages = pdfPages(pdf);
    const text = pages.map((page) => page.join('\n'));
    expect(text[0]).toContain('温投促〔2026〕3号');
    expect(text[0]).toContain('各县（市、区）、温州海经区投促部门：');
    expect(pages[0]!.filter((l) => l.startsWith('关于') || l.endsWith('的公示')).join('')).toBe(
      '关于2025年度温州市总部企业星级评定结果的公示',
    );
    expect(splitTerms(pages, ['总部企业', '生态', '星级评定', '专项资金'])).toEqual([]);
    const signed = text.findIndex((page) => page.includes('2026年11月22日'));
    expect(signed).toBeGreaterThan(0);
    expect(text[signed]!.replace(/\s/g, '')).toContain(last);
    expect(text[signed]).toContain('温州市投资促进局');
  });

  it('says so on every page and in place of the number when a notice has no number', async () => {
    const pdf = await renderNoticePdf({ ...notice(3), documentNumber: undefined });
    const pages = pdfPages(pdf);
    for (const page of pages) expect(page.join('')).toContain(DRAFT_MARK);
    expect(pages[0]!.filter((line) => line === DRAFT_MARK)).toHaveLength(1);
  });
});
