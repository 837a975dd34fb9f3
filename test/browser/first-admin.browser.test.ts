// A real (not demo) server's first start: its administrator signs in with the initial password
// from the start banner, is sent to the password change, cannot pick a published password, and
// goes on to the administrator's pages once a new one is set.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serverConfig } from '../../src/server/config.ts';
import { startServer, type RunningServer } from '../../src/server/start.ts';
import { forgiveRefusal, type OpenBrowser } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';

const suite = browserSuite();
let dataDir: string;
let server: RunningServer;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'pingding-first-admin-'));
  server = await startServer(
    serverConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, PINGDING_DEMO: '0' }),
  );
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Signs in on the sign-in page, which outside demo mode asks for no demo accounts (no 404 in the console). */
async function signInWith(
  browser: OpenBrowser,
  loginName: string,
  password: string,
): Promise<void> {
  const { page } = browser;
  await page.goto(`${server.url}/login`);
  await page.getByLabel('登录名').fill(loginName);
  await page.getByLabel('密码').fill(password);
  await page.keyboard.press('Enter');
}

test('the first administrator must change the initial password before anything else', async () => {
  const first = server.firstAdmin!;
  expect(first.loginName).toBe('admin');
  const browser = await suite.open();
  const { page } = browser;
  await signInWith(browser, first.loginName, first.password);
  await page.waitForURL(`${server.url}/account/password`);
  await page.getByTestId('password-change-required').getByText('请先修改密码').waitFor();

  // Going elsewhere by address comes back here.
  await page.goto(`${server.url}/admin/accounts`);
  await page.waitForURL(`${server.url}/account/password`);

  const form = page.getByTestId('password-change');
  await form.getByLabel('当前密码', { exact: true }).fill(first.password);
  await form.getByLabel('新密码', { exact: true }).fill('Demo-Admin#2025');
  await form.getByLabel('再次输入新密码', { exact: true }).fill('Demo-Admin#2025');
  await page.keyboard.press('Enter');
  await form.getByText('这是公开过的密码').waitFor();
  await forgiveRefusal(browser, '/api/session/password', 400);

  const chosen = 'Lucheng#Admin-2026';
  await form.getByLabel('新密码', { exact: true }).fill(chosen);
  await form.getByLabel('再次输入新密码', { exact: true }).fill(chosen);
  await page.keyboard.press('Enter');
  await page.getByText('密码已修改。').waitFor();
  // Back to where the administrator was going.
  await page.waitForURL(`${server.url}/admin/accounts`);

  // Signed in again with the new password: straight to the administrator's home page.
  const again = await suite.open();
  await signInWith(again, first.loginName, chosen);
  await again.page.waitForURL(`${server.url}/admin`);
});
