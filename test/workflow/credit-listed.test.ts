// 88号 五、3③ in re-review: an enterprise the development-and-reform department finds on the
// serious-dishonesty list (严重失信名单) is not rated in the batch. It is listed with the reason,
// as an unscorable one is (D5), and counts in no minimum or maximum of the others.
import { expect, it } from 'vitest';
import * as s from '../../src/workflow/hq-rating/services/index.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { bureau, department, on } from './support/actors.ts';
import { batchInReReview, verifyAllPending } from './support/batch.ts';

describeEachDatabase('an enterprise on the serious-dishonesty list', (getDb) => {
  it('is not rated, is listed with the reason, and leaves the others ranked without it', async () => {
    const db = getDb();
    const { batchId } = await batchInReReview(db);
    const reform = department('development_reform');
    const credit = (await s.listItems(db, reform, { state: 'pending' })).filter(
      (item) => item.key === 'credit',
    );
    const [listedItem, ...others] = credit;
    await s.correctItem(
      db,
      reform,
      { itemId: listedItem!.id, value: '已列入', note: '经查询信用中国，已列入严重失信主体名单' },
      on('2026-01-07'),
    );
    await verifyAllPending(db);
    await s.startRating(db, bureau, { batchId }, on('2026-01-20'));
    const run = await s.runRating(db, bureau, { batchId }, on('2026-02-02'));

    const listed = listedItem!.applicationId;
    expect(run.results.map((r) => r.applicationId)).not.toContain(listed);
    expect(run.inputs.map((i) => i.applicationId)).not.toContain(listed);
    expect(run.results).toHaveLength(others.length);
    expect(run.results.map((r) => r.rank).sort()).toEqual(
      Array.from({ length: others.length }, (_, n) => n + 1).sort(),
    );
    const entry = run.unscored.find((u) => u.applicationId === listed)!;
    expect(entry.reasons).toEqual([
      expect.objectContaining({
        code: 'credit_listed',
        field: 'credit',
        message: expect.objectContaining({
          zh: '发改部门核实已列入严重失信名单，按 88号 五、3③ 不参加本批次评定',
        }),
      }),
    ]);
    const why = await s.explainResult(db, bureau, { runId: run.id, uscc: entry.uscc });
    expect(why.steps).toEqual([
      expect.objectContaining({ citation: { rule: 'R14', article: '88号 五、3③' } }),
    ]);
  });
});
