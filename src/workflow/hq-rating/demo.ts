import { and, eq } from 'drizzle-orm';
import { dec } from '../../engine/exact/decimal.ts';
import { Exact } from '../../engine/exact/exact.ts';
import type { Database } from '../../store/database.ts';
import { hqBatch } from '../../store/schema/hq-batches.ts';
import type { Actor } from '../actor.ts';
import { decimalText } from './decimal-text.ts';
import { demoForm, demoMaterialFiles } from './demo-forms.ts';
import { demoRows, resolveDemoActors, type DemoActors } from './demo-actors.ts';
import * as s from './services/index.ts';
import type { ServiceOptions } from './services/context.ts';

export { demoActorSpecs, DEMO_ENTERPRISES, type DemoActorSpec } from './demo-actors.ts';

/** The demo batch's title; a batch with it marks the demo as already seeded. */
export const DEMO_TITLE = '2025年度温州市总部企业星级评定（演示数据）';

/** Applications given a special path, by their row in the demo list. */
const RETURNED = 5;
const CORRECTED = 10;
const UNSCORED = 39;
const COUNTY_REJECTED = 61;
const RE_REVIEW_REJECTED = 62;

/** A clock standing at 10:00 in China on a date. */
const on = (date: string): ServiceOptions => ({
  clock: { now: () => new Date(`${date}T02:00:00Z`) },
});

export interface DemoSeed {
  batchId: string;
  created: boolean;
}

/**
 * Seeds the synthetic 2025 batch (演示数据: public names, invented figures) and walks it through
 * the services themselves, so every row, timeline and audit record is real: applications, one
 * return and resubmission, a county rejection, reports by letter, re-review with two corrections
 * and a rejection, a run, a not-approved reason for the unscored enterprise (D5), approval and
 * publicity. Does nothing when the demo batch exists. `actors` are the demo accounts' actors
 * (`demoActorSpecs()` lists them); a missing one is stood in for.
 * @example await seedDemo(db, await demoActors(db)) // { batchId: '…', created: true }
 */
export async function seedDemo(
  db: Database,
  actors: readonly Actor[],
  options: { publicityStartsOn?: string } = {},
): Promise<DemoSeed> {
  const [existing] = await db
    .select({ id: hqBatch.id })
    .from(hqBatch)
    .where(and(eq(hqBatch.title, DEMO_TITLE), eq(hqBatch.synthetic, true)));
  if (existing) return { batchId: existing.id, created: false };
  const a = resolveDemoActors(actors);
  const rows = demoRows();

  const batch = await s.createBatch(
    db,
    a.bureau,
    {
      year: 2025,
      title: DEMO_TITLE,
      announcementText:
        '演示数据：本公告为虚构，用于展示总部企业星级评定流程（温政办〔2023〕88号）。',
      announcementOn: '2025-11-03',
      opensOn: '2025-11-03',
      closesOn: '2025-12-15',
      ratingDate: '2026-02-02',
      publicityWorkingDays: 7,
      publicityStartsOn: '2026-03-02',
      synthetic: true,
    },
    on('2025-11-01'),
  );
  const batchId = batch.id;
  await s.openBatch(db, a.bureau, { batchId }, on('2025-11-03'));

  const ids = await applyAll(db, a, batchId, rows);
  await s.closeBatch(db, a.bureau, { batchId }, on('2025-12-16'));
  await preReview(db, a, batchId, rows, ids);
  await s.startReReview(db, a.bureau, { batchId }, on('2026-01-05'));
  await verify(db, a, rows, ids);
  await s.reReviewReject(
    db,
    a.bureau,
    {
      applicationId: ids[RE_REVIEW_REJECTED]!,
      reason: '演示：经核实，该企业在温未实际承担总部职能',
    },
    on('2026-01-12'),
  );
  await s.startRating(db, a.bureau, { batchId }, on('2026-01-20'));
  const run = await s.runRating(db, a.bureau, { batchId }, on('2026-02-02'));
  await s.submitForApproval(db, a.bureau, { batchId, runId: run.id }, on('2026-02-03'));
  for (const entry of run.unscored) {
    await s.recordNotApproved(
      db,
      a.leadingGroup,
      {
        applicationId: entry.applicationId,
        reason: `演示：数据不全，未能计分（${entry.reasons.map((r) => r.message.zh).join('；')}）`,
      },
      on('2026-02-10'),
    );
  }
  await s.approveRun(db, a.leadingGroup, { batchId }, on('2026-02-10'));
  const startsOn = options.publicityStartsOn ?? '2026-03-02';
  await s.publishList(
    db,
    a.bureau,
    // A published notice carries its 发文字号; the demo's is marked as such.
    { batchId, startsOn, documentNumber: '演示投促〔2026〕5号' },
    on(startsOn < '2026-02-27' ? startsOn : '2026-02-27'),
  );
  return { batchId, created: true };
}

/** Every enterprise drafts, uploads 附件3 items 1-5 and submits within the window. */
async function applyAll(
  db: Database,
  a: DemoActors,
  batchId: string,
  rows: Record<string, string>[],
) {
  const ids: string[] = [];
  for (const [index, row] of rows.entries()) {
    const day = on(`2025-11-${String(10 + (index % 20)).padStart(2, '0')}`);
    const enterprise = a.enterprise.get(row.uscc!)!;
    const created = await s.createApplication(db, enterprise, demoForm(batchId, row, index), day);
    const files = demoMaterialFiles();
    await s.uploadMaterials(db, enterprise, { applicationId: created.id, files }, day);
    await s.submitApplication(db, enterprise, { applicationId: created.id }, day);
    ids.push(created.id);
  }
  return ids;
}

/** The counties decide, one return answered and one rejection, then report by letter (88号 三、2). */
async function preReview(
  db: Database,
  a: DemoActors,
  batchId: string,
  rows: Record<string, string>[],
  ids: string[],
) {
  for (const [index, row] of rows.entries()) {
    const county = a.county.get(row.county!)!;
    const applicationId = ids[index]!;
    if (index === COUNTY_REJECTED) {
      await s.countyReject(
        db,
        county,
        { applicationId, reason: '演示：未经县级政府认定为总部企业' },
        on('2025-12-17'),
      );
    } else if (index === RETURNED) {
      await s.countyReturn(
        db,
        county,
        { applicationId, reason: '演示：实际经营地址需写到门牌号' },
        on('2025-12-17'),
      );
      const enterprise = a.enterprise.get(row.uscc!)!;
      await s.updateApplication(
        db,
        enterprise,
        {
          applicationId,
          businessAddress: `浙江省温州市${row.county}演示路 ${index + 1} 号 3 幢 501 室`,
        },
        on('2025-12-18'),
      );
      await s.resubmitApplication(db, enterprise, { applicationId }, on('2025-12-18'));
      await s.countyPass(db, county, { applicationId }, on('2025-12-19'));
    } else {
      await s.countyPass(db, county, { applicationId }, on('2025-12-17'));
    }
  }
  let number = 1;
  for (const [jurisdiction, county] of a.county) {
    if (!rows.some((row) => row.county === jurisdiction)) continue;
    await s.reportPassList(
      db,
      county,
      { batchId, letterNumber: `演示投促〔2025〕${number++}号`, letterDate: '2025-12-22' },
      on('2025-12-22'),
    );
  }
}

/** Two corrections with notes, then each department confirms the rest of its items (88号 五、2). */
async function verify(db: Database, a: DemoActors, rows: Record<string, string>[], ids: string[]) {
  const tax = a.department.get('tax')!;
  const hr = a.department.get('hr_social_security')!;
  const itemOf = async (actor: Actor, index: number, key: string) =>
    (await s.getApplication(db, actor, { applicationId: ids[index]! })).items.find(
      (item) => item.key === key,
    )!;
  const revenue = dec(rows[CORRECTED]!.revenue_2y!).times(Exact.of(9n, 10n));
  await s.correctItem(
    db,
    tax,
    {
      itemId: (await itemOf(tax, CORRECTED, 'revenue_2y')).id,
      value: decimalText(revenue),
      note: '演示：以税务系统申报的营业收入为准，核减 10%',
    },
    on('2026-01-07'),
  );
  await s.correctItem(
    db,
    hr,
    {
      itemId: (await itemOf(hr, UNSCORED, 'tax_filers')).id,
      value: '0',
      note: '演示：上年度在温无个税申报记录',
    },
    on('2026-01-07'),
  );
  for (const [department, actor] of a.department) {
    const pending = await s.listItems(db, actor, { department, state: 'pending' });
    if (pending.length > 0)
      await s.verifyItems(db, actor, { itemIds: pending.map((item) => item.id) }, on('2026-01-08'));
  }
}
