import { describe, expect, test } from 'vitest';
import { ROLES } from '../../src/workflow/actor.ts';
import { screenshot } from './support/browser.ts';
import { demoCredentials, ROLE_HOMES, signInAs } from './support/demo-sign-in.ts';
import { browserSuite } from './support/suite.ts';

const suite = browserSuite();

describe('sign-in page', () => {
  test('renders in Chinese first, with the 演示数据 banner and the demo accounts', async () => {
    const { page } = await suite.open();
    await page.goto(suite.url('/login'));
    await page.getByTestId('demo-accounts').waitFor();

    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.title()).toBe('评定 pingding · 温州市评定与分配业务平台');
    expect(await page.getByTestId('brand').innerText()).toContain('温州市评定与分配业务平台');
    expect(await page.getByTestId('login-form').innerText()).toContain('用户登录');
    expect(await page.getByTestId('demo-banner').innerText()).toContain('演示数据');
    // Every enterprise (one applying, two more, and the five-, three- and one-star ones), then one
    // account per other role.
    const hq = page.locator('[data-testid="demo-accounts-hq"] tr.ant-table-row');
    expect(await hq.count()).toBe(11);
    expect(await hq.nth(3).innerText()).toContain('浙江康德莱医疗器械股份有限公司');
    expect(await hq.nth(3).innerText()).toContain('2024 年度5星级');
    await screenshot(page, 'login-zh-1366x768');
  });

  test('switches to English, and keeps English after a reload', async () => {
    const { page } = await suite.open();
    await page.goto(suite.url('/login'));
    await page.getByRole('button', { name: 'Switch to English' }).click();

    await page.getByText('Wenzhou evaluation and allocation services').first().waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByTestId('login-form').innerText()).toContain('Password');
    await page.reload();
    await page.getByTestId('demo-accounts').waitFor();
    expect(await page.getByTestId('login-form').innerText()).toContain('Sign in');
    await screenshot(page, 'login-en-1366x768');

    await page.getByRole('button', { name: '切换到中文' }).click();
    await page.getByText('用户登录').waitFor();
  });

  test('the keyboard alone signs in, and a wrong password shows the server message', async () => {
    const { loginName, password } = await demoCredentials(suite.url(''), 'city_bureau');
    const { page } = await suite.open();
    await page.goto(suite.url('/login'));
    const nameField = page.getByLabel('登录名');
    await nameField.waitFor();
    await page.keyboard.type(loginName); // the login name field has the focus on arrival
    expect(await nameField.inputValue()).toBe(loginName);
    await page.keyboard.press('Tab');
    await page.keyboard.type('wrong-password');
    await page.keyboard.press('Enter');
    const alert = page.locator('.api-error');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('登录名或密码不正确');

    await page.getByLabel('密码').fill(password);
    await page.keyboard.press('Enter');
    await page.waitForURL(suite.url('/city'));
  });

  test('a signed-out visitor to a role page is sent to sign in, then back', async () => {
    const { page } = await suite.open();
    await page.goto(suite.url('/city/rating'));
    await page.waitForURL(suite.url('/login'));
    await page.locator('[data-testid="demo-accounts"] button[data-role="city_bureau"]').click();
    await page.waitForURL(suite.url('/city/rating'));
    await page.getByTestId('journey-ratingTable').waitFor();
  });
});

describe('demo one-click sign-in', () => {
  for (const role of ROLES) {
    test(`lands ${role} on its home page`, async () => {
      const { page } = await suite.open();
      await signInAs(page, suite.url(''), role);
      expect(new URL(page.url()).pathname).toBe(ROLE_HOMES[role]);
      expect(await page.getByTestId('welcome-bar').innerText()).toContain('演示数据');
      await screenshot(page, `home-${role}-1366x768`);

      await page.getByRole('button', { name: '退出登录' }).click();
      await page.waitForURL(suite.url('/login'));
    });
  }

  test('another role’s pages send the actor to its own home', async () => {
    const { page } = await suite.open();
    await signInAs(page, suite.url(''), 'enterprise');
    await page.goto(suite.url('/city'));
    await page.waitForURL(suite.url('/enterprise'));
  });
});
