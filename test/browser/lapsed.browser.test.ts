// A rating past its last day, in a real browser: the 2024 demo batch was finalised on 2025-03-17,
// so its ratings are valid until 2027-03-16 (R13, 88号 五、1). On 2027-03-17, by the procedure's
// date (the demo clock, never the browser's), the five-star enterprise reads its rating as lapsed
// and is offered no claim and no re-review, the public list says so on a desktop and on a phone,
// and the city bureau can only refuse the star card claimed while the rating was in effect.
//
// The file starts a demo server of its own on 2026-12-03 (ratings in effect), claims the star
// card there as the enterprise, then moves the demo clock past the last day.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  allWithinViewportWidth,
  DESKTOP,
  horizontalOverflow,
  PHONE,
  screenshot,
} from './support/browser.ts';
import { startOwnDemoServer, type OwnDemoServer } from './support/own-demo-server.ts';
import { browserSuite } from './support/suite.ts';

const suite = browserSuite();
let server: OwnDemoServer;
let applicationId: string;

const FIVE_STAR = 'enterprise4';
const NAME = '浙江康德莱医疗器械股份有限公司';
const BATCH = '2024年度温州市总部企业星级评定（演示数据）';

beforeAll(async () => {
  server = await startOwnDemoServer('2026-12-03');
  const { applications } = await server.call<{
    applications: { id: string; state: string; validUntil: string | null }[];
  }>(FIVE_STAR, 'GET', '/api/hq/applications');
  const rating = applications.find((a) => a.state === 'final')!;
  expect(rating.validUntil).toBe('2027-03-16');
  applicationId = rating.id;
  // While in effect: a star card claimed, for the bureau to decide after the rating lapses.
  await server.call(FIVE_STAR, 'POST', `/api/hq/applications/${applicationId}/benefit-claims`, {
    kind: 'star_card',
  });
  await server.setToday('2027-03-17');
}, 240_000);

afterAll(async () => {
  await server?.close();
});

test('the enterprise reads its rating as lapsed and is offered no claim and no re-review', async () => {
  const { page } = await suite.open(DESKTOP);
  await server.signIn(page, FIVE_STAR);
  expect(await page.getByTestId('demo-date').innerText()).toContain('2027-03-17');
  await page.getByRole('menu').getByText('我的申请').click();
  await page.waitForURL(`${server.url}/enterprise/applications`);
  const row = page.locator('tr.ant-table-row', { hasText: BATCH });
  await row.waitFor();
  expect(await row.getByTestId('application-state').innerText()).toBe('星级已过有效期');
  expect(await row.innerText()).toContain('有效期至 2027-03-16，已过有效期');
  expect(await row.innerText()).not.toContain('星级生效');
  await screenshot(page, 'lapsed-enterprise-list-1366x768');

  await row.getByTestId('application-link').click();
  const result = page.getByTestId('final-result');
  await result.waitFor();
  expect(await page.getByTestId('detail-state').innerText()).toBe('星级已过有效期');
  const progress = await page.getByTestId('application-progress').innerText();
  expect(progress).toContain('星级已过有效期');
  expect(progress).not.toContain('星级生效');
  expect(await result.getByTestId('final-stars').innerText()).toContain('5 星');
  expect(await result.getByTestId('final-until').innerText()).toBe('2027-03-16');
  expect(await result.getByTestId('final-lapsed').innerText()).toBe('已过有效期');
  expect(await result.getByTestId('final-lapsed-notice').innerText()).toContain(
    '星级有效期已于 2027-03-16 届满',
  );
  // No benefit is offered: no claim button, every unclaimed benefit reads lapsed, no re-review.
  const benefits = result.getByTestId('benefits');
  expect(await benefits.getByRole('button', { name: '申领' }).count()).toBe(0);
  expect(await benefits.locator('tr[data-row-key="school_enrolment"]').innerText()).toContain(
    '已过有效期',
  );
  expect(await benefits.locator('tr[data-row-key="star_card"]').innerText()).toContain('已申领');
  expect(await result.getByTestId('request-re-review').count()).toBe(0);
  await screenshot(page, 'lapsed-enterprise-result-1366x768');

  // And the server refuses a claim all the same, saying the rating lapsed.
  const refused = await server.send(
    FIVE_STAR,
    'POST',
    `/api/hq/applications/${applicationId}/benefit-claims`,
    { kind: 'school_enrolment' },
  );
  expect(refused.status).toBe(409);
  expect(JSON.stringify(refused.body)).toContain('星级有效期已于 2027-03-16 届满');
});

/** The public page with the 2024 list chosen. */
async function publicList(page: Page) {
  await page.goto(`${server.url}/public`);
  const lists = page.getByTestId('published-lists');
  await lists.getByLabel('选择评定批次').click();
  await page.locator('.ant-select-item-option', { hasText: BATCH }).click();
  await page.getByTestId('list-meta').getByText(BATCH).waitFor();
  return lists;
}

test('1366×768: the public list reads the lapsed rating as lapsed', async () => {
  const { page } = await suite.open(DESKTOP);
  const lists = await publicList(page);
  const row = lists.getByTestId('published-table').locator('tr.ant-table-row', { hasText: NAME });
  await row.waitFor();
  const status = await row.getByTestId('entry-status').innerText();
  expect(status).toContain('星级已过有效期');
  expect(status).toContain('有效期至 2027-03-16');
  expect(await row.innerText()).toContain('5 星');
  await screenshot(page, 'lapsed-public-1366x768');
});

test('390×844: the public cards show stars, score and the lapse on screen', async () => {
  const { page } = await suite.open(PHONE);
  const lists = await publicList(page);
  const card = lists.getByTestId('published-card').filter({ hasText: NAME });
  await card.waitFor();
  expect(await card.getByTestId('entry-status').innerText()).toContain('星级已过有效期');
  expect(await card.getByTestId('entry-stars').innerText()).toContain('5 星');
  expect(await card.getByTestId('card-total').innerText()).toMatch(/综合得分\s*\d+\.\d+/);
  expect(await allWithinViewportWidth(page, card.getByTestId('entry-stars'))).toBe(true);
  expect(await allWithinViewportWidth(page, card.getByTestId('card-total'))).toBe(true);
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshot(page, 'lapsed-public-390x844');
});

test('the city bureau sees the claim’s rating lapsed and may only refuse it', async () => {
  const { page } = await suite.open(DESKTOP);
  await server.signIn(page, 'city.bureau');
  await page.getByRole('menu').getByText('政策兑现').click();
  const list = page.getByTestId('claims-to-grant');
  const row = list.locator('tr.ant-table-row', { hasText: NAME });
  await row.waitFor();
  expect(await row.getByTestId('claim-lapsed').innerText()).toBe('已过有效期（至 2027-03-16）');

  await row.getByRole('button', { name: /^办\s?理$/ }).click();
  const dialog = page.getByRole('dialog', { name: /办理政策兑现/ });
  expect(await dialog.getByTestId('claim-lapsed-notice').innerText()).toContain(
    '星级有效期已于 2027-03-16 届满',
  );
  expect(await dialog.getByRole('radio', { name: '予以兑现' }).isDisabled()).toBe(true);
  expect(await dialog.getByRole('radio', { name: '不予兑现' }).isChecked()).toBe(true);
  await dialog
    .getByLabel('不予兑现的理由（企业将看到）')
    .fill('星级有效期已于 2027-03-16 届满，不再兑现。');
  await screenshot(page, 'lapsed-bureau-refuse-1366x768');
  await dialog.getByRole('button', { name: '确认办理' }).click();
  await page.getByText('已记录不予兑现').waitFor();
});
