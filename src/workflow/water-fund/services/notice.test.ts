import { describe, expect, it } from 'vitest';
import { pdfPages, splitTerms } from '../../../engine/notice-pdf/pdf-text.ts';
import { DRAFT_MARK, renderNoticePdf } from '../../../engine/notice-pdf/index.ts';
import { allocationNotice } from './notice.ts';

const allocations = [
  { county: '瑞安市', base: '45543210.55', reward: '6000000.00', total: '51543210.55' },
  { county: '文成县', base: '30000000.00', reward: '11000000.00', total: '41000000.00' },
  { county: '泰顺县', base: '34456789.45', reward: '9000000.00', total: '43456789.45' },
  { county: '瓯海区', base: '30000000.00', reward: '4000000.00', total: '34000000.00' },
];

describe('allocation notice', () => {
  it('is addressed, numbered, names 28号 exactly, splits no word, and signs with its last paragraph', async () => {
    const notice = allocationNotice({
      year: 2026,
      synthetic: false,
      allocations,
      documentNumber: '温自然资规〔2026〕5号',
      date: '2026-05-12',
    });
    const pages = pdfPages(await renderNoticePdf(notice));
    const first = pages[0]!.join('');
    expect(first).toContain('温自然资规〔2026〕5号');
    expect(first).not.toContain(DRAFT_MARK);
    expect(first).toContain('瑞安市、文成县、泰顺县、瓯海区财政局、自然资源和规划局：');
    expect(first).toContain('关于下达2026年度市级饮用水水源地生态保护补偿专项资金的通知');
    const text = pages.flat().join('');
    expect(text).toContain(
      '《温州市级饮用水水源地生态保护补偿专项资金管理办法（2023—2025年）》（温政办函〔2023〕28号）',
    );
    expect(text).toContain('2027年3月31日前将自评情况报市财政局备案');
    expect(splitTerms(pages, ['生态', '生态保护', '饮用水水源地', '专项资金'])).toEqual([]);
    const signed = pages.findIndex((page) => page.includes('2026年5月12日'));
    expect(pages[signed]!.join('')).toContain('不得用于发放个人津补贴');
    expect(pages[signed]).toContain('温州市自然资源和规划局');
    expect(pages[signed]).toContain('温州市财政局');
    // The table is the attachment, its total the fund's.
    expect(pages.at(-1)!.join('')).toContain('170,000,000.00');
  });

  it('is a draft, saying so, while no number was entered', async () => {
    const notice = allocationNotice({
      year: 2026,
      synthetic: true,
      allocations,
      documentNumber: null,
      date: '2026-05-12',
    });
    const pages = pdfPages(await renderNoticePdf(notice));
    for (const page of pages) expect(page.join('')).toContain(DRAFT_MARK);
  });
});
