// The HTTP contract of the administrators' account routes (src/server/routes/accounts.ts).
import type { Department, Office, Role } from '../shared.ts';
import { api } from './client.ts';

/** One account as the server shows it (`Account`): never its password. */
export interface Account {
  id: string;
  loginName: string;
  displayName: string;
  role: Role;
  jurisdiction: string | null;
  department: Department | null;
  enterpriseUscc: string | null;
  office: Office | null;
  township: string | null;
  /** A demo account (演示数据). */
  demo: boolean;
  createdAt: string;
  passwordChangedAt: string;
  disabledAt: string | null;
  /** Set while the account is locked after too many wrong passwords. */
  lockedUntil: string | null;
}

/** `POST /api/accounts`: only the scope fields the role needs are sent. */
export interface NewAccount {
  loginName: string;
  displayName: string;
  role: Role;
  jurisdiction?: string;
  department?: Department;
  enterpriseUscc?: string;
  office?: Office;
  township?: string;
  password: string;
}

/** `GET /api/accounts/security-overview` (`SecurityOverview`): what an assessor checks. */
export interface SecurityOverview {
  windows: { failedSignInDays: number; unusedDays: number };
  failedSignIns: {
    loginName: string;
    /** Null when no account has the name. */
    accountId: string | null;
    displayName: string | null;
    failures: number;
    clients: number;
    lastAt: string;
    lastClient: string | null;
  }[];
  locked: {
    accountId: string;
    loginName: string;
    displayName: string;
    role: Role;
    lockedUntil: string;
  }[];
  unused: {
    accountId: string;
    loginName: string;
    displayName: string;
    role: Role;
    createdAt: string;
    lastSignInAt: string | null;
  }[];
  sharedNames: {
    displayName: string;
    accounts: { accountId: string; loginName: string; role: Role }[];
  }[];
}

const one = (id: string) => `/api/accounts/${encodeURIComponent(id)}`;

/** The account routes; administrators only. */
export const accountsApi = {
  list: async (signal?: AbortSignal) =>
    (await api.get<{ accounts: Account[] }>('/api/accounts', { signal })).accounts,
  create: (account: NewAccount) => api.post<Account>('/api/accounts', account),
  disable: (id: string) => api.post<Account>(`${one(id)}/disable`),
  enable: (id: string) => api.post<Account>(`${one(id)}/enable`),
  securityOverview: (signal?: AbortSignal) =>
    api.get<SecurityOverview>('/api/accounts/security-overview', { signal }),
  resetPassword: (id: string, password: string) =>
    api.put<Account>(`${one(id)}/password`, { password }),
};
