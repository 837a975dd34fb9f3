import { describe, expect, it } from 'vitest';
import { InputError } from '../input-issue.ts';
import { readTable } from './read-table.ts';
import { tableKindOf } from './table.ts';

const csv = (text: string) => ({ fileName: '企业名单.CSV', bytes: new TextEncoder().encode(text) });

describe('tableKindOf', () => {
  it('goes by the extension, in any case', () => {
    expect(tableKindOf('a.csv')).toBe('csv');
    expect(tableKindOf('评定/企业.XLSX')).toBe('xlsx');
  });

  it('rejects other extensions with a message naming them', () => {
    for (const name of ['企业.xls', 'data.txt', 'noextension']) {
      expect(() => tableKindOf(name)).toThrow(InputError);
    }
    expect(() => tableKindOf('企业.xls')).toThrow(/\.xls.*\.xlsx/);
  });
});

describe('readTable', () => {
  it('reports each missing required column at row 1, together', async () => {
    const failure = await readTable(csv('uscc,extra\nA1,x\n'), {
      required: ['uscc', 'name', 'county'],
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InputError);
    expect((failure as InputError).issues).toMatchObject([
      { row: 1, column: 'name', code: 'table_missing_column' },
      { row: 1, column: 'county', code: 'table_missing_column' },
    ]);
  });

  it('keeps extra columns', async () => {
    const table = await readTable(csv('uscc,extra\nA1,x\n'), { required: ['uscc'] });
    expect(table).toEqual({
      columns: ['uscc', 'extra'],
      rows: [{ row: 2, cells: { uscc: 'A1', extra: 'x' } }],
    });
  });

  it('rejects an unknown file kind before reading', async () => {
    await expect(
      readTable({ fileName: 'a.json', bytes: new Uint8Array() }, { required: [] }),
    ).rejects.toThrow(InputError);
  });
});
