import { expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/store/audit.ts';
import { WorkflowError } from '../../src/workflow/hq-rating/errors.ts';
import * as s from '../../src/workflow/hq-rating/services/index.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { admin, bureau } from './support/actors.ts';
import { testEnterprises } from './support/batch.ts';
import { finalAndAfter, publicity, rateAndApprove } from './support/walk-later-stages.ts';
import { applyAndClose, preReview, reReview, refusedWith } from './support/walk-stages.ts';

describeEachDatabase('hq rating: a batch from draft to final with every role', (getDb) => {
  it('walks every state, with a return, a correction, a send-back, an upheld objection, benefits and a revocation', async () => {
    const db = getDb();
    const e = testEnterprises();
    const { batchId, ids } = await applyAndClose(db, e);
    await preReview(db, batchId, e, ids);
    await reReview(db, batchId, ids);
    const { run1, run2 } = await rateAndApprove(db, batchId, e, ids);
    const run3 = await publicity(db, batchId, e, ids, run2.id);
    await finalAndAfter(db, batchId, e, ids);

    // Timelines carry every step with who and their words.
    const timeline = await s.getTimeline(db, e[1]!.actor, { applicationId: ids[1]! });
    expect(timeline.find((t) => t.action === 'county_return')).toMatchObject({
      note: '请补充在温分公司清单',
      actorRole: 'county_office',
    });
    expect(timeline.map((t) => t.toState)).toEqual(
      expect.arrayContaining([
        'returned',
        'submitted',
        'verified',
        'rated',
        'approved',
        'published',
        'final',
      ]),
    );
    const corrected = await s.getTimeline(db, admin, { applicationId: ids[2]! });
    expect(corrected.find((t) => t.action === 'item_correct')).toMatchObject({
      note: '以税务申报数为准',
      actorName: 'tax',
    });

    // Explanations: the enterprise its own published result; the bureau any, unscored included.
    const explanation = await s.explainResult(db, e[1]!.actor, {
      runId: run3.id,
      uscc: e[1]!.uscc,
    });
    expect(explanation.subject.id).toBe(e[1]!.uscc);
    expect(explanation.notice?.zh).toContain('演示数据');
    const stored = run3.results.find((r) => r.uscc === e[1]!.uscc)!;
    expect(explanation.steps.find((step) => step.key === 'total')!.exact).toBe(stored.total);
    await expect(s.explainResult(db, null, { runId: run3.id, uscc: e[1]!.uscc })).rejects.toEqual(
      refusedWith('runs_not_yours'),
    );
    await expect(
      s.explainResult(db, e[2]!.actor, { runId: run3.id, uscc: e[1]!.uscc }),
    ).rejects.toEqual(refusedWith('not_found'));
    await expect(
      s.explainResult(db, e[1]!.actor, { runId: run1.id, uscc: e[1]!.uscc }),
    ).rejects.toEqual(refusedWith('not_found'));
    const unscored = await s.explainResult(db, bureau, { runId: run3.id, uscc: e[7]!.uscc });
    expect(unscored.steps[0]!.citation.rule).toBe('D5');
  });

  it('keeps an audit chain that verifies after the whole walk', async () => {
    const result = await verifyAuditChain(getDb());
    expect(result.ok).toBe(true);
    expect(result.count).toBeGreaterThan(150);
  });

  it('refuses a rejected step with a WorkflowError naming it in both languages', async () => {
    const [batch] = await s.listBatches(getDb(), bureau);
    const error = await s.openBatch(getDb(), bureau, { batchId: batch!.id }).catch((x) => x);
    expect(error).toBeInstanceOf(WorkflowError);
    expect(error.localized.zh).toContain('已生效');
    expect(error.localized.en).toContain('final');
  });
});
