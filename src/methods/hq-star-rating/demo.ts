import { isJurisdiction, jurisdictionInfo } from '../../engine/china/jurisdictions.ts';
import { syntheticUscc } from '../../engine/china/uscc.ts';
import { publicEnterprises } from '../../engine/demo/public-enterprise-names.ts';
import { SeededRandom } from '../../engine/demo/seeded-random.ts';
import { COLUMNS, NOTE_COLUMN, readEnterprises, SYNTHETIC_MARK } from './input.ts';
import { rateBatch } from './rate.ts';

/** The note every demo row carries, so every output made from it says the figures are invented. */
export const DEMO_NOTE = `${SYNTHETIC_MARK}：名称取自 2023 年温州市领军型、高成长型工业企业名单，数值为虚构`;

export const DEMO_COLUMNS = [...COLUMNS, NOTE_COLUMN] as const;

/**
 * A synthetic batch file's rows: real names and counties from the 2023 lists, invented figures
 * (演示数据) of plausible size. Deterministic for a seed. Two enterprises get the same figures,
 * so the demo shows a tie across a star edge (D1); one lacks its R&D figure, so it shows an unscored row (D5).
 * @example demoBatch({ count: 120, seed: 2025 }).length // 120
 */
export function demoBatch(
  options: { count?: number; seed?: number } = {},
): Record<string, string>[] {
  const enterprises = publicEnterprises();
  const count = Math.min(options.count ?? 120, enterprises.length);
  const random = new SeededRandom(options.seed ?? 2025);
  const rows = enterprises.slice(0, count).map((enterprise, index): Record<string, string> => {
    const county = isJurisdiction(enterprise.county) ? enterprise.county : '鹿城区';
    const division = jurisdictionInfo(county).divisionCode ?? '330300';
    return {
      uscc: syntheticUscc(index * 7919 + (options.seed ?? 2025), division),
      name: enterprise.name,
      county,
      ...figures(random),
      [NOTE_COLUMN]: DEMO_NOTE,
    };
  });
  if (rows.length >= 40) rows[39]!.rd_2y = '';
  tieAcrossTheThreeStarEdge(rows);
  return rows;
}

function figures(random: SeededRandom): Record<string, string> {
  // Revenue over two years, in hundredths of 亿元: from 2 亿 up to about 300 亿, most of them small.
  const r = random.between(0, 999);
  const revenue = 200 + Math.floor((r * r * r) / 33_500);
  const contribution = Math.floor((revenue * random.between(30, 120)) / 1000);
  // R&D in tenths of 万元: 1 % to 6 % of revenue (1 亿元 = 10,000 万元).
  const rd = Math.floor((revenue * 1000 * random.between(10, 60)) / 1000);
  const filers = random.between(80, 5000);
  const payers = Math.floor((filers * random.between(700, 1000)) / 1000);
  return {
    revenue_2y: hundredths(revenue),
    contribution_2y: hundredths(contribution),
    rd_2y: tenths(rd),
    pension_payers: String(payers),
    tax_filers: String(filers),
    top500: top500(random, revenue),
    listings_3y: String(random.chance(80) ? (random.chance(300) ? 2 : 1) : 0),
  };
}

function top500(random: SeededRandom, revenue: number): string {
  const lists: string[] = [];
  if (revenue > 20_000 && random.chance(150)) lists.push('world');
  if (revenue > 10_000 && random.chance(250)) lists.push('china');
  if (revenue > 5_000 && random.chance(300)) lists.push('private');
  if (revenue > 5_000 && random.chance(250)) lists.push('manufacturing');
  if (random.chance(20)) lists.push('service');
  return lists.join(';');
}

function hundredths(value: number): string {
  return `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;
}

function tenths(value: number): string {
  return `${Math.floor(value / 10)}.${value % 10}`;
}

/**
 * Gives the enterprise ranked 16th the figures of the one ranked 15th, so the demo shows a tie
 * across the four-star edge and the D1 warning the leading group would see.
 */
function tieAcrossTheThreeStarEdge(rows: Record<string, string>[]) {
  const table = {
    columns: [...DEMO_COLUMNS],
    rows: rows.map((cells, index) => ({ row: index + 2, cells })),
  };
  const { results } = rateBatch(readEnterprises(table).enterprises, { date: '2026-03-01' });
  const [fifteenth, sixteenth] = [results[14], results[15]];
  if (!fifteenth || !sixteenth) return;
  const source = rows[fifteenth.enterprise.row! - 2]!;
  const target = rows[sixteenth.enterprise.row! - 2]!;
  // Every column after uscc, name and county is a figure.
  for (const column of COLUMNS.slice(3)) target[column] = source[column]!;
}
