/** A re-review request as `GET /api/hq/re-review-requests` lists it. */
export interface ReReviewEntry {
  id: string;
  applicationId: string;
  batchId: string;
  name: string;
  uscc: string;
  county: string;
  /** The stars in effect now. */
  stars: number | null;
  validUntil: string | null;
  /** The rating has lapsed (the server's rule, validity.ts). */
  lapsed: boolean;
  reason: string;
  requestedAt: string;
  state: 'open' | 'decided';
  outcome: 'kept' | 'changed' | null;
  previousStars: number;
  newStars: number | null;
  decisionReason: string | null;
  decidedAt: string | null;
}
