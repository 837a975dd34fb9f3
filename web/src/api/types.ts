// The HTTP contract of the server's routes (src/server/routes/**, documented at
// /api/openapi.json). Where the server changes, change it here and in this folder only.
import type { Actor, Department, Office, Role } from '../shared.ts';

/** One problem with one input: `path` names the field (`'loginName'`, `'branches.0.uscc'`). */
export interface ApiIssue {
  path: ReadonlyArray<string | number> | string;
  code?: string;
  message: string;
}

/** Every error the server sends: `{ error: { code, message, issues } }`, in the reader's language. */
export interface ApiErrorBody {
  error: { code: string; message: string; issues?: ApiIssue[] };
}

/** `GET /api/session`, `POST /api/session` (the server's `Me`). */
export interface Me {
  accountId: string;
  loginName: string;
  displayName: string;
  role: Role;
  roleLabel: string;
  jurisdiction: string | null;
  department: Department | null;
  enterpriseUscc: string | null;
  office: Office | null;
  township: string | null;
  /** A demo account (演示数据). */
  demo: boolean;
  /** The password was chosen by someone else: the account must change it before anything else. */
  mustChangePassword: boolean;
}

/** Who is signed in, as the web app uses it. */
export interface Session {
  actor: Actor;
  loginName: string;
  demo: boolean;
  mustChangePassword: boolean;
}

/** `PUT /api/session/password`. */
export interface PasswordChangeRequest {
  currentPassword: string;
  newPassword: string;
}

/** `POST /api/session`. */
export interface SignInRequest {
  loginName: string;
  password: string;
}

/** `GET /api/demo/accounts` (demo mode only; 404 otherwise). */
export interface DemoAccounts {
  /** 演示模式… in the reader's language. */
  notice: string;
  accounts: DemoAccount[];
}

export interface DemoAccount {
  loginName: string;
  password: string;
  displayName: string;
  role: Role;
  roleLabel: string;
  /** What the account is for (its role and scope), in the reader's language. */
  description: string;
}
