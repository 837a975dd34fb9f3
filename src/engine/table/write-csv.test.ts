import { describe, expect, it } from 'vitest';
import { readCsv } from './read-csv.ts';
import { writeCsv } from './write-csv.ts';

const columns = [
  { key: 'name', header: '企业名称' },
  { key: 'note', header: 'note, "quoted"' },
  { key: 'total', header: '总分', kind: 'decimal' as const, places: 2 },
];

describe('writeCsv', () => {
  it('starts with a BOM, ends lines with CRLF and quotes only what needs it', () => {
    const text = writeCsv(columns, [
      { name: '某某集团有限公司', note: 'a,b', total: '56.78' },
      { name: '他说"好"', note: '第一行\n第二行', total: '-0.50' },
      { name: ' 前后空格 ', note: '' },
    ]);
    expect(text).toBe(
      '\uFEFF企业名称,"note, ""quoted""",总分\r\n' +
        '某某集团有限公司,"a,b",56.78\r\n' +
        '"他说""好""","第一行\n第二行",-0.50\r\n' +
        '" 前后空格 ",,\r\n',
    );
  });

  it('is read back to the same cells', () => {
    const records = [{ name: '某某, "集团"', note: 'x\r\ny', total: '12345.60' }];
    const table = readCsv(new TextEncoder().encode(writeCsv(columns, records)));
    expect(table.columns).toEqual(['企业名称', 'note, "quoted"', '总分']);
    expect(table.rows).toEqual([
      { row: 2, cells: { 企业名称: '某某, "集团"', 'note, "quoted"': 'x\r\ny', 总分: '12345.60' } },
    ]);
  });
});
