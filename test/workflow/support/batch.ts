import { syntheticUscc } from '../../../src/engine/china/uscc.ts';
import type { Database } from '../../../src/store/database.ts';
import type { Actor } from '../../../src/workflow/actor.ts';
import { demoForm, demoMaterialFiles } from '../../../src/workflow/hq-rating/demo-forms.ts';
import * as s from '../../../src/workflow/hq-rating/services/index.ts';
import { bureau, county, department, enterprise, on } from './actors.ts';

/** One enterprise of a small test batch, with its figures (亿元, 万元 as in 88号 附件1). */
export interface TestEnterprise {
  uscc: string;
  name: string;
  county: '鹿城区' | '瑞安市';
  actor: Actor;
  row: Record<string, string>;
}

/**
 * Ten enterprises: six in 鹿城区, four in 瑞安市, with figures far enough apart that their order
 * is plain (E0 best). Synthetic (演示数据).
 */
export function testEnterprises(): TestEnterprise[] {
  return Array.from({ length: 10 }, (_, i) => {
    const countyName = i < 6 ? '鹿城区' : '瑞安市';
    const uscc = syntheticUscc(40_000 + i, i < 6 ? '330302' : '330381');
    const name = `测试${'甲乙丙丁戊己庚辛壬癸'[i]}集团有限公司`;
    const row = {
      uscc,
      name,
      county: countyName,
      revenue_2y: String(100 - i * 9),
      contribution_2y: `${10 - i}.5`,
      rd_2y: String(50_000 - i * 4_000),
      pension_payers: String(900 - i * 10),
      tax_filers: '1000',
      top500: i === 0 ? 'private;manufacturing' : '',
      listings_3y: i === 1 ? '1' : '0',
    };
    return { uscc, name, county: countyName, actor: enterprise(uscc, name), row };
  });
}

export const BATCH_INPUT = {
  year: 2025,
  title: '2025年度总部企业星级评定（测试）',
  announcementText: '测试公告（演示数据）',
  announcementOn: '2025-11-03',
  opensOn: '2025-11-03',
  closesOn: '2025-12-15',
  ratingDate: '2026-02-02',
  /** D7: seven working days from here end on 2026-03-10 (the Spring Festival is over by then). */
  publicityStartsOn: '2026-03-02',
  synthetic: true,
} as const;

/** An open batch. */
export async function openTestBatch(db: Database): Promise<string> {
  const batch = await s.createBatch(db, bureau, BATCH_INPUT, on('2025-11-01'));
  await s.openBatch(db, bureau, { batchId: batch.id }, on('2025-11-03'));
  return batch.id;
}

/** Drafts, uploads 附件3 items 1-5 and submits; returns the application id. */
export async function applyFully(
  db: Database,
  batchId: string,
  e: TestEnterprise,
  index: number,
): Promise<string> {
  const app = await s.createApplication(
    db,
    e.actor,
    demoForm(batchId, e.row, index),
    on('2025-11-10'),
  );
  const files = demoMaterialFiles();
  await s.uploadMaterials(db, e.actor, { applicationId: app.id, files }, on('2025-11-10'));
  await s.submitApplication(db, e.actor, { applicationId: app.id }, on('2025-11-11'));
  return app.id;
}

/**
 * A batch in re-review: every enterprise applied, the counties passed all but the last (rejected),
 * reported by letter, and the items created (none verified yet).
 */
export async function batchInReReview(db: Database) {
  const enterprises = testEnterprises();
  const batchId = await openTestBatch(db);
  const ids: string[] = [];
  for (const [i, e] of enterprises.entries()) ids.push(await applyFully(db, batchId, e, i));
  await s.closeBatch(db, bureau, { batchId }, on('2025-12-16'));
  for (const [i, e] of enterprises.entries()) {
    const office = county(e.county);
    if (i === enterprises.length - 1) {
      await s.countyReject(
        db,
        office,
        { applicationId: ids[i]!, reason: '未经认定' },
        on('2025-12-17'),
      );
    } else await s.countyPass(db, office, { applicationId: ids[i]! }, on('2025-12-17'));
  }
  for (const name of ['鹿城区', '瑞安市'] as const) {
    await s.reportPassList(
      db,
      county(name),
      { batchId, letterNumber: `${name}〔2025〕1号`, letterDate: '2025-12-20' },
      on('2025-12-20'),
    );
  }
  await s.startReReview(db, bureau, { batchId }, on('2026-01-05'));
  return { batchId, enterprises, ids };
}

/** Every department verifies all its pending items. */
export async function verifyAllPending(db: Database, date = '2026-01-08'): Promise<void> {
  for (const name of [
    'market_supervision',
    'financial_regulation',
    'tax',
    'finance',
    'development_reform',
    'hr_social_security',
    'investment_promotion',
  ] as const) {
    const actor = department(name);
    const pending = await s.listItems(db, actor, { state: 'pending' });
    if (pending.length > 0)
      await s.verifyItems(db, actor, { itemIds: pending.map((item) => item.id) }, on(date));
  }
}
