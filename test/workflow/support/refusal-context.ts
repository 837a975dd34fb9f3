import type { Database } from '../../../src/store/database.ts';
import type { TestEnterprise } from './batch.ts';

/** The batch in re-review the refusal cases share (batchInReReview), set in beforeAll. */
export interface RefusalContext {
  db: Database;
  batchId: string;
  e: TestEnterprise[];
  ids: string[];
}
