import { SeededRandom } from '../../engine/demo/seeded-random.ts';
import { residentIdCheckCharacter } from '../../engine/privacy/resident-id.ts';
import { COLUMNS, NOTE_COLUMN, SYNTHETIC_MARK } from './input.ts';

/** The note every demo row carries, so every output made from the file says it is invented. */
export const DEMO_NOTE = `${SYNTHETIC_MARK}：家庭、姓名、身份证号码与费用均为虚构`;

/** The demo file's columns: the interchange file, the head's name and ID number, the note. */
export const DEMO_COLUMNS = [...COLUMNS, 'head_name', 'head_id_number', NOTE_COLUMN] as const;

/**
 * Division code of the demo ID numbers: 330399 is in Wenzhou's range but assigned to no county,
 * so a synthetic number can never be a real person's, while it still passes the check character.
 */
const DEMO_DIVISION = '330399';

const PILOT = ['永嘉县', '平阳县', '苍南县', '文成县', '泰顺县', '洞头区'];
const SURNAMES = ['张', '王', '李', '陈', '林', '黄', '周', '吴', '郑', '潘', '叶', '金', '欧阳'];

type Row = Record<(typeof DEMO_COLUMNS)[number], string>;

/**
 * A synthetic family file (演示数据), deterministic for a seed. The first ten families show each
 * rule at its edge: the MD3 levels at 60000.00 / 60000.01 / 120000.00 / 120000.01, the cap at
 * 220000.00 / 220000.01 (M3), an uninsured family above 120000 (relief due first, MD3), an
 * uninsured one below, a county outside the pilot area (M2) and a family of category 1 (MD4).
 * The rest have costs of plausible spread, most of them low.
 * @example demoFamilies({ count: 40, seed: 2025 }).length // 40
 */
export function demoFamilies(options: { count?: number; seed?: number } = {}): Row[] {
  const count = Math.max(1, options.count ?? 120);
  const random = new SeededRandom(options.seed ?? 2025);
  const edges: [string, string, number, number, string][] = [
    // county, category, insured, members, out_of_pocket
    ['永嘉县', '2', 3, 3, '60000.00'],
    ['平阳县', '2', 3, 3, '60000.01'],
    ['苍南县', '2', 4, 4, '120000.00'],
    ['文成县', '2', 2, 2, '120000.01'],
    ['泰顺县', '2', 3, 3, '220000.00'],
    ['洞头区', '2', 5, 5, '220000.01'],
    ['永嘉县', '2', 2, 4, '135800.40'],
    ['平阳县', '2', 3, 4, '8250.00'],
    ['瑞安市', '2', 3, 3, '156000.00'],
    ['苍南县', '1', 4, 4, '180000.00'],
  ];
  const rows: Row[] = [];
  for (let index = 0; index < count; index++) {
    const edge = edges[index];
    const members = edge ? edge[3] : random.between(1, 6);
    const insured = edge ? edge[2] : random.chance(40) ? members - 1 : members;
    rows.push({
      family_id: `YS${String(index + 1).padStart(5, '0')}`,
      county: edge ? edge[0] : PILOT[random.between(0, PILOT.length - 1)]!,
      category: edge ? edge[1] : '2',
      insured_members: String(insured),
      members: String(members),
      out_of_pocket: edge ? edge[4] : cost(random),
      head_name: name(random),
      head_id_number: idNumber(random),
      [NOTE_COLUMN]: DEMO_NOTE,
    } as Row);
  }
  return rows;
}

/**
 * A year's cost, made in fen and written in yuan: half the families under about 13000, a quarter
 * above 60000, a few above 220000, up to about 400000. Integers only (r⁵ < 2⁵³).
 */
function cost(random: SeededRandom): string {
  const r = random.between(0, 999);
  const fen = 50_000 + Math.floor((r * r * r * r * r) / 24_875_000) + random.between(0, 99);
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** A name that no one bears by chance: a surname and 某 or 某某. */
function name(random: SeededRandom): string {
  const surname = SURNAMES[random.between(0, SURNAMES.length - 1)]!;
  return `${surname}${random.chance(500) ? '某' : '某某'}`;
}

function idNumber(random: SeededRandom): string {
  const year = random.between(1940, 2000);
  const month = String(random.between(1, 12)).padStart(2, '0');
  const day = String(random.between(1, 28)).padStart(2, '0');
  const sequence = String(random.between(0, 999)).padStart(3, '0');
  const first17 = `${DEMO_DIVISION}${year}${month}${day}${sequence}`;
  return first17 + residentIdCheckCharacter(first17);
}
