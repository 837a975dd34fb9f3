// 88号 三、4: an enterprise the leading group does not approve leaves the pool, so the others are
// ranked without it in a new run, which is the one approved and published; a send-back keeps it out.
import { expect, it } from 'vitest';
import * as s from '../../src/workflow/hq-rating/services/index.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { bureau, leadingGroup, on } from './support/actors.ts';
import { batchInReReview, verifyAllPending } from './support/batch.ts';

describeEachDatabase('the leading group refuses a ranked enterprise', (getDb) => {
  it('ranks the others again without it, and a send-back does not bring it back', async () => {
    const db = getDb();
    const { batchId } = await batchInReReview(db);
    await verifyAllPending(db);
    await s.startRating(db, bureau, { batchId }, on('2026-01-20'));
    const run1 = await s.runRating(db, bureau, { batchId }, on('2026-02-02'));
    await s.submitForApproval(db, bureau, { batchId, runId: run1.id }, on('2026-02-03'));
    const first = run1.results.find((r) => r.rank === 1)!;
    const second = run1.results.find((r) => r.rank === 2)!;

    await s.recordNotApproved(
      db,
      leadingGroup,
      { applicationId: first.applicationId, reason: '存在重大违法违规记录，不予通过' },
      on('2026-02-10'),
    );
    const batch = await s.getBatch(db, leadingGroup, { batchId });
    expect(batch.approvalRunId).not.toBe(run1.id);
    const run2 = await s.getRun(db, leadingGroup, { runId: batch.approvalRunId! });
    expect(run2.version).toBe(run1.version + 1);
    expect(run2.results.map((r) => r.applicationId)).not.toContain(first.applicationId);
    expect(run2.inputs.map((i) => i.applicationId)).not.toContain(first.applicationId);
    expect(run2.results).toHaveLength(run1.results.length - 1);
    // The old second is first now: the refused enterprise counts in no minimum or maximum.
    expect(run2.results.find((r) => r.applicationId === second.applicationId)!.rank).toBe(1);

    await s.sendBack(db, leadingGroup, { batchId, reason: '请核对参保人数' }, on('2026-02-11'));
    const run3 = await s.runRating(db, bureau, { batchId }, on('2026-02-12'));
    expect(run3.results.map((r) => r.applicationId)).not.toContain(first.applicationId);
    const refused = await s.listApplications(db, bureau, { batchId, state: 'not_approved' });
    expect(refused.map((a) => a.id)).toEqual([first.applicationId]);
  });
});
