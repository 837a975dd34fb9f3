// The demo date on the administrator's screen, in a real browser, on a demo server of its own
// (standing on 2026-12-03): the administrator moves the date to 2026-12-28, the banner says so,
// and a township worker's visit form offers that date, not the browser's; then back to the
// system's date. (That the date survives a restart: test/server/demo-clock-restart.test.ts.)
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESKTOP, screenshot } from './support/browser.ts';
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

test('the administrator sets the demo date on its screen; the visit form offers that date', async () => {
  const admin = await suite.open(DESKTOP);
  const { page } = admin;
  await server.signIn(page, 'admin');
  await page.getByRole('menu').getByText('演示日期').click();
  await page.waitForURL(`${server.url}/admin/demo-clock`);
  const screen = page.getByTestId('demo-clock');
  await screen.getByTestId('demo-clock-today').getByText('2026-12-03').waitFor();
  expect(await screen.getByTestId('demo-clock-state').innerText()).toBe('已设定');

  const picker = screen.getByTestId('demo-clock-date');
  await picker.click();
  await picker.fill('2026-12-28');
  await page.keyboard.press('Enter');
  await screen.getByTestId('demo-clock-set').click();
  await page.getByText('演示日期已设为 2026-12-28').first().waitFor();
  await screen.getByTestId('demo-clock-today').getByText('2026-12-28').waitFor();
  expect(await page.getByTestId('demo-date').innerText()).toContain('演示日期已设为 2026-12-28');
  await screenshot(page, 'demo-clock-set-1366x768');

  // A township worker's visit form starts on the procedure's date and lets it be picked.
  const worker = await suite.open(DESKTOP);
  await server.signIn(worker.page, 'township.wencheng-daxie');
  const list = worker.page.getByTestId('warning-list');
  await list.getByTestId('visit-open').first().click();
  const visitDate = list.getByTestId('visit-form').getByTestId('visit-date');
  await expect.poll(() => visitDate.inputValue()).toBe('2026-12-28');
  await screenshot(worker.page, 'demo-clock-visit-form-1366x768');

  // Back to the system's date.
  await screen.getByTestId('demo-clock-reset').click();
  await screen.getByTestId('demo-clock-state').getByText('系统日期').waitFor();
  expect(await page.getByTestId('demo-date').count()).toBe(0);
});
