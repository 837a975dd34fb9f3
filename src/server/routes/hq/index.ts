import type { ApiApp } from '../../env.ts';
import { registerAfterFinal } from './after-final.ts';
import { registerApplications } from './applications.ts';
import { registerApproval } from './approval.ts';
import { registerBatches } from './batches.ts';
import { registerCountyReview } from './county-review.ts';
import { registerMaterials } from './materials.ts';
import { registerPublic } from './public.ts';
import { registerPublicity } from './publicity.ts';
import { registerReReview } from './re-review.ts';
import { registerRuns } from './runs.ts';
import { hqApp, mountHq } from './support.ts';
import { registerTimelines } from './timelines.ts';

/**
 * The HTTP API of the HQ star-rating procedure (docs/api.md): `/api/hq/…` for accounts, guarded
 * by role, the services checking scope and state; `/api/public/hq/…` open to everyone.
 */
export function registerHq(app: ApiApp): void {
  const hq = hqApp();
  registerBatches(hq);
  registerApplications(hq);
  registerMaterials(hq);
  registerCountyReview(hq);
  registerReReview(hq);
  registerRuns(hq);
  registerApproval(hq);
  registerPublicity(hq);
  registerPublic(hq);
  registerAfterFinal(hq);
  registerTimelines(hq);
  mountHq(app, hq);
}
