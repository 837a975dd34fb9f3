import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { usccCheckCharacter, organisationCheckCharacter } from '../../src/engine/china/uscc.ts';
import { JURISDICTION_NAMES } from '../../src/engine/china/jurisdictions.ts';
import { SeededRandom } from '../../src/engine/demo/seeded-random.ts';
import { COLUMNS } from '../../src/methods/hq-star-rating/input.ts';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * Writes a synthetic batch of `count` enterprises (演示数据) for the benchmark: valid, distinct
 * credit codes, figures with two to four decimals, some top-500 lists and listings.
 */
export async function writeSyntheticBatch(
  path: string,
  count: number,
  onProgress: (done: number) => void,
) {
  const out = createWriteStream(path);
  const random = new SeededRandom(88);
  out.write(`${COLUMNS.join(',')},note\n`);
  let chunk = '';
  for (let i = 0; i < count; i++) {
    const body = `MA${code(i, 6)}`;
    const org = organisationCheckCharacter(body);
    const first17 = `91330381${body}${org}`;
    const uscc = first17 + usccCheckCharacter(first17);
    const county = JURISDICTION_NAMES[i % JURISDICTION_NAMES.length];
    const revenue = `${random.between(1, 900)}.${String(random.between(0, 99)).padStart(2, '0')}`;
    const contribution = `${random.between(0, 60)}.${String(random.between(0, 9999)).padStart(4, '0')}`;
    const rd = `${random.between(10, 90000)}.${random.between(0, 9)}`;
    const filers = random.between(50, 20000);
    const payers = filers - random.between(0, Math.floor(filers / 4));
    const top500 = random.chance(30) ? 'private;manufacturing' : random.chance(10) ? 'china' : '';
    const listings = random.chance(50) ? random.between(1, 3) : 0;
    chunk += `${uscc},演示企业${i + 1}有限公司,${county},${revenue},${contribution},${rd},${payers},${filers},${top500},${listings},演示数据\n`;
    if (i % 10_000 === 9_999) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
      onProgress(i + 1);
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

function code(n: number, width: number): string {
  let text = '';
  for (let i = 0; i < width; i++) {
    text = CHARSET[n % 31] + text;
    n = Math.floor(n / 31);
  }
  return text;
}
