import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { sheetXml, zipOf } from '../../../test/support/zip.ts';
import { InputError } from '../input-issue.ts';
import { LOCAL_TABLE_LIMITS, UPLOAD_TABLE_LIMITS } from './limits.ts';
import { readXlsx } from './read-xlsx.ts';
import { writeXlsx } from './write-xlsx.ts';
import { checkXlsxBounds } from './xlsx-bounds.ts';

const SHEET = 'xl/worksheets/sheet1.xml';

async function refusal(bytes: Uint8Array): Promise<string> {
  const error = await checkXlsxBounds(bytes, UPLOAD_TABLE_LIMITS).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).issues[0]!.code;
}

describe('checkXlsxBounds', () => {
  it('passes a real workbook and leaves bytes that are not a zip to exceljs', async () => {
    const bytes = await writeXlsx([
      { name: 's', columns: [{ key: 'a', header: 'a' }], records: [{ a: '1' }] },
    ]);
    await expect(checkXlsxBounds(bytes, UPLOAD_TABLE_LIMITS)).resolves.toBeUndefined();
    await expect(
      checkXlsxBounds(Buffer.from('not a zip at all'), UPLOAD_TABLE_LIMITS),
    ).resolves.toBeUndefined();
  });

  it('refuses a part that declares gigabytes, before inflating anything', async () => {
    const bomb = zipOf([{ name: SHEET, content: Buffer.from('<x/>'), declaredSize: 0xfffffff0 }]);
    expect(await refusal(bomb)).toBe('xlsx_too_large');
  });

  it('refuses parts whose declared sizes add up past the limit', async () => {
    const parts = Array.from({ length: 70 }, (_, i) => ({
      name: `xl/media/${i}.bin`,
      content: Buffer.from('x'),
      declaredSize: 1024 * 1024,
    }));
    expect(await refusal(zipOf(parts))).toBe('xlsx_too_large');
  });

  it('stops a part that inflates past the size it declares (a lying bomb)', async () => {
    const content = Buffer.alloc(200 * 1024 * 1024, 0x20);
    const bomb = zipOf([{ name: SHEET, content, declaredSize: 1000 }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = Date.now();
    expect(await refusal(bomb)).toBe('xlsx_too_large');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses too many parts and too many cells', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({
      name: `p${i}`,
      content: Buffer.from(''),
    }));
    expect(await refusal(zipOf(many))).toBe('xlsx_too_large');
    const cells = zipOf([{ name: SHEET, content: sheetXml(1_000_001) }]);
    expect(await refusal(cells)).toBe('xlsx_too_large');
    await expect(checkXlsxBounds(cells, LOCAL_TABLE_LIMITS)).resolves.toBeUndefined();
  });

  it('is what readXlsx runs first', async () => {
    const bomb = zipOf([{ name: SHEET, content: Buffer.from('<x/>'), declaredSize: 0xfffffff0 }]);
    await expect(readXlsx(bomb)).rejects.toThrow(/unpacks to too much/);
  });
});
