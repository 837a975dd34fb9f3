import { expect, test } from 'vitest';
import {
  allWithinViewportWidth,
  DESKTOP,
  horizontalOverflow,
  PHONE,
  screenshot,
} from './support/browser.ts';
import { signInAs } from './support/demo-sign-in.ts';
import { browserSuite } from './support/suite.ts';

const suite = browserSuite();
const DEMO_BUTTONS = '[data-testid="demo-accounts"] button[data-role]';

test('1366×768: header, the role menu on the left, the content beside it', async () => {
  const { page } = await suite.open(DESKTOP);
  await signInAs(page, suite.url(''), 'city_bureau');
  const menu = page.getByRole('menu');
  await menu.waitFor();
  expect(await menu.innerText()).toContain('评定批次');
  expect(await page.getByRole('button', { name: '打开菜单' }).count()).toBe(0);
  expect(await horizontalOverflow(page)).toBe(0);

  await menu.getByText('评定结果').click();
  await page.waitForURL(suite.url('/city/rating'));
  await page.getByTestId('journey-ratingTable').waitFor();
  await screenshot(page, 'layout-city-rating-1366x768');
});

test('390×844: the sign-in page and the demo accounts fit a phone', async () => {
  const { page } = await suite.open(PHONE);
  await page.goto(suite.url('/login'));
  await page.getByTestId('demo-accounts').waitFor();
  await screenshot(page, 'login-zh-390x844');
  expect(await horizontalOverflow(page)).toBe(0);
  expect(await allWithinViewportWidth(page, page.locator(DEMO_BUTTONS))).toBe(true);
});

test('390×844: an enterprise finds its menu behind the menu button', async () => {
  const { page } = await suite.open(PHONE);
  await signInAs(page, suite.url(''), 'enterprise');
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshot(page, 'home-enterprise-390x844');

  await page.getByRole('button', { name: '打开菜单' }).click();
  await page.getByRole('menu').getByText('我的申请').click();
  await page.waitForURL(suite.url('/enterprise/applications'));
  await page.getByTestId('journey-myApplications').waitFor();
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshot(page, 'enterprise-applications-390x844');
});

test('390×844 in English: the longer texts still fit', async () => {
  const { page } = await suite.open(PHONE);
  await page.goto(suite.url('/login'));
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByText('Demo accounts', { exact: true }).waitFor();
  await screenshot(page, 'login-en-390x844');
  expect(await horizontalOverflow(page)).toBe(0);
  expect(await allWithinViewportWidth(page, page.locator(DEMO_BUTTONS))).toBe(true);

  await page.locator('[data-testid="demo-accounts"] button[data-role="county_office"]').click();
  await page.waitForURL(suite.url('/county'));
  await page.getByTestId('journey-reviewQueue').waitFor();
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshot(page, 'home-county_office-en-390x844');
});
