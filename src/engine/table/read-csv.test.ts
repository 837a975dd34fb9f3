import { describe, expect, it } from 'vitest';
import { InputError, type InputIssue } from '../input-issue.ts';
import { forEachCsvRecord, readCsv } from './read-csv.ts';
import type { Table, TableRow } from './table.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function issuesOf(run: () => unknown): Promise<readonly InputIssue[]> {
  try {
    await run();
  } catch (error) {
    if (error instanceof InputError) return error.issues;
    throw error;
  }
  throw new Error('expected an InputError');
}

type Read = (bytes: Uint8Array, options?: { required?: string[] }) => Promise<Table>;

// Both readers share one record handler; each rule is checked through both.
const readers: [string, Read][] = [
  ['readCsv', async (bytes, options) => readCsv(bytes, options)],
  [
    'forEachCsvRecord',
    async (bytes, options = {}) => {
      const rows: TableRow[] = [];
      const { columns } = await forEachCsvRecord(bytes, options, (row) => {
        rows.push(row);
      });
      return { columns, rows };
    },
  ],
];

describe.each(readers)('%s', (_name, read) => {
  it('strips a BOM and reads CRLF lines', async () => {
    const table = await read(utf8('\uFEFFuscc,名称\r\nA1,某某集团有限公司\r\nB2,温州某某公司\r\n'));
    expect(table.columns).toEqual(['uscc', '名称']);
    expect(table.rows).toEqual([
      { row: 2, cells: { uscc: 'A1', 名称: '某某集团有限公司' } },
      { row: 3, cells: { uscc: 'B2', 名称: '温州某某公司' } },
    ]);
  });

  it('reads LF lines without a final line end, trimming cells and keeping strings as typed', async () => {
    const table = await read(utf8('a,b\n 56.78 ,0012\n1e3,'));
    expect(table.rows).toEqual([
      { row: 2, cells: { a: '56.78', b: '0012' } },
      { row: 3, cells: { a: '1e3', b: '' } },
    ]);
  });

  it('reads quoted commas, doubled quotes and a quoted newline as one spreadsheet row', async () => {
    const table = await read(utf8('name,note\r\n"某某, ""集团""","第一行\r\n第二行"\r\nx,y\r\n'));
    expect(table.rows).toEqual([
      { row: 2, cells: { name: '某某, "集团"', note: '第一行\r\n第二行' } },
      { row: 3, cells: { name: 'x', note: 'y' } },
    ]);
  });

  it('skips blank lines and rows of empty cells but counts them in row numbers', async () => {
    const table = await read(utf8('a,b\r\n1,2\r\n\r\n,\r\n  ,  \r\n3,4\r\n\r\n'));
    expect(table.rows.map((row) => [row.row, row.cells.a])).toEqual([
      [2, '1'],
      [6, '3'],
    ]);
  });

  it('fills cells missing at the end of a short row with empty strings', async () => {
    expect((await read(utf8('a,b,c\n1\n'))).rows).toEqual([
      { row: 2, cells: { a: '1', b: '', c: '' } },
    ]);
  });

  it('rejects GBK bytes, telling the user to save as CSV UTF-8', async () => {
    // "名称\r\n企业\r\n" as Excel saves it on Chinese Windows (GBK).
    const gbk = new Uint8Array([
      0xc3, 0xfb, 0xb3, 0xc6, 0x0d, 0x0a, 0xc6, 0xf3, 0xd2, 0xb5, 0x0d, 0x0a,
    ]);
    const issues = await issuesOf(() => read(gbk));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe('csv_not_utf8');
    expect(issues[0]!.message.zh).toContain('UTF-8');
    expect(issues[0]!.message.zh).toContain('GBK');
    expect(issues[0]!.message.zh).toContain('另存为');
  });

  it('names the row of an unclosed quote', async () => {
    const issues = await issuesOf(() => read(utf8('a,b\r\n1,2\r\n\r\n"x,3\r\n4,5\r\n')));
    expect(issues).toMatchObject([{ row: 4, code: 'csv_unclosed_quote' }]);
  });

  it('names the row of a misplaced quote, counting quoted newlines as one row', async () => {
    const issues = await issuesOf(() => read(utf8('a,b\n"1\n1",2\n3,"x"y\n')));
    expect(issues).toMatchObject([{ row: 3, code: 'csv_malformed' }]);
  });

  it('reports every row with more fields than the header', async () => {
    const issues = await issuesOf(() =>
      read(utf8('name,county\n某某,有限公司,瑞安市\nok,ok\nx,y,z\n')),
    );
    expect(issues).toMatchObject([
      { row: 2, code: 'csv_too_many_fields' },
      { row: 4, code: 'csv_too_many_fields' },
    ]);
  });

  it('allows empty fields past the header, as Excel writes for a wider used range', async () => {
    const table = await read(utf8('a,b,,\r\n1,2,,\r\n'));
    expect(table).toEqual({ columns: ['a', 'b'], rows: [{ row: 2, cells: { a: '1', b: '2' } }] });
  });

  it('rejects duplicate and empty header names together with missing required columns', async () => {
    const issues = await issuesOf(() => read(utf8('a,,a,b\n1,2,3,4\n'), { required: ['a', 'c'] }));
    expect(issues).toMatchObject([
      { row: 1, code: 'table_empty_header' },
      { row: 1, column: 'a', code: 'table_duplicate_header' },
      { row: 1, column: 'c', code: 'table_missing_column' },
    ]);
  });

  it('rejects an empty file and a file whose first line is blank', async () => {
    expect(await issuesOf(() => read(utf8('\uFEFF')))).toMatchObject([
      { code: 'table_empty_file' },
    ]);
    expect(await issuesOf(() => read(utf8('\na,b\n')))).toMatchObject([
      { row: 1, code: 'table_no_header' },
    ]);
  });

  it('recognises an xlsx file named .csv', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0xff]);
    expect(await issuesOf(() => read(zip))).toMatchObject([{ code: 'csv_is_xlsx' }]);
  });
});

describe('forEachCsvRecord', () => {
  // Far more than one 64 KiB parser slice, so characters and quoted fields straddle slices.
  const many = 20_000;
  const big = utf8(
    `\uFEFFuscc,名称,备注\r\n${Array.from(
      { length: many },
      (_, index) => `U${index},某某集团有限公司${index},"多行\r\n备注, ""${index}"""\r\n`,
    ).join('')}`,
  );

  it('reads a file many slices long, row by row, without losing a character', async () => {
    const seen: TableRow[] = [];
    const summary = await forEachCsvRecord(big, { required: ['名称'] }, (row) => {
      seen.push(row);
    });
    expect(summary.rowCount).toBe(many);
    expect(seen[many - 1]).toEqual({
      row: many + 1,
      cells: {
        uscc: `U${many - 1}`,
        名称: `某某集团有限公司${many - 1}`,
        备注: `多行\r\n备注, "${many - 1}"`,
      },
    });
    expect(seen.every((row, index) => row.cells.名称 === `某某集团有限公司${index}`)).toBe(true);
  });

  it('names the right row of a broken quote far into a large file', async () => {
    const broken = utf8(`${new TextDecoder().decode(big)}U,x,"y"z\r\nU,x,y\r\n`);
    expect(await issuesOf(() => forEachCsvRecord(broken, {}, () => undefined))).toMatchObject([
      { row: many + 2, code: 'csv_malformed' },
    ]);
  });

  it('stops at an error thrown by the callback late in a large file', async () => {
    const failure = new Error('stop');
    let calls = 0;
    const run = () =>
      forEachCsvRecord(big, {}, () => {
        calls += 1;
        if (calls === many - 5) throw failure;
      });
    expect(run).toThrow(failure);
    expect(calls).toBe(many - 5);
  });
  it('hands each non-blank row on and returns the header', async () => {
    const seen: TableRow[] = [];
    const summary = await forEachCsvRecord(
      utf8('a,b\n1,2\n\n3,4\n'),
      { required: ['b'] },
      (row) => {
        seen.push(row);
      },
    );
    expect(summary).toEqual({ columns: ['a', 'b'], rowCount: 2 });
    expect(seen.map((row) => row.row)).toEqual([2, 4]);
  });

  it('checks the header before handing on any row', async () => {
    let calls = 0;
    const issues = await issuesOf(() =>
      forEachCsvRecord(utf8('a\n1\n'), { required: ['x', 'y'] }, () => {
        calls += 1;
      }),
    );
    expect(issues.map((issue) => issue.column)).toEqual(['x', 'y']);
    expect(calls).toBe(0);
  });

  it('lets an error thrown by the callback through unchanged', async () => {
    const failure = new Error('stop');
    expect(() =>
      forEachCsvRecord(utf8('a\n1\n'), { required: [] }, () => {
        throw failure;
      }),
    ).toThrow(failure);
  });
});
