// The HQ routes the enterprise and public pages call (docs/api.md, /api/openapi.json).
import { ApiError, CLIENT_ERROR_CODES } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import type { ApiErrorBody } from '../../api/types.ts';
import type { ExplanationStep } from '../../../../src/engine/explanation.ts';
import { languageTag } from '../../i18n/language.ts';
import { currentLanguage } from '../../i18n/index.ts';
import type { Localized } from '../../shared.ts';
import type { ApplicationState, MaterialKind, Top500List, UnitKind } from './domain.ts';

export interface Batch {
  id: string;
  year: number;
  title: string;
  announcementText: string;
  opensOn: string;
  closesOn: string;
  state: string;
  stateLabel: Localized;
  publicityStartsOn: string | null;
  publicityEndsOn: string | null;
  finalOn: string | null;
}

export interface ApplicationSummary {
  id: string;
  batchId: string;
  uscc: string;
  name: string;
  county: string;
  state: ApplicationState;
  stateLabel: Localized;
  submittedAt: string | null;
  stars: number | null;
  validUntil: string | null;
  /** Final and past its last day on the procedure's date: the server's rule (validity.ts). */
  lapsed: boolean;
  version: number;
}

export interface Figures {
  revenue_2y: string | null;
  contribution_2y: string | null;
  rd_2y: string | null;
  pension_payers: number | null;
  tax_filers: number | null;
  top500: Top500List[] | null;
  listings_3y: number | null;
}

export interface ApplicationFormData {
  uscc: string;
  name: string;
  county: string;
  registeredCapital: string | null;
  paidInCapital: string | null;
  legalRepresentative: string | null;
  registeredOn: string | null;
  registeredAddress: string | null;
  businessAddress: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactMobile: string | null;
  contactEmail: string | null;
  hqType: string | null;
  industryCode: string | null;
  mainBusiness: string | null;
  registrationType: string | null;
  shareholderType: string | null;
  listingVenue: string | null;
  listingVenueOther: string | null;
  top500LastYear: Top500List[] | null;
  outsideWenzhouCount: number | null;
  ownsOfficeProperty: boolean | null;
  figures: Figures;
}

export interface Subsidiary {
  kind: UnitKind;
  name: string;
  uscc: string;
  holdingSharePercent: string;
}

export interface Material {
  id: string;
  kind: MaterialKind;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  removedAt: string | null;
}

export type BenefitKind = 'star_card' | 'school_enrolment' | 'rent_subsidy' | 'purchase_subsidy';

export type ClaimState = 'claimed' | 'granted' | 'refused' | 'ended';

export interface Claim {
  id: string;
  applicationId: string;
  kind: BenefitKind;
  /** claimed (waiting) → granted or refused; claimed or granted → ended. */
  state: ClaimState;
  /** Decimal text in yuan, as the enterprise gave it. */
  amountYuan: string | null;
  note: string | null;
  claimedAt: string;
  /** The city bureau grants the star card and school care; the county office the subsidies. */
  grantedBy: 'city_bureau' | 'county_office';
  decidedAt: string | null;
  decisionNote: string | null;
  sharePercent: string | null;
  grantedYuan: string | null;
  explanation: ExplanationStep[] | null;
  endedAt: string | null;
  endReason: string | null;
}

export interface ClaimInput {
  kind: BenefitKind;
  amountYuan?: string;
  note?: string;
}

export interface ReReviewRequest {
  id: string;
  reason: string;
  requestedAt: string;
  state: 'open' | 'decided';
  outcome: 'kept' | 'changed' | null;
  previousStars: number;
  newStars: number | null;
  decisionReason: string | null;
  decidedAt: string | null;
}

export interface ApplicationDetail extends ApplicationSummary {
  form: ApplicationFormData;
  subsidiaries: Subsidiary[];
  materials: Material[];
  finalOn: string | null;
  revokedOn: string | null;
  claims: Claim[];
  reReviewRequests: ReReviewRequest[];
  revocation: { reason: number; note: string; effectiveOn: string } | null;
  actions: string[];
}

export interface TimelineEntry {
  at: string;
  actorRole: string;
  actorName: string;
  action: string;
  fromState: string | null;
  toState: string;
  note: string | null;
  details: unknown;
}

export interface PublicBatch {
  id: string;
  year: number;
  title: string;
  state: 'publicity' | 'final';
  stateLabel: Localized;
  publicityStartsOn: string | null;
  publicityEndsOn: string | null;
  finalOn: string | null;
  synthetic: boolean;
}

export interface PublishedEntry {
  rank: number;
  uscc: string;
  name: string;
  county: string;
  stars: number;
  total: string;
  status: string;
  /** As read today: 星级已过有效期 once a final rating is past its last day. */
  statusLabel: Localized;
  validUntil: string | null;
  lapsed: boolean;
}

export interface PublishedList {
  batchId: string;
  year: number;
  title: string;
  state: string;
  runVersion: number;
  publicityStartsOn: string | null;
  publicityEndsOn: string | null;
  synthetic: boolean;
  entries: PublishedEntry[];
}

export interface ObjectionFiling {
  batchId: string;
  uscc: string;
  reason: string;
  contactName?: string;
  contactPhone?: string;
}

export interface Objection {
  id: string;
  /** The 受理编号 the objector keeps to look the outcome up. */
  receiptNo: string;
  filedAt: string;
  state: string;
}

/** What the objector may read of an objection (POST /api/public/hq/objection-lookup). */
export interface ObjectionOutcome {
  receiptNo: string;
  batchTitle: string;
  name: string;
  filedAt: string;
  state: 'open' | 'dismissed' | 'upheld';
  outcomeReason: string | null;
  figuresChanged: boolean;
  resolvedAt: string | null;
}

/** The fields a PATCH may send (the form without identity). */
export type ApplicationChanges = Partial<Omit<ApplicationFormData, 'uscc' | 'figures'>> & {
  figures?: Partial<Figures>;
  subsidiaries?: Subsidiary[];
};

const enc = encodeURIComponent;

export const hqApi = {
  batches: () => api.get<{ batches: Batch[] }>('/api/hq/batches').then((r) => r.batches),
  applications: () =>
    api
      .get<{ applications: ApplicationSummary[] }>('/api/hq/applications')
      .then((r) => r.applications),
  application: (id: string) => api.get<ApplicationDetail>(`/api/hq/applications/${enc(id)}`),
  create: (body: { batchId: string; uscc: string; name: string; county: string }) =>
    api.post<ApplicationSummary>('/api/hq/applications', body),
  update: (id: string, changes: ApplicationChanges) =>
    api.patch<ApplicationSummary>(`/api/hq/applications/${enc(id)}`, changes),
  submit: (id: string) => api.post<ApplicationSummary>(`/api/hq/applications/${enc(id)}/submit`),
  timeline: (id: string) =>
    api
      .get<{ timeline: TimelineEntry[] }>(`/api/hq/applications/${enc(id)}/timeline`)
      .then((r) => r.timeline),
  claimBenefit: (id: string, body: ClaimInput) =>
    api.post<Claim>(`/api/hq/applications/${enc(id)}/benefit-claims`, body),
  requestReReview: (id: string, reason: string) =>
    api.post<ReReviewRequest>(`/api/hq/applications/${enc(id)}/re-review-requests`, { reason }),
  removeMaterial: (id: string) => api.delete<Material>(`/api/hq/materials/${enc(id)}`),
  publicBatches: () =>
    api.get<{ batches: PublicBatch[] }>('/api/public/hq/lists').then((r) => r.batches),
  publicList: (batchId: string) => api.get<PublishedList>(`/api/public/hq/lists/${enc(batchId)}`),
  fileObjection: (body: ObjectionFiling) => api.post<Objection>('/api/public/hq/objections', body),
  lookUpObjection: (receiptNo: string) =>
    api.post<ObjectionOutcome>('/api/public/hq/objection-lookup', { receiptNo }),
};

/**
 * Uploads one material with progress (multipart; XMLHttpRequest, since fetch reports no upload
 * progress). Failures are `ApiError`s like every other call.
 */
export function uploadMaterial(
  applicationId: string,
  kind: MaterialKind,
  file: File,
  onProgress: (percent: number) => void,
): { promise: Promise<Material[]>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<Material[]>((resolve, reject) => {
    xhr.open('POST', `/api/hq/applications/${enc(applicationId)}/materials`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', languageTag(currentLanguage()));
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, CLIENT_ERROR_CODES.network, 'network'));
    xhr.onload = () => {
      let json: unknown;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        json = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300 && json) {
        resolve((json as { materials: Material[] }).materials);
        return;
      }
      const error = (json as Partial<ApiErrorBody> | undefined)?.error;
      reject(
        error
          ? new ApiError(xhr.status, error.code, error.message, error.issues ?? [])
          : new ApiError(xhr.status, CLIENT_ERROR_CODES.badResponse, `HTTP ${xhr.status}`),
      );
    };
    const body = new FormData();
    body.append('kind', kind);
    body.append('file', file);
    xhr.send(body);
  });
  return { promise, abort: () => xhr.abort() };
}
