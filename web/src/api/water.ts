// The HTTP contract of /api/water (温政办函〔2023〕28号; src/server/routes/water/schemas.ts,
// docs/water-api.md). Amounts are yuan as decimal text with two places, figures decimal text.
import type { Explanation } from '../../../src/engine/explanation.ts';
import type { Localized } from '../../../src/engine/localized.ts';
import type { WaterOffice } from '../../../src/workflow/actor.ts';
import type { FigureField } from '../../../src/workflow/water-fund/fields.ts';
import { languageTag } from '../i18n/language.ts';
import { currentLanguage } from '../i18n/index.ts';
import { ApiError, CLIENT_ERROR_CODES } from './api-error.ts';
import { api, type RequestOptions } from './client.ts';
import type { ApiErrorBody, ApiIssue } from './types.ts';

export type { FigureField, WaterOffice };

export interface WaterYearSummary {
  year: number;
  state: 'collecting' | 'allocated';
  stateLabel: Localized;
  figuresDueOn: string;
  selfEvaluationDueOn: string;
  openedAt: string;
  /** A demo year (演示数据). */
  synthetic: boolean;
}

export interface WaterField {
  field: FigureField;
  office: WaterOffice;
  label: Localized;
  unit: Localized;
  /** Inclusive upper bound: an item's maximum score, or 1 for a rate. */
  max?: string;
  /** Whole numbers only (population). */
  whole?: boolean;
  rule: string;
  article: string;
}

export interface WaterFigure {
  county: string;
  field: FigureField;
  value: string | null;
  office: WaterOffice;
  enteredBy: string | null;
  enteredAt: string | null;
  source: 'entry' | 'import' | null;
  late: boolean;
}

export interface WaterYear extends WaterYearSummary {
  receivers: string[];
  fields: WaterField[];
  figures: WaterFigure[];
  /** The fields the signed-in office may enter. */
  editableFields: FigureField[];
  missing: number;
  /** Still collecting and today is after figuresDueOn. */
  late: boolean;
  approvedRunId: string | null;
  actions: string[];
}

export interface FigureEntry {
  county: string;
  field: FigureField;
  value: string;
}

export interface WaterAllocation {
  county: string;
  base: string;
  reward: string;
  total: string;
  score: string;
  group: string;
  place: number;
  tie: boolean;
}

export interface WaterContribution {
  county: string;
  amount: string;
  ofWhich?: { name: string; amount: string }[];
}

export interface WaterWarning {
  code: string;
  message: Localized;
  citation: { rule: string; article: string };
  subjects?: string[];
}

export interface WaterRun {
  id: string;
  year: number;
  version: number;
  state: 'computed' | 'approved';
  allocations: WaterAllocation[];
  contributions: WaterContribution[];
  warnings: WaterWarning[];
  parametersVersion: string;
  synthetic: boolean;
  ranBy: string;
  ranAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
  /** 发文字号 of the allocation notice; null: the notice is a draft. */
  noticeDocumentNumber: string | null;
  note: string | null;
}

export interface FactorShare {
  factor: string;
  label: Localized;
  figure: string;
  total: string;
  /** Six places. */
  share: string;
  /** Percent. */
  weight: string;
  amount: string;
}

export interface CountyExplanation {
  county: string;
  factors: FactorShare[];
  scores: {
    water_quality: string;
    green_development: string;
    management: string;
    performance: string;
    total: string;
  };
  group: string;
  place: number;
  tiedWith: string[];
  explanation: Explanation;
}

export interface WaterRunDetail extends WaterRun {
  explanations: CountyExplanation[];
}

export interface LedgerLine {
  id: string;
  kind: 'contribution' | 'city_share' | 'transfer';
  county: string | null;
  amount: string;
  state: 'due' | 'paid';
  paidOn: string | null;
  reference: string | null;
}

/** One direction of the ledger's money: all lines, those paid, those due. */
export interface LedgerFlow {
  total: string;
  paid: string;
  due: string;
}

export interface WaterLedger {
  lines: LedgerLine[];
  /** Money in and money out apart (the same yuan passes both), and what the fund holds. */
  totals: { incoming: LedgerFlow; outgoing: LedgerFlow; balance: string };
}

export interface WaterFlows {
  sources: { name: string; amount: string }[];
  fund: string;
  targets: { county: string; base: string; reward: string }[];
}

export interface UseCategories {
  allowed: { category: string; label: Localized }[];
  forbidden: { category: string; label: Localized }[];
}

export interface WaterUse {
  id: string;
  year: number;
  county: string;
  category: string;
  amount: string;
  description: string;
  recordedBy: string;
  recordedAt: string;
}

export interface WaterUses {
  uses: WaterUse[];
  balances: { county: string; transferred: string; used: string; remaining: string }[];
}

export interface UseEntry {
  category: string;
  amount: string;
  description: string;
}

export interface SelfEvaluation {
  year: number;
  county: string;
  summary: string | null;
  score: string | null;
  submittedAt: string | null;
  dueOn: string;
  late: boolean;
}

const BASE = '/api/water';
const y = (year: number) => `${BASE}/years/${year}`;

/** A list answer, whether the server wraps it (`{ years: [...] }`) or not. */
function list<T>(answer: unknown, key: string): T[] {
  if (Array.isArray(answer)) return answer as T[];
  const inner = (answer as Record<string, unknown> | undefined)?.[key];
  return Array.isArray(inner) ? (inner as T[]) : [];
}

/** The calls of the water fund's pages. */
export const waterApi = {
  years: async (o?: RequestOptions) =>
    list<WaterYearSummary>(await api.get<unknown>(`${BASE}/years`, o), 'years'),
  openYear: (year: number) => api.post<WaterYearSummary>(`${BASE}/years`, { year }),
  year: (year: number, o?: RequestOptions) => api.get<WaterYear>(y(year), o),
  saveFigures: (year: number, figures: FigureEntry[]) =>
    api.put<WaterYear>(`${y(year)}/figures`, { figures }),
  templateUrl: (year: number, office: string) =>
    `${y(year)}/figures/template?office=${encodeURIComponent(office)}`,
  importFigures: (year: number, file: File, onProgress: (percent: number) => void) =>
    upload<WaterYear>(`${y(year)}/figures/import`, file, onProgress),
  runs: async (year: number, o?: RequestOptions) =>
    list<WaterRun>(await api.get<unknown>(`${y(year)}/runs`, o), 'runs'),
  startRun: (year: number) => api.post<WaterRunDetail>(`${y(year)}/runs`),
  run: (id: string, o?: RequestOptions) => api.get<WaterRunDetail>(`${BASE}/runs/${id}`, o),
  approve: (id: string, note: string, documentNumber = '') =>
    api.post<WaterRun>(`${BASE}/runs/${id}/approve`, { note, documentNumber }),
  ledger: (year: number, o?: RequestOptions) => api.get<WaterLedger>(`${y(year)}/ledger`, o),
  markPaid: (lineId: string, paidOn: string, reference: string) =>
    api.post<LedgerLine>(`${BASE}/ledger/${lineId}/paid`, { paidOn, reference }),
  flows: (year: number, o?: RequestOptions) => api.get<WaterFlows>(`${y(year)}/flows`, o),
  useCategories: (o?: RequestOptions) => api.get<UseCategories>(`${BASE}/use-categories`, o),
  uses: (year: number, o?: RequestOptions) => api.get<WaterUses>(`${y(year)}/uses`, o),
  addUse: (year: number, entry: UseEntry) => api.post<WaterUse>(`${y(year)}/uses`, entry),
  selfEvaluation: (year: number, o?: RequestOptions) =>
    api.get<SelfEvaluation>(`${y(year)}/self-evaluation`, o),
  saveSelfEvaluation: (year: number, body: { summary: string; score: string }) =>
    api.put<SelfEvaluation>(`${y(year)}/self-evaluation`, body),
  selfEvaluations: async (year: number, o?: RequestOptions) =>
    list<SelfEvaluation>(
      await api.get<unknown>(`${y(year)}/self-evaluations`, o),
      'selfEvaluations',
    ),
  noticeUrl: (year: number) => `${y(year)}/allocation-notice.pdf`,
};

/**
 * Sends a file as multipart form data, reporting the upload's progress (0-100); a refusal is an
 * ApiError with the server's issues, as for every other call.
 */
function upload<T>(path: string, file: File, onProgress: (percent: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', languageTag(currentLanguage()));
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, CLIENT_ERROR_CODES.network, 'network'));
    xhr.onload = () => {
      onProgress(100);
      let json: unknown;
      try {
        json = xhr.responseText ? (JSON.parse(xhr.responseText) as unknown) : undefined;
      } catch {
        json = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(json as T);
        return;
      }
      const error = (json as Partial<ApiErrorBody> | undefined)?.error;
      if (!error || typeof error.message !== 'string') {
        reject(new ApiError(xhr.status, CLIENT_ERROR_CODES.badResponse, `HTTP ${xhr.status}`));
        return;
      }
      const issues: ApiIssue[] = Array.isArray(error.issues)
        ? error.issues.filter((i) => i && typeof i.message === 'string')
        : [];
      reject(new ApiError(xhr.status, String(error.code), error.message, issues));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
