// The holiday calendar as data, in a real browser, on a demo server of its own standing on
// 2026-12-03: the bureau is warned that 2027 is missing and a publicity period from 2026-12-24 is
// refused; the administrator enters the 2027 arrangement on the 节假日安排 page (one mistake
// first, named under its field); the bureau then sees the period computed into 2027.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESKTOP, forgiveRefusal, screenshot } from './support/browser.ts';
import { startOwnDemoServer, type OwnDemoServer } from './support/own-demo-server.ts';
import { browserSuite } from './support/suite.ts';

const suite = browserSuite();
let server: OwnDemoServer;

beforeAll(async () => {
  server = await startOwnDemoServer('2026-12-03');
}, 120_000);

afterAll(async () => {
  await server?.close();
});

/** Opens 新建批次 and sets the publicity start; returns the form. */
async function newBatchFrom(page: import('playwright-core').Page, start: string) {
  await page.goto(`${server.url}/city/batches`);
  const batches = page.getByTestId('journey-batches');
  await batches.getByRole('button', { name: '新建批次' }).click();
  const form = page.getByTestId('batch-form');
  await form.getByTestId('decisions').waitFor();
  const picker = form.getByTestId('publicity-start');
  await picker.click();
  await picker.fill(start);
  await page.keyboard.press('Enter');
  return { batches, form };
}

test('the administrator enters 2027; a December 2026 publicity period is then counted into it', async () => {
  // The bureau, before: warned, and the period is refused with who can fix it.
  const bureau = await suite.open(DESKTOP);
  await server.signIn(bureau.page, 'city.bureau');
  const before = await newBatchFrom(bureau.page, '2026-12-24');
  const refused = before.form.getByTestId('publicity-refused');
  await refused.waitFor();
  expect(await refused.innerText()).toContain('需要用到 2027 年的日期');
  expect(await refused.innerText()).toContain('请系统管理员');
  expect(await refused.innerText()).toContain('「节假日安排」页面');
  await bureau.page.locator('.ant-modal-close').click();
  const warning = before.batches.getByTestId('calendar-missing-year');
  expect(await warning.innerText()).toContain('尚未收录 2027 年节假日安排');
  await screenshot(bureau.page, 'calendar-bureau-refused-1366x768');

  // The administrator: the page lists the built-in years and warns of 2027.
  const admin = await suite.open(DESKTOP);
  const { page } = admin;
  await server.signIn(page, 'admin');
  await page.getByRole('menu').getByText('节假日安排').click();
  await page.waitForURL(`${server.url}/admin/calendar`);
  const screen = page.getByTestId('admin-calendar');
  expect(await screen.getByTestId('calendar-missing').innerText()).toContain(
    '尚未录入 2027 年节假日安排',
  );
  const years = screen.getByTestId('calendar-years');
  const row = (year: number) => years.locator(`tr[data-row-key="${year}"]`);
  expect(await row(2026).innerText()).toContain('内置数据');

  // A Thursday given as a worked weekend day: refused, named under its field.
  const form = screen.getByTestId('calendar-form');
  await form.getByTestId('calendar-year').fill('2027');
  await form
    .getByTestId('calendar-source')
    .fill('测试用安排（非国务院通知，演示数据），2026年12月1日');
  await form
    .getByTestId('calendar-holidays')
    .fill('2027-01-01 至 2027-01-03\n2027-02-06 至 2027-02-13');
  await form.getByTestId('calendar-working-days').fill('2027-02-18');
  await form.getByTestId('calendar-save').click();
  await form.getByText('第 1 项 2027-02-18 是周四，调休上班日应为周六或周日').waitFor();
  await forgiveRefusal(admin, '/api/calendar/years', 400);
  await screenshot(page, 'calendar-admin-refused-1366x768');

  await form.getByTestId('calendar-working-days').fill('2027-02-20');
  await form.getByTestId('calendar-save').click();
  await page.getByText('已保存 2027 年节假日安排').waitFor();
  await row(2027).waitFor();
  const entered = await row(2027).innerText();
  expect(entered).toContain('录入');
  expect(entered).toContain('测试用安排（非国务院通知，演示数据），2026年12月1日');
  expect(entered).toContain('2027-01-01 至 2027-01-03；2027-02-06 至 2027-02-13');
  expect(entered).toContain('2027-02-20');
  await screen.getByTestId('calendar-missing').waitFor({ state: 'detached' });
  await screenshot(page, 'calendar-admin-entered-1366x768');

  // The bureau, after: no warning, and the period ends on Monday 4 January 2027.
  const after = await newBatchFrom(bureau.page, '2026-12-24');
  const end = after.form.getByTestId('publicity-end');
  await end.waitFor();
  expect(await end.innerText()).toContain('2027-01-04');
  expect(await after.batches.getByTestId('calendar-missing-year').count()).toBe(0);
  await screenshot(bureau.page, 'calendar-bureau-computed-1366x768');
});
