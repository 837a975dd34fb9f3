// The shapes of the HQ routes this area reads (src/server/routes/hq/schemas.ts, /api/openapi.json).
import type { Citation } from '../../../../src/engine/citation.ts';
import type { Localized } from '../../../../src/engine/localized.ts';
import type { Warning } from '../../../../src/engine/warning.ts';
import type { Top500List } from '../../../../src/methods/hq-star-rating/parameters.ts';
import type { RatingSettings } from '../../../../src/methods/hq-star-rating/settings.ts';

export type { Citation, Localized, Warning };

export interface Batch {
  id: string;
  year: number;
  title: string;
  announcementText: string;
  announcementOn: string;
  opensOn: string;
  closesOn: string;
  ratingDate: string;
  publicityWorkingDays: number;
  settings: RatingSettings;
  state: string;
  stateLabel: Localized;
  synthetic: boolean;
  publicityRound: number;
  publicityStartsOn: string | null;
  publicityEndsOn: string | null;
  approvalRunId: string | null;
  publishedRunId: string | null;
  finalOn: string | null;
  /** R12 (88号 五、1): 31 March of the next year. */
  deadline: string;
  cadenceWarning: Localized | null;
  actions: string[];
}

export interface RunInput {
  applicationId: string;
  uscc: string;
  name: string;
  county: string;
  amounts: Record<'revenue_2y' | 'contribution_2y' | 'rd_2y', string | null>;
  pensionPayers: string | null;
  taxFilers: string | null;
  top500: Top500List[];
  listings3y: number;
}

export interface RunResult {
  applicationId: string;
  uscc: string;
  name: string;
  county: string;
  total: string;
  totalFixed: string;
  rank: number;
  tiedWith: number;
  stars: number;
  boundaryTie: { lastRank: number; stars: number } | null;
}

export interface RunUnscored {
  applicationId: string;
  uscc: string;
  name: string;
  county: string;
  reasons: { code?: string; message: Localized; citation?: Citation }[];
}

export interface Run {
  id: string;
  batchId: string;
  version: number;
  ratingDate: string;
  batchYear: number;
  parameterSource: string;
  parametersEffectiveFrom: string;
  settings: RatingSettings;
  inputs: RunInput[];
  results: RunResult[];
  unscored: RunUnscored[];
  warnings: Warning[];
  synthetic: boolean;
  createdBy: string;
  createdAt: string;
}

export interface Standing {
  rank: number;
  stars: number;
  totalFixed: string;
}

export interface RunDiff {
  from: number;
  to: number;
  unchanged: number;
  moves: {
    applicationId: string;
    uscc: string;
    name: string;
    before: Standing | null;
    after: Standing | null;
    change: 'entered' | 'left' | 'stars_changed' | 'rank_changed' | 'total_changed';
  }[];
}

export interface Objection {
  id: string;
  /** The 受理编号 the objector was given. */
  receiptNo: string;
  batchId: string;
  applicationId: string;
  round: number;
  reason: string;
  state: 'open' | 'dismissed' | 'upheld';
  outcomeReason: string | null;
  figuresChanged: boolean;
  filedAt: string;
  resolvedAt: string | null;
}

/** An objection as the city roles' list shows it (GET /api/hq/batches/{id}/objections). */
export interface ObjectionListEntry extends Objection {
  name: string;
  uscc: string;
  county: string;
  resolvedByName: string | null;
  /** The city bureau only. */
  contactName?: string | null;
  contactPhone?: string | null;
}
