import { count, eq } from 'drizzle-orm';
import { residentIdCheckCharacter } from '../../engine/privacy/resident-id.ts';
import { writeCsv } from '../../engine/table/write-csv.ts';
import { DEMO_NOTE, demoFamilies } from '../../methods/medical-relief/demo.ts';
import { yearIssue } from '../../methods/medical-relief/parameters.ts';
import type { Database } from '../../store/database.ts';
import { reliefFamily } from '../../store/schema/relief-pilot.ts';
import type { Actor, ReliefOffice } from '../../workflow/actor.ts';
import type { ServiceOptions } from '../../workflow/hq-rating/services/context.ts';
import {
  computeRun,
  importCosts,
  importFamilies,
  listFamilies,
  listWarnings,
  recordReceipt,
  recordVisit,
  setCategory,
} from '../../workflow/relief-pilot/services/index.ts';

/** The township of a demo family, by county: the demo townships' accounts see the first ones. */
const TOWNSHIPS: Record<string, readonly string[]> = {
  文成县: ['大峃镇', '玉壶镇'],
  泰顺县: ['罗阳镇', '雅阳镇'],
  永嘉县: ['上塘镇'],
  平阳县: ['昆阳镇'],
  苍南县: ['灵溪镇'],
  洞头区: ['北岙街道'],
  瑞安市: ['安阳街道'],
};

/** City allocations and local matches of the demo year (M4): 20,000,000.00 from the city in all. */
const FUND: [string, string, string][] = [
  ['永嘉县', '4000000.00', '4000000.00'],
  ['平阳县', '4000000.00', '4000000.00'],
  ['苍南县', '4000000.00', '4200000.00'],
  ['文成县', '3000000.00', '3000000.00'],
  ['泰顺县', '3000000.00', '3000000.00'],
  ['洞头区', '2000000.00', '1000000.00'],
];

const DEMO_FAMILIES = 40;

/** Invented village names for the demo families' addresses. */
const VILLAGES = ['岙底村', '溪口村', '新联村', '东山社区', '龙川村'] as const;

/**
 * Seeds the relief pilot's demo year (演示数据), through the services: about 40 invented families
 * in the pilot counties (some in 文成县大峃镇 and 泰顺县罗阳镇, one outside the pilot area, one of
 * the first category), their members with synthetic ID numbers (division 330399, assigned to no
 * county, passing the check character), this year's costs across the MD3/M3 edges, the fund's
 * receipts, a computed run left for the federation to approve, and one visit in 罗阳镇. Safe on every start: nothing is
 * done when demo families exist. Returns whether they were created now.
 * @example await seedReliefDemo(db, await demoActors(db), '2026-11-22')
 */
export async function seedReliefDemo(
  db: Database,
  actors: Actor[],
  today: string,
): Promise<boolean> {
  const year = Number(today.slice(0, 4));
  if (yearIssue(year)) return false;
  const office = (name: ReliefOffice) =>
    actors.find((actor) => actor.role === 'relief_office' && actor.office === name);
  const medical = office('medical_insurance');
  const civil = office('civil_affairs');
  const charity = office('charity_federation');
  if (!medical || !civil || !charity) return false;
  const [existing] = await db
    .select({ n: count() })
    .from(reliefFamily)
    .where(eq(reliefFamily.synthetic, true));
  if ((existing?.n ?? 0) > 0) return false;

  // Midnight in China: whatever a visitor does later today comes after the demo's own records.
  const options: ServiceOptions = { clock: { now: () => new Date(`${today}T00:00:00+08:00`) } };
  const rows = demoFamilies({ count: DEMO_FAMILIES, seed: 2025 });
  warnFirstFamiliesOf(rows, ['文成县', '泰顺县']);
  const members: Record<string, string>[] = [];
  const costs: Record<string, string>[] = [];
  let serial = 0;
  let families = 0;
  const seenIn = new Map<string, number>();
  rows.forEach((row) => {
    const places = TOWNSHIPS[row.county] ?? ['城关镇'];
    const nth = seenIn.get(row.county) ?? 0;
    seenIn.set(row.county, nth + 1);
    // Two of every three families in a county's first township: the demo townships' accounts.
    const township = places[nth % 3 === 2 ? places.length - 1 : 0]!;
    families += 1;
    const size = Number(row.members);
    const insured = Number(row.insured_members);
    for (let m = 0; m < size; m++) {
      const head = m === 0;
      const village = VILLAGES[(nth + families) % VILLAGES.length]!;
      members.push({
        family_code: row.family_id,
        county: row.county,
        township,
        // Where the township finds the family: invented, on the head's row (演示数据).
        village: head ? village : '',
        address: head ? `${row.county}${township}${village}${(nth % 40) + 1}号` : '',
        phone: head ? `1390000${String(families).padStart(4, '0')}` : '',
        head: head ? '是' : '否',
        name: head ? row.head_name : `${row.head_name.slice(0, 1)}某${'甲乙丙丁戊己'[m % 6]}`,
        id_number: head ? row.head_id_number : memberId((serial += 1)),
        relation: head ? '户主' : m === 1 ? '配偶' : '子女',
        insured: m < insured ? '是' : '否',
        insurance_kind: m < insured ? 'resident' : '',
        note: DEMO_NOTE,
      });
    }
    costs.push({ family_code: row.family_id, ...layers(row.out_of_pocket) });
  });

  const file = (name: string, records: Record<string, string>[]) => ({
    fileName: name,
    bytes: new TextEncoder().encode(
      writeCsv(
        Object.keys(records[0]!).map((key) => ({ key, header: key })),
        records,
      ),
    ),
  });
  await importFamilies(db, medical, { file: file('演示家庭.csv', members) }, options);
  const list = await listFamilies(db, civil, { year, pageSize: 200 }, options);
  const categoryOf = new Map(rows.map((row) => [row.family_id, Number(row.category)]));
  for (const item of list.items) {
    const category = categoryOf.get(item.familyCode);
    if (category === undefined) continue;
    await setCategory(
      db,
      civil,
      { familyId: item.id, category, note: '演示数据：民政部门认定' },
      options,
    );
  }
  await importCosts(db, medical, { year, file: file('演示费用.csv', costs) }, options);
  const receivedOn = `${year}-03-01` < today ? `${year}-03-01` : today;
  for (const [county, city, local] of FUND) {
    for (const [source, amount] of [
      ['city', city],
      ['local_match', local],
    ] as const) {
      await recordReceipt(
        db,
        charity,
        { year, county, source, amount, receivedOn, reference: `演示-${county}-${source}` },
        options,
      );
    }
  }
  await computeRun(db, medical, { year }, options);
  const luoyang = actors.find(
    (actor) => actor.role === 'relief_township' && actor.township === '罗阳镇',
  );
  if (luoyang) {
    const [warning] = await listWarnings(db, luoyang, { year });
    if (warning) {
      await recordVisit(
        db,
        luoyang,
        {
          warningId: warning.id,
          visitedOn: today,
          result: 'verified',
          note: '演示数据：已上门核实',
        },
        options,
      );
    }
  }
  return true;
}

/**
 * The demo townships' workers should find families waiting for a visit: the first two families of
 * each of these counties (which fall in its first township, 大峃镇 and 罗阳镇) are made second
 * category, one past the relief line and one past the watch line (MD3).
 */
function warnFirstFamiliesOf(rows: ReturnType<typeof demoFamilies>, counties: string[]): void {
  for (const county of counties) {
    const first = rows.filter((row) => row.county === county).slice(0, 2);
    first.forEach((row, index) => {
      row.category = '2';
      row.out_of_pocket = index === 0 ? '135000.00' : '68000.00';
    });
  }
}

/**
 * The layers of a demo cost: what basic insurance, critical-illness insurance, assistance and
 * 惠民保 paid, invented, and the total that leaves the given out-of-pocket cost.
 */
function layers(outOfPocket: string): Record<string, string> {
  const [yuan = '0', fen = '00'] = outOfPocket.split('.');
  const big = Number(yuan) >= 60_000;
  const basic = big ? 150_000 : 20_000;
  const critical = big ? 40_000 : 0;
  const assistance = big ? 10_000 : 2_000;
  const huiminbao = big ? 20_000 : 0;
  const total = Number(yuan) + basic + critical + assistance + huiminbao;
  return {
    total_cost: `${total}.${fen.padEnd(2, '0')}`,
    basic_insurance: `${basic}.00`,
    critical_illness: `${critical}.00`,
    medical_assistance: `${assistance}.00`,
    huiminbao: `${huiminbao}.00`,
  };
}

/** A member's synthetic ID number: division 330399, a birth date after 2000, unique by serial. */
function memberId(serial: number): string {
  const birth = new Date(Date.UTC(2001, 0, 1) + serial * 86_400_000 * 3);
  const date = birth.toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `330399${date}${String(900 + (serial % 100)).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}
