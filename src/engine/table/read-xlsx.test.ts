import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { InputError, type InputIssue } from '../input-issue.ts';
import { plainNumber, readXlsx } from './read-xlsx.ts';

async function workbookBytes(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('数据'));
  workbook.addWorksheet('其他').getCell('A1').value = 'ignored';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function issuesOf(run: () => Promise<unknown>): Promise<readonly InputIssue[]> {
  try {
    await run();
  } catch (error) {
    if (error instanceof InputError) return error.issues;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('readXlsx', () => {
  it('reads each kind of cell as the text a person sees', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(['name', 'score', 'count', 'doubled', 'date', 'flag', 'link', 'rich']);
      sheet.addRow([
        '  某某集团有限公司 ',
        56.78,
        1180,
        { formula: 'C2*2', result: 2360 },
        new Date(Date.UTC(2025, 2, 1)),
        true,
        { text: '官网', hyperlink: 'https://example.gov.cn' },
        { richText: [{ text: '瑞安', font: { bold: true } }, { text: '市' }] },
      ]);
    });
    const table = await readXlsx(bytes, { required: ['name', 'score'] });
    expect(table.columns).toEqual([
      'name',
      'score',
      'count',
      'doubled',
      'date',
      'flag',
      'link',
      'rich',
    ]);
    expect(table.rows).toEqual([
      {
        row: 2,
        cells: {
          name: '某某集团有限公司',
          score: '56.78',
          count: '1180',
          doubled: '2360',
          date: '2025-03-01',
          flag: 'TRUE',
          link: '官网',
          rich: '瑞安市',
        },
      },
    ]);
  });

  it('keeps a time of day and reads a formula whose result is text or a date', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(['when', 'label', 'day']);
      sheet.addRow([
        new Date(Date.UTC(2025, 0, 2, 9, 30)),
        { formula: '"A"&"B"', result: 'AB' },
        { formula: 'DATE(2024,12,31)', result: new Date(Date.UTC(2024, 11, 31)) },
      ]);
    });
    expect((await readXlsx(bytes)).rows[0]!.cells).toEqual({
      when: '2025-01-02 09:30:00',
      label: 'AB',
      day: '2024-12-31',
    });
  });

  it('skips empty rows, keeps the sheet row numbers and fills absent cells with empty strings', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.getRow(1).values = ['a', 'b'];
      sheet.getRow(2).values = ['x'];
      sheet.getRow(3).values = ['', null];
      sheet.getRow(5).values = [null, 'y'];
    });
    expect((await readXlsx(bytes)).rows).toEqual([
      { row: 2, cells: { a: 'x', b: '' } },
      { row: 5, cells: { a: '', b: 'y' } },
    ]);
  });

  it('reports every error value, formula without result and unnamed cell together', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(['a', 'b']);
      sheet.addRow([{ formula: '1/0', result: { error: '#DIV/0!' } }, 1]);
      sheet.addRow([{ error: '#N/A' }, { formula: 'A1' }]);
      sheet.addRow([1, 2, 'stray']);
    });
    expect(await issuesOf(() => readXlsx(bytes))).toMatchObject([
      { row: 2, column: 'a', code: 'xlsx_error_value' },
      { row: 3, column: 'a', code: 'xlsx_error_value' },
      { row: 3, column: 'b', code: 'xlsx_formula_without_result' },
      { row: 4, code: 'table_cell_without_header' },
    ]);
  });

  it('checks the header: all missing required columns together, extra columns kept', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(['uscc', 'extra']);
      sheet.addRow(['A1', 'kept']);
    });
    expect(
      await issuesOf(() => readXlsx(bytes, { required: ['uscc', 'name', 'county'] })),
    ).toMatchObject([
      { row: 1, column: 'name', code: 'table_missing_column' },
      { row: 1, column: 'county', code: 'table_missing_column' },
    ]);
    expect((await readXlsx(bytes, { required: ['uscc'] })).rows[0]!.cells).toEqual({
      uscc: 'A1',
      extra: 'kept',
    });
  });

  it('rejects bytes that are not a workbook, and a damaged one', async () => {
    const good = await workbookBytes((sheet) => sheet.addRow(['a']));
    const damaged = good.slice(0, Math.floor(good.length / 2));
    for (const bytes of [new TextEncoder().encode('a,b\n1,2\n'), damaged, new Uint8Array()]) {
      expect(await issuesOf(() => readXlsx(bytes))).toMatchObject([{ code: 'xlsx_invalid' }]);
    }
  });
});

describe('plainNumber', () => {
  it('gives the digits Excel shows, without an exponent', () => {
    const cases: [number, string][] = [
      [56.78, '56.78'],
      [1180, '1180'],
      [-3.2, '-3.2'],
      [0, '0'],
      [-0, '0'],
      [0.1 + 0.2, '0.3'],
      [1.1 * 1.1, '1.21'],
      [123456789012345, '123456789012345'],
      [2 ** 53 + 2, '9007199254740990'],
      [1e-7, '0.0000001'],
      [-1.5e-10, '-0.00000000015'],
      [1.25e21, '1250000000000000000000'],
      [1e21, '1000000000000000000000'],
      [1 / 3, '0.333333333333333'],
      [-2 / 3e6, '-0.000000666666666666667'],
    ];
    expect(cases.map(([value]) => plainNumber(value))).toEqual(cases.map(([, text]) => text));
  });
});
