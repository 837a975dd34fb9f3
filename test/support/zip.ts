import { Buffer } from 'node:buffer';
import { deflateRawSync } from 'node:zlib';

/** One part of a hand-made zip archive. */
export interface ZipPart {
  name: string;
  content: Buffer;
  /** The unpacked size written in the headers; default the true one. A bomb lies here. */
  declaredSize?: number;
}

/**
 * A zip archive built byte by byte (deflated parts, no CRC: the bounds are checked before any
 * reader would look at it), so a test can make a workbook whose headers lie.
 * @example zipOf([{ name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(1e8), declaredSize: 1000 }])
 */
export function zipOf(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const data = deflateRawSync(part.content, { level: 9 });
    const declared = part.declaredSize ?? part.content.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(declared, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    directory.push(entry, name);
    offset += local.length + name.length + data.length;
  }
  const central = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}

/** A worksheet part of `cells` numeric cells in one column, as a generator would write it. */
export function sheetXml(cells: number): Buffer {
  const row = '<row><c t="n"><v>1</v></c></row>';
  return Buffer.from(
    `<?xml version="1.0"?><worksheet><sheetData>${row.repeat(cells)}</sheetData></worksheet>`,
  );
}
