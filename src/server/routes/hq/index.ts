import type { ApiApp } from '../../env.ts';
import { registerAfterFinal } from './after-final.ts';
import { registerApplications } from './applications.ts';
import { registerApproval } from './approval.ts';
import { registerBatches } from './batches.ts';
import { registerBenefitClaims } from './benefit-claims.ts';
import { registerCountyReview } from './county-review.ts';
import { registerMaterials } from './materials.ts';
import { registerPublic } from './public.ts';
import { registerPublicity } from './publicity.ts';
import { registerPublicityNotice } from './publicity-notice.ts';
import { registerReReview } from './re-review.ts';
import { registerRuns } from './runs.ts';
import { HQ_ROLES } from '../../../workflow/hq-rating/permissions.ts';
import { hqApp, mountHq, rolesOnly } from './support.ts';
import { registerTimelines } from './timelines.ts';

/**
 * The HTTP API of the HQ star-rating procedure (docs/api.md): `/api/hq/…` for accounts, guarded
 * by role, the services checking scope and state; `/api/public/hq/…` open to everyone.
 */
export function registerHq(app: ApiApp): void {
  const hq = hqApp();
  // The other methods' roles reach nothing of this procedure, whatever a route's own guard says.
  hq.use(
    '/api/hq/*',
    rolesOnly(HQ_ROLES, { zh: '使用总部企业星级评定', en: 'use the HQ star rating' }),
  );
  registerBatches(hq);
  registerApplications(hq);
  registerMaterials(hq);
  registerCountyReview(hq);
  registerReReview(hq);
  registerRuns(hq);
  registerApproval(hq);
  registerPublicity(hq);
  registerPublicityNotice(hq);
  registerPublic(hq);
  registerAfterFinal(hq);
  registerBenefitClaims(hq);
  registerTimelines(hq);
  mountHq(app, hq);
}
