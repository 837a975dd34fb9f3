import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { serverConfig } from '../../../src/server/config.ts';
import type { DemoAccount } from '../../../src/server/demo/accounts.ts';
import { startServer, type RunningServer } from '../../../src/server/start.ts';
import { DEMO_MATERIALS, demoPdf } from '../../../src/workflow/hq-rating/demo-forms.ts';
import { ROLE_HOMES } from './demo-sign-in.ts';
import { JOURNEY_LIMITS } from './suite-limits.ts';

/** A demo server of a test file's own, whose date the file moves (`/api/demo/clock`). */
export interface OwnDemoServer {
  url: string;
  accounts: readonly DemoAccount[];
  /** A JSON call as a demo account that must succeed; returns the parsed body. */
  call<T = Record<string, unknown>>(
    who: string,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T>;
  /** The same call, answered as it comes: status and body. */
  send(
    who: string,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: unknown }>;
  /** Uploads 附件3 items 1-5 (demo PDFs) to an application as its enterprise. */
  uploadMaterials(who: string, applicationId: string): Promise<void>;
  /** Stands the procedure on `today` (China), as the demo administrator. */
  setToday(today: string): Promise<void>;
  /** Signs in on the sign-in page with the account's name and password; waits for its home. */
  signIn(page: Page, who: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * `npm start`'s server in demo mode on a fresh embedded database, standing on `today`
 * (PINGDING_TODAY): the shared server of the browser run follows the system clock, and other
 * files count on that, so a file that needs time to pass starts its own.
 */
export async function startOwnDemoServer(today: string): Promise<OwnDemoServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'pingding-own-demo-'));
  let server: RunningServer;
  try {
    server = await startServer(
      serverConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        PINGDING_DEMO: '1',
        PINGDING_TODAY: today,
        ...JOURNEY_LIMITS,
      }),
    );
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const base = server.url;
  const accounts = server.demoAccounts ?? [];
  const cookies = new Map<string, string>();

  const account = (who: string) => {
    const found = accounts.find((a) => a.loginName === who);
    if (!found) throw new Error(`no demo account ${who}`);
    return found;
  };
  // Sessions keep the system clock, so one sign-in serves the whole file, whatever the date.
  const cookieOf = async (who: string) => {
    const known = cookies.get(who);
    if (known) return known;
    const response = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ loginName: who, password: account(who).password }),
    });
    expect(response.status, `sign in ${who}`).toBe(200);
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
    cookies.set(who, cookie);
    return cookie;
  };
  const send = async (who: string, method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { origin: base, cookie: await cookieOf(who) };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : {} };
  };
  const call = async <T>(who: string, method: string, path: string, body?: unknown) => {
    const reply = await send(who, method, path, body);
    expect(reply.status < 300, `${who} ${method} ${path}: ${JSON.stringify(reply.body)}`).toBe(
      true,
    );
    return reply.body as T;
  };

  return {
    url: base,
    accounts,
    call,
    send,
    uploadMaterials: async (who, applicationId) => {
      const form = new FormData();
      for (const kind of DEMO_MATERIALS) {
        form.append('kind', kind);
        form.append('file', new File([demoPdf(kind)], `${kind}.pdf`, { type: 'application/pdf' }));
      }
      const response = await fetch(`${base}/api/hq/applications/${applicationId}/materials`, {
        method: 'POST',
        body: form,
        headers: { cookie: await cookieOf(who), origin: base },
      });
      expect(response.status, `upload for ${applicationId}`).toBe(201);
    },
    setToday: async (date) => {
      const set = await call<{ today: string }>('admin', 'POST', '/api/demo/clock', {
        today: date,
      });
      expect(set.today).toBe(date);
    },
    signIn: async (page, who) => {
      const { password, role } = account(who);
      await page.goto(`${base}/login`);
      await page.getByLabel('登录名').fill(who);
      await page.getByLabel('密码').fill(password);
      await page.getByLabel('密码').press('Enter');
      await page.waitForURL(`${base}${ROLE_HOMES[role]}`);
      await page.getByTestId('welcome-bar').waitFor();
    },
    close: async () => {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
