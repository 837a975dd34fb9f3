import { expect } from 'vitest';
import { InputError } from '../../../src/engine/input-issue.ts';
import type { Database } from '../../../src/store/database.ts';
import { DEMO_MATERIALS, demoForm, demoPdf } from '../../../src/workflow/hq-rating/demo-forms.ts';
import * as s from '../../../src/workflow/hq-rating/services/index.ts';
import { bureau, county, department, on } from './actors.ts';
import { applyFully, BATCH_INPUT, verifyAllPending, type TestEnterprise } from './batch.ts';

/**
 * The stages of the full walk (walk.test.ts), each with its checks. E1 is returned and
 * resubmitted, E2's revenue corrected, E7 unscored (D5), E8 rejected at re-review, E9 at
 * pre-review.
 */

export const refusedWith = (code: string) => expect.objectContaining({ code });

/** Draft → open → review: an incomplete submission refused, then everyone applies. */
export async function applyAndClose(db: Database, e: TestEnterprise[]) {
  const draft = await s.createBatch(db, bureau, BATCH_INPUT, on('2025-11-01'));
  expect(draft).toMatchObject({ state: 'draft', publicityEndsOn: '2026-03-10' });
  const batchId = draft.id;
  await s.updateBatch(db, bureau, { batchId, publicityWorkingDays: 7 }, on('2025-11-02'));
  expect((await s.openBatch(db, bureau, { batchId }, on('2025-11-03'))).state).toBe('open');

  const first = e[1]!;
  const partial = await s.createApplication(
    db,
    first.actor,
    { batchId, uscc: first.uscc, name: first.name, county: first.county },
    on('2025-11-10'),
  );
  const incomplete = await s
    .submitApplication(db, first.actor, { applicationId: partial.id }, on('2025-11-10'))
    .catch((x: unknown) => x);
  expect(incomplete).toBeInstanceOf(InputError);
  const columns = (incomplete as InputError).issues.map((issue) => issue.column);
  expect(columns).toEqual(expect.arrayContaining(['contactEmail', 'materials.application_form']));
  const { batchId: _b, uscc: _u, ...form } = demoForm(batchId, first.row, 1);
  await s.updateApplication(
    db,
    first.actor,
    { applicationId: partial.id, ...form },
    on('2025-11-11'),
  );
  for (const kind of DEMO_MATERIALS) {
    const file = {
      kind,
      fileName: `${kind}.pdf`,
      contentType: 'application/pdf',
      content: demoPdf(kind),
    };
    await s.uploadMaterial(
      db,
      first.actor,
      { applicationId: partial.id, ...file },
      on('2025-11-11'),
    );
  }
  await s.submitApplication(db, first.actor, { applicationId: partial.id }, on('2025-11-11'));

  const ids: string[] = [];
  for (const [i, x] of e.entries())
    ids.push(i === 1 ? partial.id : await applyFully(db, batchId, x, i));
  await expect(s.closeBatch(db, bureau, { batchId }, on('2025-12-15'))).rejects.toEqual(
    refusedWith('window_still_open'),
  );
  expect((await s.closeBatch(db, bureau, { batchId }, on('2025-12-16'))).state).toBe('review');
  return { batchId, ids };
}

/** County pre-review (88号 三、2): a return answered, a rejection, two letters. */
export async function preReview(db: Database, batchId: string, e: TestEnterprise[], ids: string[]) {
  const lucheng = county('鹿城区');
  const ruian = county('瑞安市');
  const reason = '请补充在温分公司清单';
  await s.countyReturn(db, lucheng, { applicationId: ids[1]!, reason }, on('2025-12-17'));
  await s.updateApplication(
    db,
    e[1]!.actor,
    { applicationId: ids[1]!, outsideWenzhouCount: 3 },
    on('2025-12-18'),
  );
  const again = await s.resubmitApplication(
    db,
    e[1]!.actor,
    { applicationId: ids[1]! },
    on('2025-12-18'),
  );
  expect(again.state).toBe('submitted');
  for (const i of [0, 1, 2, 3, 4, 5])
    await s.countyPass(db, lucheng, { applicationId: ids[i]! }, on('2025-12-19'));
  for (const i of [6, 7, 8])
    await s.countyPass(db, ruian, { applicationId: ids[i]! }, on('2025-12-19'));
  await s.countyReject(
    db,
    ruian,
    { applicationId: ids[9]!, reason: '未经县级政府认定为总部企业' },
    on('2025-12-19'),
  );
  const letter = { letterNumber: '鹿投促〔2025〕8号', letterDate: '2025-12-22' };
  const report = await s.reportPassList(db, lucheng, { batchId, ...letter }, on('2025-12-22'));
  expect(report.applications).toHaveLength(6);
  await s.reportPassList(
    db,
    ruian,
    { batchId, letterNumber: '瑞投促〔2025〕5号', letterDate: '2025-12-22' },
    on('2025-12-22'),
  );
}

/** Re-review (88号 三、3): two corrections with notes, one refused without; a rejection. */
export async function reReview(db: Database, batchId: string, ids: string[]) {
  expect((await s.startReReview(db, bureau, { batchId }, on('2026-01-05'))).state).toBe(
    're_review',
  );
  const tax = department('tax');
  const items = (await s.getApplication(db, tax, { applicationId: ids[2]! })).items;
  const revenue = items.find((i) => i.key === 'revenue_2y')!;
  expect(revenue.display).toBe('82 亿元');
  const noNote = s.correctItem(
    db,
    tax,
    { itemId: revenue.id, value: '80.5', note: ' ' },
    on('2026-01-06'),
  );
  await expect(noNote).rejects.toBeInstanceOf(InputError);
  await s.correctItem(
    db,
    tax,
    { itemId: revenue.id, value: '80.5', note: '以税务申报数为准' },
    on('2026-01-06'),
  );
  const hr = department('hr_social_security');
  const filers = (await s.getApplication(db, hr, { applicationId: ids[7]! })).items.find(
    (i) => i.key === 'tax_filers',
  )!;
  await s.correctItem(
    db,
    hr,
    { itemId: filers.id, value: '0', note: '上年度无个税申报记录' },
    on('2026-01-06'),
  );
  await verifyAllPending(db);
  await s.reReviewReject(
    db,
    bureau,
    { applicationId: ids[8]!, reason: '经核实不承担总部职能' },
    on('2026-01-09'),
  );
  expect((await s.startRating(db, bureau, { batchId }, on('2026-01-20'))).state).toBe('rating');
}
