// After final, in a real browser: the enterprise reads its stars, benefits and expiry date,
// claims a rent subsidy, is refused the purchase subsidy (never both, 88号 四、2) with the
// server's own words, and asks for a re-review.
//
// Reaching final takes weeks of the procedure's dates, so this file starts a demo server of its
// own standing on 2026-03-02 (PINGDING_TODAY) and walks a batch to final through the API,
// moving the date with /api/demo/clock.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESKTOP, forgiveRefusal, screenshot } from './support/browser.ts';
import { startOwnDemoServer, type OwnDemoServer } from './support/own-demo-server.ts';
import { browserSuite } from './support/suite.ts';
import { countyLogin, ENTERPRISES, walkBatch, type WalkedBatch } from './support/walk-batch.ts';

const suite = browserSuite();
let server: OwnDemoServer;
let walked: WalkedBatch;

beforeAll(async () => {
  server = await startOwnDemoServer('2026-03-02');
  walked = await walkBatch(server, 'final', '星级生效');
}, 180_000);

afterAll(async () => {
  await server?.close();
});

test('the enterprise sees its stars and benefits, claims one, and is refused the exclusive other', async () => {
  const [applicationId] = walked.applicationIds;
  expect(walked.finalOn).toBe('2026-03-25');
  const browser = await suite.open(DESKTOP);
  const { page } = browser;
  await server.signIn(page, 'enterprise1');
  await page.getByRole('menu').getByText('我的申请').click();
  await page.waitForURL(`${server.url}/enterprise/applications`);
  await page.locator(`a[href$="?id=${applicationId}"]`).first().click();

  const result = page.getByTestId('final-result');
  await result.waitFor();
  // The banner says the procedure's date is not the real one.
  expect(await page.getByTestId('demo-date').innerText()).toContain('演示日期已设为 2026-03-25');
  expect(await page.getByTestId('detail-state').innerText()).toBe('星级生效');
  expect(await result.getByTestId('final-stars').innerText()).toContain('5 星');
  expect(await result.innerText()).toContain('2026-03-25');
  expect(await result.getByTestId('final-until').innerText()).toBe('2028-03-24');
  const benefits = result.getByTestId('benefits');
  const row = (kind: string) => benefits.locator(`tr[data-row-key="${kind}"]`);
  for (const kind of ['star_card', 'school_enrolment', 'rent_subsidy', 'purchase_subsidy']) {
    expect(await row(kind).innerText()).toContain('符合条件');
  }
  await screenshot(page, 'after-final-enterprise-result-1366x768');

  // A rent subsidy, with its amount in yuan.
  await row('rent_subsidy').getByRole('button', { name: '申领' }).click();
  const dialog = page.getByRole('dialog', { name: '申领政策待遇' });
  await dialog.getByRole('button', { name: '提交申领' }).click();
  await dialog.getByText('请填写申请金额').waitFor(); // nothing sent without the amount
  await dialog.getByLabel('申请金额').fill('360000');
  await dialog.getByLabel('说明').fill('2026 年度租用办公用房，年租金 36 万元（演示数据）');
  await screenshot(page, 'after-final-claim-rent-1366x768');
  await dialog.getByRole('button', { name: '提交申领' }).click();
  await page.getByText('已申领“租房补助”').waitFor();
  await dialog.waitFor({ state: 'detached' });
  const claims = result.getByTestId('benefit-claims');
  await claims.getByText('360000 元').waitFor();
  expect(await row('rent_subsidy').innerText()).toContain('已申领');
  expect(await row('purchase_subsidy').innerText()).toContain('已申领租房补助，两者只能享受其一');

  // The purchase subsidy as well: the server refuses, and says why, in the dialog.
  await row('purchase_subsidy').getByRole('button', { name: '申领' }).click();
  await dialog.getByLabel('申请金额').fill('1200000');
  await dialog.getByRole('button', { name: '提交申领' }).click();
  const refusal = dialog.getByRole('alert');
  await refusal.waitFor();
  expect(await refusal.innerText()).toContain('租房与购房补助不能同时享受');
  await screenshot(page, 'after-final-claim-refused-1366x768');
  await forgiveRefusal(browser, `/api/hq/applications/${applicationId}/benefit-claims`, 409);
  await dialog.getByRole('button', { name: /取\s?消/ }).click();
  await dialog.waitFor({ state: 'detached' });
  const detail = await server.call<{ claims: { kind: string; amountYuan: string }[] }>(
    'enterprise1',
    'GET',
    `/api/hq/applications/${applicationId}`,
  );
  expect(detail.claims.map((c) => [c.kind, c.amountYuan])).toEqual([['rent_subsidy', '360000']]);

  // A re-review request; a second one waits until the bureau has decided the first.
  const reReview = result.getByTestId('re-review-requests');
  await reReview.getByTestId('request-re-review').click();
  const ask = page.getByRole('dialog', { name: '申请复评' });
  await ask
    .getByLabel('复评理由（市投资促进局将看到）')
    .fill('2026 年在温营业收入大幅增长，申请复评。');
  await ask.getByRole('button', { name: '提交复评申请' }).click();
  await reReview.getByText('处理中').waitFor();
  expect(await reReview.getByTestId('request-re-review').isDisabled()).toBe(true);
  await screenshot(page, 'after-final-re-review-1366x768');
});

test('the county office grants the rent subsidy at its share; the enterprise reads the amount', async () => {
  const [applicationId] = walked.applicationIds;
  const detail = await server.call<{ claims: { id: string; kind: string }[] }>(
    'enterprise1',
    'GET',
    `/api/hq/applications/${applicationId}`,
  );
  const rent = detail.claims.find((c) => c.kind === 'rent_subsidy')!;
  const browser = await suite.open(DESKTOP);
  const { page } = browser;
  await server.signIn(page, countyLogin(server, ENTERPRISES[0]!.county!));
  await page.getByRole('menu').getByText('政策兑现').click();
  const list = page.getByTestId('claims-to-grant');
  const row = list.locator('tr.ant-table-row', { hasText: '租房补助' });
  await row.waitFor();
  expect(await row.innerText()).toContain('360000 元');
  // The star card is the bureau's (88号 四、1): a county office sees the subsidies only.
  expect(await list.locator('tr.ant-table-row').count()).toBe(1);

  await row.getByRole('button', { name: /^办\s?理$/ }).click();
  const dialog = page.getByRole('dialog', { name: /办理政策兑现/ });
  await dialog.getByRole('button', { name: '确认办理' }).click();
  await dialog.getByText('请填写补助比例').waitFor(); // nothing sent without the share
  await dialog.getByLabel('补助比例（%）').fill('120');
  await dialog.getByRole('button', { name: '确认办理' }).click();
  await dialog.locator('.ant-form-item-explain-error', { hasText: '不是有效比例' }).waitFor();
  await forgiveRefusal(browser, `/api/hq/benefit-claims/${rent.id}/decide`, 400);
  await dialog.getByLabel('补助比例（%）').fill('30');
  await screenshot(page, 'after-final-county-grant-1366x768');
  await dialog.getByRole('button', { name: '确认办理' }).click();
  await page.getByText('已兑现，补助 108000.00 元').waitFor();
  await dialog.waitFor({ state: 'detached' });

  // Every claim, the granted one explained step by step (88号 四、2).
  await list.getByText('全部').click();
  const granted = list.locator('tr.ant-table-row', { hasText: '租房补助' });
  await granted.locator('[data-testid="claim-outcome"][data-state="granted"]').waitFor();
  await granted.getByTestId('claim-explained').hover();
  const how = page.getByRole('tooltip').or(page.locator('.ant-popover'));
  await how.getByText('360000 × 30 % = 108000').waitFor();
  await screenshot(page, 'after-final-county-claims-1366x768');

  await page.context().clearCookies();
  await server.signIn(page, 'enterprise1');
  await page.goto(`${server.url}/enterprise/applications?id=${applicationId}`);
  const claims = page.getByTestId('final-result').getByTestId('benefit-claims');
  await claims.waitFor();
  expect(await claims.innerText()).toContain('已兑现');
  expect(await claims.innerText()).toContain('补助 108000.00 元（比例 30.00%）');
});

test('the city bureau lowers the stars on re-review; the enterprise sees its benefit end', async () => {
  const [applicationId] = walked.applicationIds;
  const { page } = await suite.open(DESKTOP);
  await server.signIn(page, 'city.bureau');
  await page.getByRole('menu').getByText('复评申请').click();
  const list = page.getByTestId('re-review-decisions');
  const row = list.locator('tr.ant-table-row', { hasText: '申请复评' });
  await row.waitFor();
  expect(await row.innerText()).toContain('待作出结论');
  await screenshot(page, 'after-final-bureau-re-reviews-1366x768');

  await row.getByRole('button', { name: '作出复评结论' }).click();
  const dialog = page.getByRole('dialog', { name: /复评结论/ });
  await dialog.getByRole('radio', { name: '调整星级' }).check();
  await dialog.locator('.ant-rate-star').nth(1).click();
  await dialog
    .getByLabel('结论理由（企业将看到）')
    .fill('经复核，在温营业收入未达四星以上标准，调整为二星。');
  await screenshot(page, 'after-final-bureau-decide-1366x768');
  await dialog.getByRole('button', { name: '作出复评结论' }).click();
  await page.getByText(/已作出复评结论/).waitFor();
  await row.getByText('调整为 2 星').waitFor();

  await page.context().clearCookies();
  await server.signIn(page, 'enterprise1');
  await page.goto(`${server.url}/enterprise/applications?id=${applicationId}`);
  const result = page.getByTestId('final-result');
  await result.waitFor();
  expect(await result.getByTestId('final-stars').innerText()).toContain('2 星');
  const claims = result.getByTestId('benefit-claims');
  expect(await claims.innerText()).toContain('已终止');
  expect(await claims.innerText()).toContain('调整为二星');
  const reReview = result.getByTestId('re-review-requests');
  expect(await reReview.innerText()).toContain('由 5 星调整为 2 星');
  await screenshot(page, 'after-final-enterprise-after-re-review-1366x768');
});
