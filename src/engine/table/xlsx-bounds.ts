import { Buffer } from 'node:buffer';
import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
import { InputError } from '../input-issue.ts';
import type { TableLimits } from './limits.ts';

const inflate = promisify(inflateRaw);

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end-of-directory record is 22 bytes, followed by a comment of at most 65,535. */
const END_RECORD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;
const STORED = 0;
const DEFLATED = 8;
/** A 4 GB size or 65,535 entries marks ZIP64, which no uploadable workbook needs. */
const ZIP64_SIZE = 0xffffffff;
const ZIP64_COUNT = 0xffff;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeader: number;
}

/**
 * Checks an .xlsx (a zip archive) before exceljs unpacks it, which it would do without bound:
 * the number of parts and their declared unpacked sizes from the central directory, then each
 * part is inflated with its declared size as the ceiling (so a part that lies about its size
 * stops there), and the worksheets' cells are counted. Bytes that are not a zip archive are left
 * for exceljs to refuse in its own words.
 * @example await checkXlsxBounds(bytes, UPLOAD_TABLE_LIMITS)
 * @throws InputError when the workbook would unpack beyond `limits`
 */
export async function checkXlsxBounds(bytes: Uint8Array, limits: TableLimits): Promise<void> {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = centralDirectory(zip, limits);
  if (entries === null) return;
  let cells = 0;
  for (const entry of entries) {
    const data = entryData(zip, entry);
    if (data === null) throw unreadable();
    let content: Buffer;
    if (entry.method === STORED) {
      if (data.length !== entry.declaredSize) throw unreadable();
      content = data;
    } else if (entry.method === DEFLATED) {
      content = await inflateBounded(data, entry.declaredSize, limits);
    } else {
      continue; // exceljs cannot read other methods either and refuses the file itself.
    }
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name)) {
      cells += countCells(content);
      if (cells > limits.maxCells) throw tooLarge(limits);
    }
  }
}

/** The archive's entries, or null when the bytes carry no end-of-directory record. */
function centralDirectory(zip: Buffer, limits: TableLimits): ZipEntry[] | null {
  const end = findEndRecord(zip);
  if (end < 0) return null;
  const count = zip.readUInt16LE(end + 10);
  const size = zip.readUInt32LE(end + 12);
  const offset = zip.readUInt32LE(end + 16);
  if (count === ZIP64_COUNT || offset === ZIP64_SIZE) throw tooLarge(limits);
  if (count > limits.maxEntries) throw tooLarge(limits);
  if (offset + size > zip.length) throw unreadable();
  const entries: ZipEntry[] = [];
  let declared = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw unreadable();
    const nameLength = zip.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      declaredSize: zip.readUInt32LE(at + 24),
      localHeader: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, Math.min(at + 46 + nameLength, zip.length)),
    };
    if (entry.declaredSize === ZIP64_SIZE || entry.compressedSize === ZIP64_SIZE) {
      throw tooLarge(limits);
    }
    declared += entry.declaredSize;
    if (declared > limits.maxExpandedBytes) throw tooLarge(limits);
    entries.push(entry);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

function findEndRecord(zip: Buffer): number {
  const last = zip.length - END_RECORD_BYTES;
  const first = Math.max(0, last - MAX_COMMENT_BYTES);
  for (let at = last; at >= first; at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

/** The compressed bytes of an entry, found through its local header as unzip tools do. */
function entryData(zip: Buffer, entry: ZipEntry): Buffer | null {
  const at = entry.localHeader;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_HEADER) return null;
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const stop = start + entry.compressedSize;
  return stop > zip.length ? null : zip.subarray(start, stop);
}

/** Inflates on the thread pool, stopping once the output passes the declared size. */
async function inflateBounded(
  data: Buffer,
  declaredSize: number,
  limits: TableLimits,
): Promise<Buffer> {
  try {
    return await inflate(data, { maxOutputLength: Math.max(declaredSize, 1) });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw code === 'ERR_BUFFER_TOO_LARGE' ? tooLarge(limits) : unreadable();
  }
}

const LT = 0x3c;
const COLON = 0x3a;

/** Counts `<c …>` elements (cells), with or without a namespace prefix such as `<x:c>`. */
function countCells(xml: Buffer): number {
  let count = 0;
  let at = xml.indexOf(LT);
  while (at >= 0 && at + 2 < xml.length) {
    let name = at + 1;
    // Skip a namespace prefix: letters and digits up to a colon.
    let scan = name;
    while (scan < xml.length && scan - name < 16 && isNameByte(xml[scan]!)) scan++;
    if (xml[scan] === COLON) name = scan + 1;
    if (xml[name] === 0x63 /* c */ && isTagEnd(xml[name + 1])) count++;
    at = xml.indexOf(LT, at + 1);
  }
  return count;
}

function isNameByte(byte: number): boolean {
  return (
    (byte >= 0x30 && byte <= 0x39) ||
    (byte >= 0x41 && byte <= 0x5a) ||
    (byte >= 0x61 && byte <= 0x7a)
  );
}

function isTagEnd(byte: number | undefined): boolean {
  return (
    byte === 0x20 ||
    byte === 0x3e ||
    byte === 0x2f ||
    byte === 0x09 ||
    byte === 0x0a ||
    byte === 0x0d
  );
}

function tooLarge(limits: TableLimits): InputError {
  const megabytes = Math.floor(limits.maxExpandedBytes / 1024 / 1024);
  const cells = limits.maxCells.toLocaleString('en-US');
  return new InputError([
    {
      code: 'xlsx_too_large',
      message: {
        zh: `该 .xlsx 文件解压后过大（上限 ${megabytes} MB、${cells} 个单元格），未作任何处理：请删除多余的工作表、行和格式，或拆分为多个文件后再上传。`,
        en: `This .xlsx file unpacks to too much (at most ${megabytes} MB and ${cells} cells); nothing was done. Remove extra sheets, rows and formatting, or split it into several files.`,
      },
    },
  ]);
}

/** The refusal of bytes that are not a readable workbook. */
export function unreadable(): InputError {
  return new InputError([
    {
      code: 'xlsx_invalid',
      message: {
        zh: '无法读取该 .xlsx 文件：文件已损坏、设置了打开密码，或并非 Excel 工作簿。请在 Excel 中打开（取消密码）后另存为 .xlsx 再上传。',
        en: 'This .xlsx file cannot be read: it is damaged, password-protected, or not an Excel workbook. Open it in Excel (remove any password), save it as .xlsx and upload again.',
      },
    },
  ]);
}
