// A return and its answer, in a real browser: the county office returns an application with a
// reason, the enterprise reads the reason on its page and its timeline, corrects the form and
// submits again, and the county office passes it.
//
// The county reviews only after the application window has closed, so this file starts a demo
// server of its own standing on 2026-03-02 (PINGDING_TODAY) and walks a batch there through the
// API, moving the date past the closing day with /api/demo/clock.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESKTOP, screenshot } from './support/browser.ts';
import { startOwnDemoServer, type OwnDemoServer } from './support/own-demo-server.ts';
import { browserSuite } from './support/suite.ts';
import { countyLogin, ENTERPRISES, walkBatch, type WalkedBatch } from './support/walk-batch.ts';

const suite = browserSuite();
let server: OwnDemoServer;
let walked: WalkedBatch;

beforeAll(async () => {
  server = await startOwnDemoServer('2026-03-02');
  walked = await walkBatch(server, 'review', '退回补正');
}, 180_000);

afterAll(async () => {
  await server?.close();
});

const REASON = '实际经营地址需写到门牌号，请补正后重新提交。';

test('returned with a reason, corrected and resubmitted, then passed', async () => {
  const enterprise = ENTERPRISES[0]!;
  const [applicationId] = walked.applicationIds;
  const county = countyLogin(server, enterprise.county!);
  const { page } = await suite.open(DESKTOP);

  // The county office returns it, with the reason the enterprise will read.
  await server.signIn(page, county);
  await page.getByRole('menu').getByText('初审受理').click();
  const queue = page.getByTestId('journey-reviewQueue');
  const row = queue.locator('tr.ant-table-row', { hasText: enterprise.name! });
  await row.getByRole('button', { name: '查看并审核' }).click();
  const drawer = page.locator('.ant-drawer');
  await drawer.getByRole('button', { name: '退回补正' }).click();
  const dialog = page.getByRole('dialog', { name: /退回补正/ });
  await dialog.getByLabel('退回理由（企业将看到）').fill(REASON);
  await screenshot(page, 'returned-county-return-1366x768');
  await dialog.getByRole('button', { name: '退回补正' }).click();
  await page.getByText(`已办理：${enterprise.name}`).waitFor();

  // The enterprise reads the reason above its form and on its timeline, corrects, resubmits.
  await page.context().clearCookies();
  await server.signIn(page, 'enterprise1');
  await page.getByRole('menu').getByText('我的申请').click();
  await page.locator(`a[href$="?id=${applicationId}"]`).first().click();
  const alert = page.getByTestId('returned-alert');
  await alert.waitFor();
  expect(await alert.innerText()).toContain(REASON);
  const timeline = page.getByTestId('application-timeline');
  const returnEntry = timeline.locator('.apply-timeline-entry', { hasText: '县级初审退回补正' });
  expect(await returnEntry.innerText()).toContain(REASON);
  await screenshot(page, 'returned-enterprise-reason-1366x768');

  const address = page.getByLabel('8 企业实际经营地址');
  await address.fill(`浙江省温州市${enterprise.county}演示路 1 号 3 幢 501 室`);
  await page.getByTestId('submit-application').click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /确\s?定/ })
    .click();
  await page.getByText('补正材料已重新提交，请等待县级初审。').waitFor();
  await timeline.getByText('补正后重新提交', { exact: true }).waitFor();
  expect(await page.getByTestId('detail-state').innerText()).toBe('已提交，待初审');
  await screenshot(page, 'returned-enterprise-resubmitted-1366x768');

  // The county office passes the corrected application.
  await page.context().clearCookies();
  await server.signIn(page, county);
  await page.getByRole('menu').getByText('初审受理').click();
  await row.getByRole('button', { name: '查看并审核' }).click();
  await drawer.getByText('浙江省温州市').first().waitFor();
  await drawer.getByRole('button', { name: '初审通过' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '初审通过' }).click();
  await page.getByText(`已办理：${enterprise.name}`).waitFor();
  await screenshot(page, 'returned-county-passed-1366x768');

  const passed = await server.call<{ state: string; form: { businessAddress: string } }>(
    county,
    'GET',
    `/api/hq/applications/${applicationId}`,
  );
  expect(passed.state).toBe('county_passed');
  expect(passed.form.businessAddress).toContain('演示路 1 号 3 幢 501 室');
});
