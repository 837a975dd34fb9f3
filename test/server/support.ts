import { expect } from 'vitest';
import { provisionAccount } from '../../src/auth/accounts.ts';
import type { NewAccount } from '../../src/auth/account-input.ts';
import { createApp } from '../../src/server/app.ts';
import type { ApiApp, AppOptions } from '../../src/server/env.ts';
import type { Database } from '../../src/store/database.ts';

/** An account made for a test, with the password it was given. */
export interface TestAccount {
  id: string;
  loginName: string;
  password: string;
}

let counter = 0;

/**
 * Creates an account directly (as the system), with a login name unique in the suite's database.
 * @example const admin = await seedAccount(db, { role: 'admin' })
 */
export async function seedAccount(
  db: Database,
  spec: Partial<NewAccount> & Pick<NewAccount, 'role'>,
): Promise<TestAccount> {
  counter += 1;
  const loginName = spec.loginName ?? `${spec.role.replace('_', '-')}.${counter}`;
  const password = spec.password ?? `Test-Pass#${counter}x`;
  const row = await db.transaction((tx) =>
    provisionAccount(tx, 'test', {
      displayName: spec.displayName ?? `测试账户 ${counter}`,
      ...spec,
      loginName,
      password,
    }),
  );
  return { id: row.id, loginName, password };
}

/** An app on the suite's database, without a web build. */
export function testApp(db: Database, options: Partial<AppOptions> = {}): ApiApp {
  return createApp({ db, databaseKind: 'pglite', webDist: null, version: 'test', ...options });
}

/**
 * Signs in through the API and returns the Cookie header to send back.
 * @example const cookie = await signIn(app, admin)
 */
export async function signIn(app: ApiApp, account: TestAccount): Promise<string> {
  const response = await app.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ loginName: account.loginName, password: account.password }),
  });
  expect(response.status).toBe(200);
  return cookieFrom(response);
}

/** `name=value` of the session cookie a response sets. */
export function cookieFrom(response: Response): string {
  const header = response.headers.get('set-cookie') ?? '';
  const match = /pingding_session=([^;]*)/.exec(header);
  if (!match) throw new Error(`no session cookie in: ${header}`);
  return `pingding_session=${match[1]}`;
}

/** A JSON request with optional cookie and language. */
export function jsonRequest(
  method: string,
  body: unknown,
  options: { cookie?: string; lang?: string } = {},
): RequestInit {
  return {
    method,
    headers: {
      'content-type': 'application/json',
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...(options.lang ? { 'accept-language': options.lang } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  };
}

/** The error body of a response. */
export interface ErrorJson {
  error: {
    code: string;
    message: string;
    issues: { path: string; code: string; message: string; row?: number; column?: string }[];
  };
}

/** The sign-in body for an account. */
export function credentials(account: TestAccount) {
  return { loginName: account.loginName, password: account.password };
}
