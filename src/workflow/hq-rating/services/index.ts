/**
 * The services of the HQ star-rating procedure (docs/hq-procedure.md): `(db, actor, input,
 * options?) → result`. Each validates its input (InputError with zh/en issues naming the field),
 * checks the actor's role and scope (WorkflowError), applies the state machine, and writes its
 * rows, timeline and audit record in one transaction.
 */
export { SYSTEM_CLOCK, chinaDate, type Clock, type ServiceOptions } from './context.ts';
export {
  createBatch,
  updateBatch,
  openBatch,
  closeBatch,
  type CreateBatchInput,
} from './batches.ts';
export {
  createApplication,
  updateApplication,
  type CreateApplicationInput,
  type UpdateApplicationInput,
} from './applications.ts';
export { submitApplication, resubmitApplication } from './submission.ts';
export {
  uploadMaterials,
  uploadMaterial,
  removeMaterial,
  readMaterial,
  type MaterialFile,
  type MaterialInfo,
} from './materials.ts';
export { countyPass, countyReturn, countyReject, reportPassList } from './county-review.ts';
export { startReReview, reReviewReject } from './re-review.ts';
export { verifyItems, correctItem, applyItemSheet } from './verification.ts';
export { startRating, runRating } from './rating.ts';
export { submitForApproval, recordNotApproved, approveRun, sendBack } from './approval.ts';
export { publishList, finalizeBatch, publicityEnd } from './publicity.ts';
export { fileObjection, resolveObjection, type ResolveObjectionInput } from './objections.ts';
export type { ObjectionView } from './objection-view.ts';
export { claimBenefit, recordSupport } from './benefit-claims.ts';
export {
  decideBenefitClaim,
  listBenefitClaims,
  type ClaimQueueEntry,
} from './benefit-decisions.ts';
export { requestReReview, decideReReview, revokeRating } from './after-final.ts';
export { listReReviewRequests, type ReReviewListEntry } from './reads-re-reviews.ts';
export { listBatches, getBatch, getBatchTimeline, publishedList } from './reads-batches.ts';
export {
  listObjections,
  lookUpObjection,
  type ObjectionListEntry,
  type ObjectionOutcome,
} from './reads-objections.ts';
export {
  listRevocations,
  listSupports,
  type RevocationEntry,
  type SupportEntry,
} from './reads-after-final.ts';
export { listApplications, getApplication, getTimeline, listItems } from './reads-applications.ts';
export { publicityNotice, publicityNoticePdf, type NoticeFile } from './publicity-notice.ts';
export { listRuns, getRun, diffRuns, explainResult } from './reads-runs.ts';
export type { BatchView, ApplicationSummary, ApplicationWithForm } from './views.ts';
export type { RunView } from './run-view.ts';
export type { ItemView } from './item-view.ts';
