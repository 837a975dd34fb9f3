// The HTTP contract of the 90号 relief routes (src/server/routes/relief/schemas.ts,
// docs/relief-api.md). Amounts are yuan as decimal text with two places, never numbers. ID numbers
// arrive masked for every role that may not see them, and are shown as they arrive.
import { languageTag } from '../i18n/language.ts';
import { currentLanguage } from '../i18n/index.ts';
import { ApiError, CLIENT_ERROR_CODES } from './api-error.ts';
import { api } from './client.ts';
import type { ApiErrorBody, ApiIssue } from './types.ts';

/** Yuan to the fen, as the server writes it: `120000.01`. */
export type MoneyText = string;

export interface Localized {
  zh: string;
  en: string;
}

export interface Citation {
  rule: string;
  article: string;
}

/** M1: 2 is the second category of relatively low-income families; null not yet determined. */
export type Category = 1 | 2;
export const CATEGORIES: readonly Category[] = [1, 2];

/** MD3 levels; a family without a warning has none. */
export const LEVELS = ['relief_due', 'uninsured', 'watch'] as const;
export type Level = (typeof LEVELS)[number];

export type InsuranceKind = 'resident' | 'employee';
export const VISIT_RESULTS = ['verified', 'help_arranged', 'not_found', 'no_need'] as const;
export type VisitResult = (typeof VISIT_RESULTS)[number];
export const RECEIPT_SOURCES = ['city', 'local_match'] as const;
export type ReceiptSource = (typeof RECEIPT_SOURCES)[number];

/** An issue of an uploaded file names its row (header = 1) and column. */
export interface FileIssue extends ApiIssue {
  row?: number;
  column?: string;
}

/* ---------- families ---------- */

export interface FamilyListItem {
  id: string;
  familyCode: string;
  headName: string;
  /** Masked (3303**********1234) unless the role may see it. */
  headIdNumber: string;
  county: string;
  township: string;
  /** The village (a place, shown to every relief role). */
  village: string | null;
  /** In full for medical insurance and a township worker on its own warned family; masked otherwise. */
  address: string | null;
  phone: string | null;
  contactShown: boolean;
  category: Category | null;
  members: number;
  insuredMembers: number;
  warning: Level | null;
  /** The latest run's relief; null when none or not the role's to see. */
  relief: MoneyText | null;
  /** 演示数据. */
  synthetic: boolean;
}

export interface FamilyList {
  total: number;
  items: FamilyListItem[];
}

export interface FamilyQuery {
  year: number;
  county?: string;
  township?: string;
  /** `none`: the families awaiting civil affairs' decision (未认定). */
  category?: Category | 'none';
  warning?: Level;
  page: number;
  pageSize: number;
}

export interface Member {
  name: string;
  idNumber: string;
  relation: string;
  head: boolean;
  insured: boolean;
  insuranceKind: InsuranceKind | null;
}

/** The four layers a family's cost passes before the charity relief (M3), and what is left. */
export interface CostLayers {
  totalCost: MoneyText;
  basicInsurance: MoneyText;
  criticalIllness: MoneyText;
  medicalAssistance: MoneyText;
  huiminbao: MoneyText;
}

export const COST_LAYERS = [
  'basicInsurance',
  'criticalIllness',
  'medicalAssistance',
  'huiminbao',
] as const satisfies readonly (keyof CostLayers)[];

export interface Cost extends CostLayers {
  year: number;
  outOfPocket: MoneyText;
}

export interface FamilyDetail extends Omit<FamilyListItem, 'members'> {
  memberCount: number;
  members: Member[];
  categoryNote: string | null;
  /** Medical insurance only; null for other roles. */
  costs: Cost[] | null;
}

/** `POST /families`: one family by hand, exactly one member the head (full ID numbers go in). */
export interface MemberInput {
  name: string;
  idNumber: string;
  relation: string;
  head: boolean;
  insured: boolean;
  insuranceKind?: InsuranceKind | null;
}

export interface FamilyInput {
  familyCode: string;
  county: string;
  township: string;
  village?: string | null;
  address?: string | null;
  phone?: string | null;
  members: MemberInput[];
}

/* ---------- runs ---------- */

export interface RunFamily {
  familyId: string;
  familyCode: string;
  county: string;
  township: string;
  outOfPocket: MoneyText | null;
  relief: MoneyText;
  warning: Level | 'none';
  paid: boolean;
}

export interface RunWarning {
  code: string;
  message: Localized;
  citation: Citation;
  subjects?: string[];
}

export interface Run {
  id: string;
  year: number;
  state: 'computed' | 'approved';
  computedAt: string;
  approvedAt: string | null;
  approvalNote: string | null;
  families: RunFamily[];
  countyTotals: { county: string; families: number; relief: MoneyText }[];
  total: MoneyText;
  warnings: RunWarning[];
  synthetic: boolean;
}

export interface ExplanationStep {
  key: string;
  title: Localized;
  citation: Citation;
  values?: { label: Localized; value: string }[];
  formula?: string;
  result?: string;
  exact?: string;
  note?: Localized;
}

export interface Explanation {
  method: string;
  subject: { id: string; name: string };
  parameters: string;
  steps: ExplanationStep[];
  notice?: Localized;
}

/* ---------- fund ---------- */

export interface FundCounty {
  county: string;
  cityAllocation: MoneyText;
  /** Received; counts at most 1:1 in `funded`. */
  localMatch: MoneyText;
  funded: MoneyText;
  paid: MoneyText;
  balance: MoneyText;
}

export interface Fund {
  year: number;
  cityLimit: MoneyText;
  counties: FundCounty[];
  totals: Omit<FundCounty, 'county'>;
}

export interface ReceiptInput {
  county: string;
  source: ReceiptSource;
  amount: MoneyText;
  receivedOn: string;
  reference: string;
}

export interface Payment {
  id: string;
  year: number;
  runId: string;
  familyId: string;
  familyCode: string;
  county: string;
  amount: MoneyText;
  paidOn: string;
}

export interface Payments {
  payments: Payment[];
  total: MoneyText;
}

/* ---------- warnings ---------- */

export interface Visit {
  visitedOn: string;
  result: VisitResult;
  note: string;
  by: string;
}

export interface Warning {
  id: string;
  familyId: string;
  familyCode: string;
  headName: string;
  county: string;
  township: string;
  /** The village (a place, shown to every relief role). */
  village: string | null;
  /** In full for medical insurance and a township worker on its own warned family; masked otherwise. */
  address: string | null;
  phone: string | null;
  contactShown: boolean;
  level: Level;
  raisedOn: string;
  visit: Visit | null;
}

export interface VisitInput {
  visitedOn: string;
  result: VisitResult;
  note: string;
}

/* ---------- dashboard ---------- */

export interface Rate {
  /** Percent with two places, e.g. `99.62`; null when there is nothing to count. */
  value: string | null;
  target: string;
  met: boolean;
}

export interface DashboardRow {
  /** `合计` on the total row. */
  county: string;
  families: number;
  members: number;
  insuredMembers: number;
  participation: Rate;
  monitored: number;
  monitoring: Rate;
  warnings: Record<Level, number>;
  visits: { done: number; open: number };
  reliefPaid: MoneyText;
}

export interface Dashboard {
  year: number;
  counties: DashboardRow[];
  total: DashboardRow;
}

/* ---------- calls ---------- */

const BASE = '/api/relief';
const enc = encodeURIComponent;

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Paths of the GET routes (for `useApiGet`, which reloads on a new path). */
export const reliefPaths = {
  families: (q: FamilyQuery) => `${BASE}/families${query({ ...q })}`,
  family: (id: string, year: number) => `${BASE}/families/${enc(id)}${query({ year })}`,
  run: (id: string) => `${BASE}/runs/${enc(id)}`,
  runs: (year: number) => `${BASE}/years/${year}/runs`,
  explanation: (runId: string, familyId: string) =>
    `${BASE}/runs/${enc(runId)}/families/${enc(familyId)}/explanation`,
  fund: (year: number) => `${BASE}/years/${year}/fund`,
  warnings: (year: number, county?: string, township?: string) =>
    `${BASE}/years/${year}/warnings${query({ county, township })}`,
  dashboard: (year: number) => `${BASE}/years/${year}/dashboard`,
  resultsXlsx: (year: number) => `${BASE}/years/${year}/results.xlsx`,
};

export const reliefApi = {
  createFamily: (body: FamilyInput) => api.post<FamilyDetail>(`${BASE}/families`, body),
  setCategory: (familyId: string, body: { category: Category; note: string }) =>
    api.put<FamilyDetail>(`${BASE}/families/${enc(familyId)}/category`, body),
  setCosts: (familyId: string, year: number, body: CostLayers) =>
    api.put<Cost>(`${BASE}/families/${enc(familyId)}/costs/${year}`, body),
  computeRun: (year: number) => api.post<Run>(`${BASE}/years/${year}/runs`),
  approveRun: (runId: string, note: string) =>
    api.post<Run>(`${BASE}/runs/${enc(runId)}/approve`, { note }),
  pay: (runId: string, who: { familyId: string } | { all: true }) =>
    api.post<Payments>(`${BASE}/runs/${enc(runId)}/payments`, who),
  recordReceipt: (year: number, body: ReceiptInput) =>
    api.post<unknown>(`${BASE}/years/${year}/fund/receipts`, body),
  recordVisit: (warningId: string, body: VisitInput) =>
    api.post<Visit>(`${BASE}/warnings/${enc(warningId)}/visits`, body),
};

/** What the two imports answer. */
export interface FamilyImportResult {
  families: number;
  members: number;
}
export interface CostImportResult {
  year: number;
  families: number;
}

/** The file imports: families (members and enrolment) and one year's costs. */
export const IMPORT_PATHS = {
  families: () => `${BASE}/families/import`,
  costs: (year: number) => `${BASE}/years/${year}/costs/import`,
};

/** The import templates (Chinese headers, an example marked 演示数据). */
export const templatePath = (sheet: 'families' | 'costs', format: 'xlsx' | 'csv') =>
  `${BASE}/templates/${sheet}.${format}`;

/**
 * Uploads a spreadsheet with progress (multipart; XMLHttpRequest, since fetch reports no upload
 * progress). A refused file is an `ApiError` whose issues name row and column.
 */
export function uploadSheet<T>(
  path: string,
  file: File,
  onProgress: (percent: number) => void,
): { promise: Promise<T>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<T>((resolve, reject) => {
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', languageTag(currentLanguage()));
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, CLIENT_ERROR_CODES.network, 'network'));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    xhr.onload = () => {
      let json: unknown;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        json = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300 && json !== undefined) {
        resolve(json as T);
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
    body.append('file', file);
    xhr.send(body);
  });
  return { promise, abort: () => xhr.abort() };
}
