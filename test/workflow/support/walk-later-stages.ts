import { expect } from 'vitest';
import type { Database } from '../../../src/store/database.ts';
import * as s from '../../../src/workflow/hq-rating/services/index.ts';
import { bureau, county, leadingGroup, on } from './actors.ts';
import type { TestEnterprise } from './batch.ts';
import { refusedWith } from './walk-stages.ts';

/** The later stages of the full walk: rating to revocation. */

/** Rating, a send-back, a second run, approval after a not-approved reason (88号 三、4). */
export async function rateAndApprove(
  db: Database,
  batchId: string,
  e: TestEnterprise[],
  ids: string[],
) {
  const run1 = await s.runRating(db, bureau, { batchId }, on('2026-02-02'));
  expect(run1.version).toBe(1);
  expect(run1.results).toHaveLength(7);
  expect(run1.unscored.map((u) => u.uscc)).toEqual([e[7]!.uscc]);
  expect(run1.inputs.find((i) => i.uscc === e[2]!.uscc)!.amounts.revenue_2y).toBe('80.5');
  expect(run1.results[0]!.totalFixed).toMatch(/^\d+\.\d{4}$/);
  await s.submitForApproval(db, bureau, { batchId, runId: run1.id }, on('2026-02-03'));
  await s.sendBack(db, leadingGroup, { batchId, reason: '请复核参保率数据' }, on('2026-02-05'));
  const run2 = await s.runRating(db, bureau, { batchId }, on('2026-02-06'));
  expect((await s.diffRuns(db, bureau, { fromRunId: run1.id, toRunId: run2.id })).moves).toEqual(
    [],
  );
  await expect(
    s.submitForApproval(db, bureau, { batchId, runId: run1.id }, on('2026-02-06')),
  ).rejects.toEqual(refusedWith('run_outdated'));
  await s.submitForApproval(db, bureau, { batchId, runId: run2.id }, on('2026-02-06'));
  await expect(s.approveRun(db, leadingGroup, { batchId }, on('2026-02-10'))).rejects.toEqual(
    refusedWith('unscored_need_reason'),
  );
  await s.recordNotApproved(
    db,
    leadingGroup,
    { applicationId: ids[7]!, reason: '数据不全，无法计分' },
    on('2026-02-10'),
  );
  expect((await s.approveRun(db, leadingGroup, { batchId }, on('2026-02-10'))).state).toBe(
    'approved',
  );
  return { run1, run2 };
}

/** Publicity (D7) with a dismissed objection and an upheld one that forces a new run. */
export async function publicity(
  db: Database,
  batchId: string,
  e: TestEnterprise[],
  ids: string[],
  run2Id: string,
) {
  // A 发文字号 that is not one is refused and changes nothing; one typed with [] is written 〔〕.
  await expect(
    s.publishList(db, bureau, { batchId, documentNumber: '2026-3' }, on('2026-02-27')),
  ).rejects.toMatchObject({ issues: [{ column: 'documentNumber', code: 'document_number' }] });
  const published = await s.publishList(
    db,
    bureau,
    { batchId, documentNumber: '温投促[2026]03号' },
    on('2026-02-27'),
  );
  expect(published.publicityEndsOn).toBe('2026-03-10');
  expect(published.publicityDocumentNumber).toBe('温投促〔2026〕3号');
  const list = await s.publishedList(db, null, { batchId });
  expect(list.entries).toHaveLength(7);
  expect(JSON.stringify(list)).not.toMatch(/0577|138\d{8}|example\.com/);

  const early = s.fileObjection(
    db,
    null,
    { batchId, uscc: e[3]!.uscc, reason: '收入偏高' },
    on('2026-03-01'),
  );
  await expect(early).rejects.toEqual(refusedWith('not_in_publicity'));
  const dismissed = await s.fileObjection(
    db,
    e[6]!.actor,
    { batchId, uscc: e[0]!.uscc, reason: '名次存疑' },
    on('2026-03-03'),
  );
  const upheld = await s.fileObjection(
    db,
    null,
    { batchId, uscc: e[3]!.uscc, reason: '营业收入含外地子公司', contactPhone: '0577-88889999' },
    on('2026-03-04'),
  );
  await s.resolveObjection(
    db,
    bureau,
    { objectionId: dismissed.id, outcome: 'dismissed', reason: '经复核数据无误' },
    on('2026-03-05'),
  );
  await expect(s.finalizeBatch(db, bureau, { batchId }, on('2026-03-11'))).rejects.toEqual(
    refusedWith('objections_open'),
  );
  const correction = { key: 'revenue_2y' as const, value: '20', note: '剔除市外子公司收入' };
  await s.resolveObjection(
    db,
    bureau,
    {
      objectionId: upheld.id,
      outcome: 'upheld',
      reason: '经税务部门复核，剔除市外子公司收入',
      corrections: [correction],
    },
    on('2026-03-06'),
  );
  expect((await s.getBatch(db, bureau, { batchId })).state).toBe('rating');
  await expect(s.publishedList(db, null, { batchId })).rejects.toEqual(refusedWith('not_found'));

  const run3 = await s.runRating(db, bureau, { batchId }, on('2026-03-09'));
  const moved = (
    await s.diffRuns(db, leadingGroup, { fromRunId: run2Id, toRunId: run3.id })
  ).moves.find((m) => m.uscc === e[3]!.uscc)!;
  expect(moved.after!.rank).toBeGreaterThan(moved.before!.rank);
  await s.submitForApproval(db, bureau, { batchId, runId: run3.id }, on('2026-03-10'));
  await s.recordNotApproved(
    db,
    leadingGroup,
    { applicationId: ids[7]!, reason: '数据不全，无法计分' },
    on('2026-03-11'),
  );
  await s.approveRun(db, leadingGroup, { batchId }, on('2026-03-11'));
  const again = await s.publishList(
    db,
    bureau,
    { batchId, startsOn: '2026-03-16' },
    on('2026-03-13'),
  );
  expect(again.publicityRound).toBe(2);
  expect(again.publicityEndsOn).toBe('2026-03-24');
  return run3;
}

/**
 * The granting offices (88号 四): the bureau refuses the star card once (reason required), the
 * enterprise claims it again and the bureau grants it; 鹿城区 grants the rent subsidy at 30 %.
 */
async function grantBoth(db: Database, first: TestEnterprise, when: ReturnType<typeof on>) {
  const queue = await s.listBenefitClaims(db, county('鹿城区'), { state: 'claimed' });
  expect(queue.map((c) => c.kind)).toEqual(['rent_subsidy']);
  expect(await s.listBenefitClaims(db, county('瑞安市'))).toEqual([]);
  const bureauQueue = await s.listBenefitClaims(db, bureau, { state: 'claimed' });
  const card = bureauQueue.find((c) => c.kind === 'star_card')!;
  const rent = queue[0]!;

  await expect(
    s.decideBenefitClaim(db, bureau, { claimId: card.id, outcome: 'refused' }, when),
  ).rejects.toMatchObject({ issues: [expect.objectContaining({ code: 'reason_required' })] });
  const refused = await s.decideBenefitClaim(
    db,
    bureau,
    { claimId: card.id, outcome: 'refused', note: '持卡人名单未附' },
    when,
  );
  expect(refused).toMatchObject({ state: 'refused', decisionNote: '持卡人名单未附' });
  const again = await s.claimBenefit(
    db,
    first.actor,
    { applicationId: card.applicationId, kind: 'star_card', note: '已附持卡人名单' },
    when,
  );
  expect(
    (await s.decideBenefitClaim(db, bureau, { claimId: again.id, outcome: 'granted' }, when)).state,
  ).toBe('granted');

  // The subsidy is the local government's: not the bureau's, not another county's.
  await expect(
    s.decideBenefitClaim(
      db,
      bureau,
      { claimId: rent.id, outcome: 'granted', sharePercent: '30' },
      when,
    ),
  ).rejects.toEqual(refusedWith('not_your_benefit'));
  await expect(
    s.decideBenefitClaim(
      db,
      county('瑞安市'),
      { claimId: rent.id, outcome: 'granted', sharePercent: '30' },
      when,
    ),
  ).rejects.toEqual(refusedWith('not_found'));
  for (const [share, code] of [
    [undefined, 'share_required'],
    ['0', 'share'],
    ['100.01', 'share'],
    ['30.005', 'share'],
  ] as const) {
    await expect(
      s.decideBenefitClaim(
        db,
        county('鹿城区'),
        { claimId: rent.id, outcome: 'granted', ...(share ? { sharePercent: share } : {}) },
        when,
      ),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ code })] });
  }
  // 360,000.50 × 30 % = 108,000.15, exact.
  const granted = await s.decideBenefitClaim(
    db,
    county('鹿城区'),
    { claimId: rent.id, outcome: 'granted', sharePercent: '30' },
    when,
  );
  expect(granted).toMatchObject({
    state: 'granted',
    sharePercent: '30.00',
    grantedYuan: '108000.15',
  });
  expect(granted.explanation!.at(-1)).toMatchObject({
    formula: '360000.5 × 30 % = 108000.15',
    citation: { rule: 'R15', article: '88号 四、2' },
  });
  await expect(
    s.decideBenefitClaim(
      db,
      county('鹿城区'),
      { claimId: rent.id, outcome: 'refused', note: '重复' },
      when,
    ),
  ).rejects.toEqual(refusedWith('claim_already_decided'));
  // The enterprise reads the outcome on its application.
  const mine = await s.getApplication(db, first.actor, { applicationId: rent.applicationId });
  expect(mine.claims.map((c) => [c.kind, c.state]).sort()).toEqual([
    ['rent_subsidy', 'granted'],
    ['star_card', 'granted'],
    ['star_card', 'refused'],
  ]);
}

/** Final (R13), benefits (R15) with the refused second kind, re-review, revocation (R14). */
export async function finalAndAfter(
  db: Database,
  batchId: string,
  e: TestEnterprise[],
  ids: string[],
) {
  await expect(s.finalizeBatch(db, bureau, { batchId }, on('2026-03-24'))).rejects.toEqual(
    refusedWith('publicity_not_over'),
  );
  expect((await s.finalizeBatch(db, bureau, { batchId }, on('2026-03-25'))).state).toBe('final');
  const best = await s.getApplication(db, e[0]!.actor, { applicationId: ids[0]! });
  expect(best).toMatchObject({
    state: 'final',
    stars: 5,
    finalOn: '2026-03-25',
    validUntil: '2028-03-24',
  });
  expect(best.form.ownsOfficeProperty).toBe(false);

  const claim = (
    kind: 'star_card' | 'rent_subsidy' | 'purchase_subsidy' | 'school_enrolment',
    date: string,
  ) =>
    s.claimBenefit(
      db,
      e[0]!.actor,
      { applicationId: ids[0]!, kind, amountYuan: '360000.50' },
      on(date),
    );
  await claim('star_card', '2026-04-01');
  expect((await claim('rent_subsidy', '2026-04-01')).amountYuan).toBe('360000.5');
  await expect(claim('purchase_subsidy', '2026-04-02')).rejects.toEqual(
    refusedWith('excluded_by_other'),
  );
  await grantBoth(db, e[0]!, on('2026-04-10'));
  await s.recordSupport(
    db,
    bureau,
    { applicationId: ids[0]!, kind: 'land_support', note: '推送地块信息 2 宗' },
    on('2026-04-03'),
  );

  const request = await s.requestReReview(
    db,
    e[2]!.actor,
    { applicationId: ids[2]!, reason: '收入核减有误' },
    on('2026-05-01'),
  );
  await s.decideReReview(
    db,
    bureau,
    { requestId: request.id, outcome: 'kept', reason: '维持原评定' },
    on('2026-05-10'),
  );

  const revoked = await s.revokeRating(
    db,
    bureau,
    { applicationId: ids[0]!, reason: 3, note: '列入严重失信主体名单' },
    on('2026-06-01'),
  );
  // Granted benefits end with the rating too (R14).
  expect(revoked.endedClaims.map((c) => [c.kind, c.grantedYuan]).sort()).toEqual([
    ['rent_subsidy', '108000.15'],
    ['star_card', null],
  ]);
  await expect(claim('school_enrolment', '2026-06-02')).rejects.toEqual(
    refusedWith('transition_not_allowed'),
  );
  const after = await s.publishedList(db, null, { batchId });
  expect(after.entries.find((x) => x.uscc === e[0]!.uscc)!.status).toBe('revoked');
}
