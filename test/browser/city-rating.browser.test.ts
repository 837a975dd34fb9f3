import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, screenshot } from './support/browser.ts';
import { signInAs } from './support/demo-sign-in.ts';
import { browserSuite } from './support/suite.ts';

const suite = browserSuite();

async function openRating(page: Page): Promise<void> {
  await signInAs(page, suite.url(''), 'city_bureau');
  await page.goto(suite.url('/city/rating'));
  await page.getByTestId('rating-table').waitFor();
}

test('the rating table of the demo run flags a boundary tie; the drawer explains a result', async () => {
  const { page } = await suite.open(DESKTOP);
  await openRating(page);
  const table = page.getByTestId('rating-table');
  expect(await table.getByRole('columnheader', { name: '营业收入得分' }).count()).toBe(1);
  await table.getByTestId('boundary-tie').first().waitFor();
  expect(await page.getByTestId('unscored-table').count()).toBe(1);
  await screenshot(page, 'city-rating-table-1366x768');

  await table.getByRole('button', { name: '计算过程' }).first().click();
  const drawer = page.getByTestId('explanation');
  await drawer.getByTestId('step-formula').first().waitFor();
  expect(await drawer.getByTestId('step-formula').first().innerText()).toMatch(/\d/);
  expect((await drawer.getByTestId('step-rule').allInnerTexts()).join(' ')).toMatch(/\bR4\b/);
  await screenshot(page, 'city-rating-explanation-1366x768');
  await page.keyboard.press('Escape');

  // The notice is the server's PDF, downloaded under its Chinese name.
  const [notice] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('notice-button').click(),
  ]);
  expect(notice.suggestedFilename()).toMatch(/结果公示（演示数据）\.pdf$/);
  const pdf = await readFile(await notice.path());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

test('Excel export, the charts, and the what-if panel moving a rank in the browser', async () => {
  const { page } = await suite.open(DESKTOP);
  await openRating(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-excel').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

  await page.getByRole('tab', { name: '统计图表' }).click();
  await page.getByTestId('rating-charts').locator('canvas').first().waitFor();
  expect(await page.getByTestId('rating-charts').locator('canvas').count()).toBe(3);
  await screenshot(page, 'city-rating-charts-1366x768');

  const last = await page.evaluate(async () => {
    const { batches } = (await (await fetch('/api/hq/batches')).json()) as {
      batches: { id: string; state: string }[];
    };
    const batch = batches.find((b) => b.state === 'publicity')!;
    const { runs } = (await (await fetch(`/api/hq/batches/${batch.id}/runs`)).json()) as {
      runs: { results: { name: string; rank: number }[] }[];
    };
    return runs.at(-1)!.results.at(-1)!;
  });
  expect(last.rank).toBeGreaterThan(1);
  await page.getByRole('tab', { name: '模拟测算' }).click();
  const panel = page.getByTestId('what-if');
  await panel.getByTestId('what-if-enterprise').click();
  await page.keyboard.type(last.name);
  await page.locator('.ant-select-item-option').filter({ hasText: last.name }).first().click();
  await panel.getByTestId('what-if-value').fill('99999');
  await panel.getByRole('button', { name: '加入测算' }).click();
  const row = panel.getByTestId('what-if-moves').locator('tr').filter({ hasText: last.name });
  await row.waitFor();
  expect(Number(await row.getByTestId('what-if-rank').innerText())).toBeLessThan(last.rank);
  await screenshot(page, 'city-rating-what-if-1366x768');
});

test('batch set-up shows the publicity end date on the statutory calendar, and its refusal', async () => {
  const { page } = await suite.open(DESKTOP);
  await signInAs(page, suite.url(''), 'city_bureau');
  await page.goto(suite.url('/city/batches'));
  const batches = page.getByTestId('journey-batches');
  await batches.getByText('公示中').waitFor();
  await screenshot(page, 'city-batches-1366x768');
  await batches.getByRole('button', { name: '新建批次' }).click();
  const form = page.getByTestId('batch-form');
  await form.getByTestId('decisions').waitFor();
  const start = form.getByTestId('publicity-start');
  await start.click();
  await start.fill('2025-09-26');
  await page.keyboard.press('Enter');
  await form.getByTestId('publicity-end').waitFor();
  expect(await form.getByTestId('publicity-end').innerText()).toContain('2025-10-11');
  await screenshot(page, 'city-batch-form-1366x768');

  await start.click();
  await start.fill('2099-09-25');
  await page.keyboard.press('Enter');
  await form.getByTestId('publicity-refused').waitFor();
  await page.locator('.ant-modal-close').click();
  await form.waitFor({ state: 'hidden' });

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await batches.getByText('New batch').waitFor();
  await screenshot(page, 'city-batches-en-1366x768');
});
