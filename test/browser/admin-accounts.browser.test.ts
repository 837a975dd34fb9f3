// The administrator's accounts page in a real browser: a township worker's account (90号) created
// through its field errors, signing in, disabled and refused; a password reset.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { forgiveRefusal, screenshot } from './support/browser.ts';
import { signInAs } from './support/demo-sign-in.ts';
import { choose } from './support/form-fields.ts';
import { browserSuite } from './support/suite.ts';

const suite = browserSuite();

/** The form item of a field, by its label. */
const fieldItem = (page: Page, label: string) =>
  page
    .getByTestId('account-form')
    .locator('.ant-form-item')
    .filter({ has: page.locator(`label:text-is("${label}")`) });

/** Signs in on the sign-in page with a login name and password. */
async function signInWith(page: Page, loginName: string, password: string): Promise<void> {
  await page.goto(suite.url('/login'));
  await page.getByLabel('登录名').fill(loginName);
  await page.getByLabel('密码').fill(password);
  await page.keyboard.press('Enter');
}

test('the administrator creates a township worker, who signs in until disabled', async () => {
  const admin = await suite.open();
  const { page } = admin;
  await signInAs(page, suite.url(''), 'admin');
  await page.getByRole('menu').getByText('账号管理').click();
  await page.waitForURL(suite.url('/admin/accounts'));
  const table = page.getByTestId('accounts-table');
  await table.locator('tr.ant-table-row').filter({ hasText: '系统管理员' }).first().waitFor();
  await screenshot(page, 'admin-accounts-list-1366x768');

  const loginName = `wencheng.bzj${Date.now() % 1_000_000}`;
  const password = 'Baizhang#2026-Wc';
  await page.getByTestId('account-create').click();
  await page.getByTestId('account-login-name').fill(loginName);
  await page.getByTestId('account-display-name').fill('文成县百丈漈镇工作人员');
  await choose(page, 'account-role', '乡镇');
  await choose(page, 'account-jurisdiction', '文成');
  await page.getByTestId('account-township').waitFor();
  await page.getByTestId('account-password').fill('short');

  // The township is missing: the form says so under the field, and sends nothing.
  await page.getByTestId('account-submit').click();
  const township = fieldItem(page, '乡镇（街道）');
  await township.locator('.ant-form-item-explain-error').waitFor();
  expect(await township.innerText()).toContain('请填写乡镇（街道）');
  await screenshot(page, 'admin-accounts-form-1366x768');

  // The server refuses the weak password: its issue appears under the password field.
  await page.getByTestId('account-township').fill('百丈漈镇');
  await page.getByTestId('account-submit').click();
  const passwordItem = fieldItem(page, '初始密码');
  await passwordItem.getByText('至少需要 10 个字符').waitFor();
  await forgiveRefusal(admin, '/api/accounts', 400);

  await page.getByTestId('account-password').fill(password);
  await page.keyboard.press('Enter');
  await page.getByTestId('account-form').waitFor({ state: 'detached' });
  const row = table.locator('tr.ant-table-row').filter({ hasText: loginName });
  await page.getByTestId('accounts-search').locator('input').fill(loginName);
  await row.waitFor();
  expect(await row.innerText()).toContain('乡镇（街道）工作人员');
  expect(await row.innerText()).toContain('文成县 百丈漈镇');
  expect(await row.innerText()).toContain('正常');

  // The new account signs in and lands on the township's page.
  const worker = await suite.open();
  await signInWith(worker.page, loginName, password);
  await worker.page.waitForURL(suite.url('/township'));
  await worker.page.getByTestId('welcome-bar').waitFor();

  // Disabled (after confirming), it is refused.
  await row.locator('button[data-action="disable"]').click();
  await page.locator('.ant-popconfirm .ant-btn-primary').click();
  await row.locator('[data-state="disabled"]').waitFor();
  expect(await row.innerText()).toContain('已停用');

  const refused = await suite.open();
  await signInWith(refused.page, loginName, password);
  const alert = refused.page.locator('.api-error');
  await alert.waitFor();
  expect(await alert.innerText()).toContain('登录名或密码不正确');
  expect(new URL(refused.page.url()).pathname).toBe('/login');
  // A new password: the server's rule shows in the dialog, then the password is set.
  await row.locator('button[data-action="password"]').click();
  const dialog = page.getByTestId('password-form');
  await dialog.getByLabel('新密码').fill(loginName);
  await page.keyboard.press('Enter');
  await dialog.getByText('不能与登录名相同').waitFor();
  await forgiveRefusal(admin, '/password', 400);
  await dialog.getByLabel('新密码').fill('Baizhang#2027-Wc');
  await page.keyboard.press('Enter');
  await page.getByText(`已重置账号 ${loginName} 的密码`).waitFor();
  await dialog.waitFor({ state: 'detached' });

  // The worker's session ended when the account was disabled.
  await forgiveRefusal(worker, '/api/', 401, { ifAny: true });
});

test('in English: roles filter the list, and the form asks only for the scope of the role', async () => {
  const { page } = await suite.open();
  await signInAs(page, suite.url(''), 'admin');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('menu').getByText('Accounts').click();
  await page.waitForURL(suite.url('/admin/accounts'));
  const table = page.getByTestId('accounts-table');
  await table.locator('tr.ant-table-row').filter({ hasText: 'Administrator' }).first().waitFor();

  await choose(page, 'accounts-filter-role', 'Township');
  const rows = table.locator('tr.ant-table-row');
  await rows.filter({ hasNotText: 'Township worker' }).first().waitFor({ state: 'detached' });
  expect(await rows.count()).toBeGreaterThan(0);

  await page.getByTestId('account-create').click();
  await choose(page, 'account-role', 'City office of the water');
  await page.getByTestId('account-office').click();
  const offices = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await offices.filter({ hasText: 'City finance bureau' }).first().waitFor();
  // The role list may still be closing: read the options until they are the office list alone.
  await expect
    .poll(() => offices.allInnerTexts())
    .toEqual([
      'City finance bureau',
      'City natural resources and planning bureau',
      'City ecology and environment bureau',
      'City water resources bureau',
      'City public security bureau',
      'City development and reform commission',
    ]);
  await page.keyboard.press('Escape');
  expect(await page.getByTestId('account-jurisdiction').count()).toBe(0);

  await choose(page, 'account-role', 'Enterprise');
  await page.getByTestId('account-uscc').fill('91330302MAR6FJP20X');
  const uscc = fieldItem(page, 'Unified social credit code');
  await uscc.locator('.ant-form-item-explain-error').waitFor();
  expect(await page.getByTestId('account-office').count()).toBe(0);
  await screenshot(page, 'admin-accounts-form-en-1366x768');
});

test('the security overview names a guessed login name with its failures, in China time', async () => {
  const guesser = await suite.open();
  const guessed = `zhang.wei${Date.now() % 1_000_000}`;
  await signInWith(guesser.page, guessed, 'Guess-pass#2026');
  await guesser.page.getByText('登录名或密码不正确').first().waitFor();
  await forgiveRefusal(guesser, '/api/session', 401, { ifAny: true });

  const admin = await suite.open();
  const { page } = admin;
  await signInAs(page, suite.url(''), 'admin');
  await page.getByRole('menu').getByText('安全情况').click();
  await page.waitForURL(suite.url('/admin/security'));
  const failed = page.getByTestId('security-failed');
  expect(await failed.innerText()).toContain('近 7 天登录失败');
  const row = failed.locator('tr.ant-table-row').filter({ hasText: guessed });
  await row.waitFor();
  const text = await row.innerText();
  expect(text).toContain('无此账号');
  // The time is China time: today's date as a Wenzhou official reads it.
  expect(text).toContain(new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }));
  for (const title of ['当前锁定的账号', '90 天以上未登录的账号', '同一名称、不同角色的账号']) {
    await page.getByText(title, { exact: true }).waitFor();
  }
  await screenshot(page, 'admin-security-1366x768');
});
