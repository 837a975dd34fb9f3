// The demo reaches the benefit journeys (88号 四): the 2024 demo batch was finalised on
// 2025-03-17, so its five-, three- and one-star enterprises hold ratings in effect until
// 2027-03-16. Each signs in with one click on the sign-in page; the five-star one claims its
// star card, which the city bureau (the office that grants it) then sees; the three-star one,
// without own office property, may claim the star card and the office subsidies but not school
// care; the one-star one is offered nothing.
//
// The file starts a demo server of its own standing on 2026-12-03, so the ratings stay in effect
// whatever day it runs.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESKTOP, screenshot } from './support/browser.ts';
import { ROLE_HOMES } from './support/demo-sign-in.ts';
import { startOwnDemoServer, type OwnDemoServer } from './support/own-demo-server.ts';
import { browserSuite } from './support/suite.ts';

const suite = browserSuite();
let server: OwnDemoServer;

beforeAll(async () => {
  server = await startOwnDemoServer('2026-12-03');
}, 240_000);

afterAll(async () => {
  await server?.close();
});

/** One click on the account's row of the sign-in page's demo list. */
async function oneClick(page: Page, loginName: string, home: string): Promise<void> {
  await page.goto(`${server.url}/login`);
  const hq = page.getByTestId('demo-accounts-hq');
  await hq.getByTestId(`demo-sign-in-${loginName}`).click();
  await page.waitForURL(`${server.url}${home}`);
  await page.getByTestId('welcome-bar').waitFor();
}

/** Opens the enterprise's rating in effect from 我的申请 and returns its result card. */
async function openRating(page: Page) {
  await page.getByRole('menu').getByText('我的申请').click();
  await page.waitForURL(`${server.url}/enterprise/applications`);
  const row = page.locator('tr', { hasText: '2024年度温州市总部企业星级评定（演示数据）' });
  await row.locator('a').first().click();
  const result = page.getByTestId('final-result');
  await result.waitFor();
  expect(await page.getByTestId('detail-state').innerText()).toBe('星级生效');
  return result;
}

const benefitRow = (result: ReturnType<Page['getByTestId']>, kind: string) =>
  result.getByTestId('benefits').locator(`tr[data-row-key="${kind}"]`);

test('the sign-in page offers the five-, three- and one-star enterprises by name and stars', async () => {
  const { page } = await suite.open(DESKTOP);
  await page.goto(`${server.url}/login`);
  const hq = page.getByTestId('demo-accounts-hq');
  await hq.waitFor();
  const text = await hq.innerText();
  expect(text).toContain('浙江康德莱医疗器械股份有限公司');
  expect(text).toContain('2024 年度5星级');
  expect(text).toContain('金帝集团股份有限公司');
  expect(text).toContain('2024 年度3星级，在温无自有办公用房');
  expect(text).toContain('麦田能源股份有限公司');
  expect(text).toContain('2024 年度1星级');
  // The enterprise that applies in the 2025 batch is still there, first.
  expect(
    await hq.locator('button[data-role="enterprise"]').first().getAttribute('data-testid'),
  ).toBe('demo-sign-in-enterprise1');
});

test('the five-star enterprise reads its stars, claims its star card, and the city bureau sees the claim', async () => {
  const { page } = await suite.open(DESKTOP);
  await oneClick(page, 'enterprise4', ROLE_HOMES.enterprise);
  expect(await page.getByTestId('welcome-bar').innerText()).toContain(
    '浙江康德莱医疗器械股份有限公司',
  );
  const result = await openRating(page);
  expect(await result.getByTestId('final-stars').innerText()).toContain('5 星');
  expect(await result.innerText()).toContain('2025-03-17');
  expect(await result.getByTestId('final-until').innerText()).toBe('2027-03-16');
  for (const kind of ['star_card', 'school_enrolment', 'rent_subsidy', 'purchase_subsidy']) {
    expect(await benefitRow(result, kind).innerText()).toContain('符合条件');
  }
  await screenshot(page, 'demo-five-star-benefits-1366x768');

  await benefitRow(result, 'star_card').getByRole('button', { name: '申领' }).click();
  const dialog = page.getByRole('dialog', { name: '申领政策待遇' });
  await dialog.getByLabel('说明').fill('为董事长申领总部星级卡（演示数据）');
  await dialog.getByRole('button', { name: '提交申领' }).click();
  await page.getByText('已申领“星级企业服务卡”').waitFor();
  await dialog.waitFor({ state: 'detached' });
  expect(await benefitRow(result, 'star_card').innerText()).toContain('已申领');
  expect(await result.getByTestId('benefit-claims').innerText()).toContain('待兑现');

  // The star card is granted by the city bureau (88号 四、1): the claim waits on its page.
  await page.context().clearCookies();
  await oneClick(page, 'city.bureau', ROLE_HOMES.city_bureau);
  await page.getByRole('menu').getByText('政策兑现').click();
  const list = page.getByTestId('claims-to-grant');
  const claim = list.locator('tr.ant-table-row', { hasText: '浙江康德莱医疗器械股份有限公司' });
  await claim.waitFor();
  const text = await claim.innerText();
  expect(text).toContain('星级企业服务卡');
  expect(text).toContain('5');
  expect(text).toContain('龙湾区');
  await screenshot(page, 'demo-bureau-star-card-claim-1366x768');
});

test('the three-star enterprise without own office is offered the star card and the office subsidies, not school care', async () => {
  const { page } = await suite.open(DESKTOP);
  await oneClick(page, 'enterprise5', ROLE_HOMES.enterprise);
  const result = await openRating(page);
  expect(await result.getByTestId('final-stars').innerText()).toContain('3 星');
  expect(await result.getByTestId('final-until').innerText()).toBe('2027-03-16');
  const school = benefitRow(result, 'school_enrolment');
  expect(await school.innerText()).toContain('子女入学关怀（四星级及以上）');
  expect(await school.innerText()).toContain('不符合条件');
  expect(await school.getByRole('button', { name: '申领' }).count()).toBe(0);
  // 88号 四、2: three stars or more and no own office property in Wenzhou.
  const rent = benefitRow(result, 'rent_subsidy');
  expect(await rent.innerText()).toContain('在温无自有产权办公用房');
  expect(await rent.innerText()).toContain('符合条件');
  expect(await benefitRow(result, 'star_card').innerText()).toContain('符合条件');
  await screenshot(page, 'demo-three-star-benefits-1366x768');
});

test('the one-star enterprise is offered no benefit', async () => {
  const { page } = await suite.open(DESKTOP);
  await oneClick(page, 'enterprise6', ROLE_HOMES.enterprise);
  const result = await openRating(page);
  expect(await result.getByTestId('final-stars').innerText()).toContain('1 星');
  for (const kind of ['star_card', 'school_enrolment', 'rent_subsidy', 'purchase_subsidy']) {
    expect(await benefitRow(result, kind).innerText()).toContain('不符合条件');
  }
  expect(await result.getByTestId('benefits').getByRole('button', { name: '申领' }).count()).toBe(
    0,
  );
});
