import { and, eq } from 'drizzle-orm';
import { COLUMNS, NOTE_COLUMN, readEnterprises } from '../../methods/hq-star-rating/input.ts';
import { demoBatch } from '../../methods/hq-star-rating/demo.ts';
import { rateBatch } from '../../methods/hq-star-rating/rate.ts';
import type { Database } from '../../store/database.ts';
import { hqBatch } from '../../store/schema/hq-batches.ts';
import type { Actor } from '../actor.ts';
import { DEMO_ENTERPRISES, demoRows, resolveDemoActors } from './demo-actors.ts';
import { demoForm, demoMaterialFiles } from './demo-forms.ts';
import * as s from './services/index.ts';
import type { ServiceOptions } from './services/context.ts';

/** The earlier demo batch's title; a batch with it marks it as already seeded. */
export const EARLIER_DEMO_TITLE = '2024年度温州市总部企业星级评定（演示数据）';

/** The day the earlier demo batch's ratings take effect; they last until 2027-03-16 (R13). */
export const EARLIER_DEMO_FINAL_ON = '2025-03-17';

/**
 * Enterprises of the earlier demo batch whose ratings are in effect, one for each benefit
 * journey (R15, 88号 四): five stars brings every benefit, three stars without own office
 * property in Wenzhou the star card and the office subsidies but not school care, one star none.
 * The names are from the 2023 lists; their figures are invented (演示数据).
 */
export const RATED_DEMO_ENTERPRISES = [
  { name: '浙江康德莱医疗器械股份有限公司', stars: 5, ownsOfficeProperty: false },
  { name: '金帝集团股份有限公司', stars: 3, ownsOfficeProperty: false },
  { name: '麦田能源股份有限公司', stars: 1, ownsOfficeProperty: false },
] as const;

/** The rank whose figures each rated enterprise takes: first, twentieth (three stars), last. */
const TARGET_RANK: Record<number, (scored: number) => number> = {
  5: () => 1,
  3: () => 20,
  1: (scored) => scored,
};

/** How many of the 2025 demo enterprises are left out: the first three, kept for enterprise1–3. */
const LEFT_OUT = 3;

/** A clock standing at 10:00 in China on a date. */
const on = (date: string): ServiceOptions => ({
  clock: { now: () => new Date(`${date}T02:00:00Z`) },
});

/**
 * The earlier batch's rows (演示数据): the same enterprises and credit codes as the 2025 demo
 * batch but the first three, with figures of their own (seed 2024), arranged so that each of
 * {@link RATED_DEMO_ENTERPRISES} reaches its stars. Every row can be scored.
 * @example earlierDemoRows().length // 65
 */
export function earlierDemoRows(): Record<string, string>[] {
  const identities = demoRows();
  const figures = demoBatch({ count: DEMO_ENTERPRISES, seed: 2024 });
  const rows = identities.slice(LEFT_OUT).map((identity, offset) => {
    const index = offset + LEFT_OUT;
    const row: Record<string, string> = { ...figures[index]! };
    row.uscc = identity.uscc!;
    row.name = identity.name!;
    row.county = identity.county!;
    if (row.rd_2y === '') row.rd_2y = '120.0';
    // The row's place in the 2025 list: its invented registration details are the same.
    row.index = String(index);
    return row;
  });
  const table = {
    columns: [...COLUMNS, NOTE_COLUMN],
    rows: rows.map((cells, position) => ({ row: position + 2, cells })),
  };
  const { results } = rateBatch(readEnterprises(table).enterprises, { date: '2025-02-10' });
  for (const wanted of RATED_DEMO_ENTERPRISES) {
    const own = rows.find((row) => row.name === wanted.name);
    const rank = TARGET_RANK[wanted.stars]!(results.length);
    const holder = results[rank - 1];
    if (!own || !holder) throw new Error(`demo: ${wanted.name} is not in the earlier batch`);
    const other = rows[holder.enterprise.row! - 2]!;
    // Every column after uscc, name and county is a figure: the two rows trade them.
    for (const column of COLUMNS.slice(3)) {
      [own[column], other[column]] = [other[column]!, own[column]!];
    }
  }
  return rows;
}

/**
 * Seeds the 2024 demo batch (演示数据) through the services up to final on 2025-03-17, so the
 * demo has ratings in effect until 2027-03-16 and every benefit journey can be walked: the
 * enterprises of {@link RATED_DEMO_ENTERPRISES} hold five, three and one stars. Every application
 * passes; no objection is filed. Does nothing when the batch exists.
 * @example await seedEarlierDemo(db, await demoActors(db)) // { batchId: '…', created: true }
 */
export async function seedEarlierDemo(
  db: Database,
  actors: readonly Actor[],
): Promise<{ batchId: string; created: boolean }> {
  const [existing] = await db
    .select({ id: hqBatch.id })
    .from(hqBatch)
    .where(and(eq(hqBatch.title, EARLIER_DEMO_TITLE), eq(hqBatch.synthetic, true)));
  if (existing) return { batchId: existing.id, created: false };
  const a = resolveDemoActors(actors);
  const rows = earlierDemoRows();
  const owner = new Map(RATED_DEMO_ENTERPRISES.map((e) => [e.name as string, e]));

  const { id: batchId } = await s.createBatch(
    db,
    a.bureau,
    {
      year: 2024,
      title: EARLIER_DEMO_TITLE,
      announcementText:
        '演示数据：本公告为虚构，用于展示已生效的总部企业星级及其政策待遇（温政办〔2023〕88号）。',
      announcementOn: '2024-11-04',
      opensOn: '2024-11-04',
      closesOn: '2024-12-13',
      ratingDate: '2025-02-10',
      publicityWorkingDays: 7,
      publicityStartsOn: '2025-03-06',
      synthetic: true,
    },
    on('2024-11-01'),
  );
  await s.openBatch(db, a.bureau, { batchId }, on('2024-11-04'));
  const ids: string[] = [];
  for (const [position, row] of rows.entries()) {
    const day = on(`2024-11-${String(11 + (position % 18)).padStart(2, '0')}`);
    const enterprise = a.enterprise.get(row.uscc!)!;
    const form = demoForm(batchId, row, Number(row.index));
    const rated = owner.get(row.name!);
    if (rated) form.ownsOfficeProperty = rated.ownsOfficeProperty;
    const created = await s.createApplication(db, enterprise, form, day);
    const files = demoMaterialFiles();
    await s.uploadMaterials(db, enterprise, { applicationId: created.id, files }, day);
    await s.submitApplication(db, enterprise, { applicationId: created.id }, day);
    ids.push(created.id);
  }
  await s.closeBatch(db, a.bureau, { batchId }, on('2024-12-16'));
  for (const [position, row] of rows.entries()) {
    const county = a.county.get(row.county!)!;
    await s.countyPass(db, county, { applicationId: ids[position]! }, on('2024-12-17'));
  }
  let number = 1;
  for (const [jurisdiction, county] of a.county) {
    if (!rows.some((row) => row.county === jurisdiction)) continue;
    await s.reportPassList(
      db,
      county,
      { batchId, letterNumber: `演示投促〔2024〕${number++}号`, letterDate: '2024-12-20' },
      on('2024-12-20'),
    );
  }
  await s.startReReview(db, a.bureau, { batchId }, on('2025-01-06'));
  for (const [department, actor] of a.department) {
    const pending = await s.listItems(db, actor, { department, state: 'pending', batchId });
    if (pending.length > 0)
      await s.verifyItems(db, actor, { itemIds: pending.map((item) => item.id) }, on('2025-01-09'));
  }
  await s.startRating(db, a.bureau, { batchId }, on('2025-01-20'));
  const run = await s.runRating(db, a.bureau, { batchId }, on('2025-02-10'));
  await s.submitForApproval(db, a.bureau, { batchId, runId: run.id }, on('2025-02-11'));
  await s.approveRun(db, a.leadingGroup, { batchId }, on('2025-02-20'));
  await s.publishList(
    db,
    a.bureau,
    { batchId, startsOn: '2025-03-06', documentNumber: '演示投促〔2025〕3号' },
    on('2025-03-05'),
  );
  await s.finalizeBatch(db, a.bureau, { batchId }, on(EARLIER_DEMO_FINAL_ON));
  return { batchId, created: true };
}
