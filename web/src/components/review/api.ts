// The HTTP calls of the review area (county offices, departments, leading group), typed after
// src/server/routes/hq/schemas.ts. Every failure is an ApiError (web/src/api/client.ts).
import { api } from '../../api/client.ts';
import type { Localized } from '../../shared.ts';

export interface BatchSummary {
  id: string;
  year: number;
  title: string;
  state: string;
  stateLabel: Localized;
  closesOn: string;
  approvalRunId: string | null;
  /** The batch steps the caller's role may take now (the server's batch machine). */
  actions: string[];
}

export interface ApplicationSummary {
  id: string;
  batchId: string;
  uscc: string;
  name: string;
  county: string;
  state: string;
  stateLabel: Localized;
  submittedAt: string | null;
  stars: number | null;
  version: number;
}

export interface Material {
  id: string;
  kind: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  removedAt: string | null;
}

export interface Item {
  id: string;
  applicationId: string;
  key: string;
  label: Localized;
  /** The names a department's sheet may use for the item. */
  acceptedLabels?: string[];
  department: string;
  departmentLabel: Localized;
  state: 'pending' | 'verified' | 'corrected';
  stateLabel: Localized;
  declaredValue: string;
  correctedValue: string | null;
  value: string;
  display: string;
  note: string | null;
  verifiedBy: string | null;
  verifiedAt: string | null;
}

export interface QueuedItem extends Item {
  applicationName: string;
  uscc: string;
  /** The department's steps on it now (verify, correct): none outside re-review. */
  actions: string[];
}

export type FormValue = string | number | boolean | string[] | null;

export interface ApplicationDetail extends ApplicationSummary {
  form: Record<string, FormValue> & { figures: Record<string, FormValue> };
  subsidiaries: { kind: string; name: string; uscc: string; holdingSharePercent: string }[];
  materials: Material[];
  items: Item[];
  actions: string[];
}

export interface Warning {
  code: string;
  message: Localized;
  citation: { rule?: string; article?: string };
  subjects?: string[];
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
  reasons: { code: string; field: string; message: Localized }[];
}

export interface Run {
  id: string;
  batchId: string;
  version: number;
  ratingDate: string;
  results: RunResult[];
  unscored: RunUnscored[];
  warnings: Warning[];
  createdAt: string;
}

const query = (params: Record<string, string | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
};

export const reviewApi = {
  batches: async (signal?: AbortSignal) =>
    (await api.get<{ batches: BatchSummary[] }>('/api/hq/batches', { signal })).batches,
  applications: async (filter: { batch?: string; state?: string }, signal?: AbortSignal) =>
    (
      await api.get<{ applications: ApplicationSummary[] }>(
        `/api/hq/applications${query(filter)}`,
        { signal },
      )
    ).applications,
  application: (id: string, signal?: AbortSignal) =>
    api.get<ApplicationDetail>(`/api/hq/applications/${id}`, { signal }),
  countyReview: (id: string, decision: 'pass' | 'return' | 'reject', reason?: string) =>
    api.post<ApplicationSummary>(`/api/hq/applications/${id}/county-review`, {
      decision,
      ...(reason === undefined ? {} : { reason }),
    }),
  report: (batchId: string, letterNumber: string, letterDate: string) =>
    api.post<{ applications: ApplicationSummary[] }>(`/api/hq/batches/${batchId}/county-reports`, {
      letterNumber,
      letterDate,
    }),
  items: async (filter: { batch?: string; state?: string }, signal?: AbortSignal) =>
    (await api.get<{ items: QueuedItem[] }>(`/api/hq/items${query(filter)}`, { signal })).items,
  verify: (itemIds: string[]) => api.post<{ items: Item[] }>('/api/hq/items/verify', { itemIds }),
  sheet: (
    itemIds: string[],
    corrections: { itemId: string; value: string; note: string; row: number }[],
  ) => api.post<{ items: Item[] }>('/api/hq/items/sheet', { itemIds, corrections }),
  correct: (itemId: string, value: string, note: string) =>
    api.post<Item>(`/api/hq/items/${itemId}/correct`, { value, note }),
  run: (runId: string, signal?: AbortSignal) => api.get<Run>(`/api/hq/runs/${runId}`, { signal }),
  approve: (runId: string) => api.post<BatchSummary>(`/api/hq/runs/${runId}/approve`),
  sendBack: (runId: string, reason: string) =>
    api.post<BatchSummary>(`/api/hq/runs/${runId}/send-back`, { reason }),
  notApprove: (applicationId: string, reason: string) =>
    api.post<ApplicationSummary>(`/api/hq/applications/${applicationId}/not-approve`, { reason }),
};

/** Where a material is downloaded (an attachment; the session cookie goes with it). */
export const materialUrl = (id: string) => `/api/hq/materials/${id}`;
