// Yuan as the server writes them (`120000.01`), counted in whole fen on BigInt: no binary
// floating point ever touches an amount (MD2).

const MONEY = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

/**
 * An amount in fen, or null when the text is not yuan to the fen.
 * @example toFen('1234.5') // 123450n
 */
export function toFen(text: string): bigint | null {
  const match = MONEY.exec(text.trim());
  if (!match) return null;
  const [, whole, part = ''] = match;
  return BigInt(whole!) * 100n + BigInt(part.padEnd(2, '0'));
}

/**
 * Fen as yuan text with two places, as the server takes it.
 * @example fenToText(-123450n) // '-1234.50'
 */
export function fenToText(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/**
 * Yuan text with thousands separators and two places, for people.
 * @example groupYuan('1234567.5') // '1,234,567.50'
 */
export function groupYuan(text: string): string {
  const trimmed = text.trim();
  const negative = trimmed.startsWith('-');
  const fen = toFen(negative ? trimmed.slice(1) : trimmed);
  if (fen === null) return text;
  const [whole, part] = fenToText(fen).split('.') as [string, string];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative && fen !== 0n ? '-' : ''}${grouped}.${part}`;
}

/**
 * What is left of the total cost after the other layers (M3), in fen; null while a figure is not
 * yet an amount.
 * @example remaining('150000', ['60000', '10000', '5000', '0']) // 7500000n
 */
export function remaining(total: string, layers: readonly string[]): bigint | null {
  let left = toFen(total);
  if (left === null) return null;
  for (const layer of layers) {
    const fen = toFen(layer);
    if (fen === null) return null;
    left -= fen;
  }
  return left;
}
