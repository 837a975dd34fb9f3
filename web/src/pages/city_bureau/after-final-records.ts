// The shapes of GET /api/hq/revocations and /api/hq/supports (src/server/routes/hq/after-final.ts).
import type { Localized } from '../../components/rating/types.ts';

/** Whose rating a record is about. */
export interface Enterprise {
  applicationId: string;
  batchId: string;
  batchTitle: string;
  name: string;
  uscc: string;
  county: string;
}

export interface RevocationEntry extends Enterprise {
  id: string;
  reason: number;
  /** The ground in 88号's words. */
  ground: Localized;
  /** As officials cite it: 88号 五、3. */
  article: string;
  note: string;
  decidedByName: string;
  decidedAt: string;
  effectiveOn: string;
}

export interface SupportEntry extends Enterprise {
  id: string;
  kind: 'land_support' | 'finance_support' | 'credit_support';
  kindLabel: Localized;
  article: string;
  note: string;
  recordedByName: string | null;
  recordedAt: string;
}

/** A rating in effect the bureau may act on (GET /api/hq/applications?state=final). */
export interface RatedEnterprise {
  id: string;
  name: string;
  uscc: string;
  county: string;
  stars: number | null;
  validUntil: string | null;
}
