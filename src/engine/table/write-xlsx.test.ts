import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTable } from './read-table.ts';
import { headerRowOf, type SheetSpec } from './table.ts';
import { writeXlsx } from './write-xlsx.ts';

const results: SheetSpec = {
  name: '评定结果',
  columns: [
    { key: 'uscc', header: '统一社会信用代码', width: 22 },
    { key: 'name', header: '企业名称' },
    { key: 'rank', header: '名次', kind: 'integer' },
    { key: 'total', header: '总分', kind: 'decimal', places: 2 },
    { key: 'share', header: '占比', kind: 'decimal', places: 4 },
  ],
  records: [
    {
      uscc: '91330300MA2AXXXXXX',
      name: '某某集团有限公司',
      rank: '1',
      total: '56.78',
      share: '0.1000',
    },
    { uscc: '0012', name: '温州“某某”有限公司', rank: '2', total: '-0.00', share: '' },
  ],
};

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('writeXlsx', () => {
  it('round-trips numbers, text and Chinese through readTable', async () => {
    const bytes = await writeXlsx([results]);
    const table = await readTable({ fileName: 'out.xlsx', bytes }, { required: ['总分'] });
    expect(table.columns).toEqual(['统一社会信用代码', '企业名称', '名次', '总分', '占比']);
    expect(table.rows).toEqual([
      {
        row: 2,
        cells: {
          统一社会信用代码: '91330300MA2AXXXXXX',
          企业名称: '某某集团有限公司',
          名次: '1',
          总分: '56.78',
          占比: '0.1',
        },
      },
      {
        row: 3,
        cells: {
          统一社会信用代码: '0012',
          企业名称: '温州“某某”有限公司',
          名次: '2',
          总分: '0',
          占比: '',
        },
      },
    ]);
  });

  it('stores numbers with a format of their places, text as text, under a bold frozen header', async () => {
    const sheet = (await load(await writeXlsx([results]))).worksheets[0]!;
    const row = sheet.getRow(2);
    expect([row.getCell(3).value, row.getCell(4).value, row.getCell(5).value]).toEqual([
      1, 56.78, 0.1,
    ]);
    expect([row.getCell(3).numFmt, row.getCell(4).numFmt, row.getCell(5).numFmt]).toEqual([
      '0',
      '0.00',
      '0.0000',
    ]);
    expect(sheet.getCell('A3').value).toBe('0012');
    expect(sheet.getCell('A3').numFmt).toBe('@');
    expect(sheet.getCell('D1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(1).width).toBe(22);
  });

  it('puts notes above the header and freezes down to the header row', async () => {
    const spec: SheetSpec = {
      ...results,
      notes: ['温州市总部企业星级评定', '演示数据 (synthetic data)'],
    };
    expect(headerRowOf(spec)).toBe(3);
    const sheet = (await load(await writeXlsx([spec, { ...results, name: '第二页' }])))
      .worksheets[0]!;
    expect(sheet.getCell('A2').value).toBe('演示数据 (synthetic data)');
    expect(sheet.getCell('B3').value).toBe('企业名称');
    expect(sheet.getCell('B3').font?.bold).toBe(true);
    expect(sheet.getCell('D4').value).toBe(56.78);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  it('refuses number strings it cannot show exactly', async () => {
    const bad = (total: string) =>
      writeXlsx([{ ...results, records: [{ ...results.records[0]!, total }] }]);
    await expect(bad('56.789')).rejects.toThrow(/56\.789/);
    await expect(bad('1,234.00')).rejects.toThrow(/not a decimal/);
    await expect(bad('1234567890123456.00')).rejects.toThrow(/significant/);
    await expect(bad('123456789012345.00')).resolves.toBeInstanceOf(Uint8Array);
  });
});
