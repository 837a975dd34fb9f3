import { beforeAll, describe } from 'vitest';
import { describeEachDatabase } from '../support/databases.ts';
import { accessCases } from './support/access-cases.ts';
import { atomicityCases } from './support/atomicity-cases.ts';
import { batchInReReview } from './support/batch.ts';
import type { RefusalContext } from './support/refusal-context.ts';

/**
 * Refusals, on one batch in re-review (ten applications, one rejected by its county) per
 * database: every role reaches only what is its own, and a refused step changes nothing. No case
 * changes the batch, so they share it.
 */
describeEachDatabase('hq rating: refusals', (getDb) => {
  const ctx = {} as RefusalContext;
  beforeAll(async () => {
    ctx.db = getDb();
    const { batchId, enterprises, ids } = await batchInReReview(ctx.db);
    Object.assign(ctx, { batchId, e: enterprises, ids });
  });

  describe('no role reaches what is not theirs', () => accessCases(ctx));
  describe('a refused step changes nothing', () => atomicityCases(ctx));
});
