// The county pre-review and department screens in English: every text translated (no bare
// message key, no Chinese outside the enterprises' own data), nothing pushed off the screen.
//
// A demo server of this file's own, with a batch walked into re-review through the API: the
// county office has applications to decide and the departments items to verify.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESKTOP, horizontalOverflow, screenshot } from './support/browser.ts';
import { startOwnDemoServer, type OwnDemoServer } from './support/own-demo-server.ts';
import { browserSuite } from './support/suite.ts';
import { countyLogin, ENTERPRISES, walkBatch } from './support/walk-batch.ts';

const suite = browserSuite();
let server: OwnDemoServer;

beforeAll(async () => {
  server = await startOwnDemoServer('2026-03-02');
  // Two batches: one in county pre-review, one in re-review.
  await walkBatch(server, 'review', 'English A');
  await walkBatch(server, 're_review', 'English B');
}, 240_000);

afterAll(async () => {
  await server?.close();
});

/** Message keys shown as they are (`review.county.title`): a text missing in English. */
const BARE_KEY = /\b(?:review|apply|rating|nav|errors|common)\.[a-z][\w.]*[A-Za-z]\b/;

/** The page's text without what the enterprises, batches and accounts are called (data). */
async function interfaceText(page: Page): Promise<string> {
  const data = [
    ...ENTERPRISES.flatMap((e) => [e.name!, e.county!]),
    ...server.accounts.map((a) => a.displayName),
  ];
  let text = await page
    .locator('main, .ant-drawer, .ant-modal')
    .allInnerTexts()
    .then((t) => t.join('\n'));
  for (const words of data) text = text.split(words).join('');
  return text;
}

async function checkEnglish(page: Page, where: string): Promise<void> {
  const text = await interfaceText(page);
  expect(text, where).not.toMatch(BARE_KEY);
  expect(await horizontalOverflow(page), where).toBe(0);
}

test('county pre-review in English', async () => {
  const { page } = await suite.open(DESKTOP);
  const county = countyLogin(server, ENTERPRISES[0]!.county!);
  await server.signIn(page, county);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('menu').getByText('Pre-review').click();
  const queue = page.getByTestId('journey-reviewQueue');
  await queue.locator('tr.ant-table-row').first().waitFor();
  await checkEnglish(page, 'county queue');
  await screenshot(page, 'english-county-queue-1366x768');
  await queue.locator('tr.ant-table-row').first().getByRole('button').first().click();
  const drawer = page.locator('.ant-drawer');
  await drawer.getByTestId('materials').waitFor();
  expect(await drawer.locator('.ant-drawer-title').innerText()).toMatch(/^Application: \S/);
  await checkEnglish(page, 'county drawer');
  await screenshot(page, 'english-county-drawer-1366x768');
  await drawer.locator('.ant-drawer-close').click();
  expect(await queue.locator('.ant-select').first().innerText()).toMatch(
    /English A\S* \(in county pre-review\)/,
  );

  await page.getByRole('menu').getByText('Report pass list').click();
  await page.getByTestId('county-pass-list').waitFor();
  await checkEnglish(page, 'county pass list');
  await screenshot(page, 'english-county-pass-list-1366x768');
});

test('department verification in English', async () => {
  const { page } = await suite.open(DESKTOP);
  await server.signIn(page, 'dept.tax');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('menu').getByText('Verification').click();
  const card = page.getByTestId('journey-verificationItems');
  await card.locator('tr.ant-table-row').first().waitFor();
  await checkEnglish(page, 'department items');
  await screenshot(page, 'english-department-items-1366x768');

  await page.getByRole('menu').getByText('Verify from a spreadsheet').click();
  await page.getByTestId('excel-verify').waitFor();
  await checkEnglish(page, 'department spreadsheet');
  await screenshot(page, 'english-department-sheet-1366x768');
});
