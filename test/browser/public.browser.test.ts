import { expect, test } from 'vitest';
import { DESKTOP, PHONE, horizontalOverflow, screenshot } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';

const suite = browserSuite();

test('1366×768: the published list with its dates and run version, without signing in', async () => {
  const { page } = await suite.open(DESKTOP);
  await page.goto(suite.url('/public'));
  const meta = page.getByTestId('list-meta');
  await meta.getByText('第 1 版').waitFor();
  expect(await page.getByRole('heading', { level: 3 }).innerText()).toBe('公示公告');
  expect(await meta.innerText()).toMatch(/\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}/);
  expect(await meta.innerText()).toContain('公示中');
  const rows = page.getByTestId('published-table').locator('tbody tr.ant-table-row');
  expect(await rows.count()).toBe(20);
  await page.getByRole('button', { name: '登录' }).waitFor();
  await screenshot(page, 'public-1366x768');

  const href = await page.getByTestId('public-notice-pdf').getAttribute('href');
  const pdf = await page.request.get(suite.url(href!));
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

test('390×844: an objection filed during publicity, with a receipt', async () => {
  const { page } = await suite.open(PHONE);
  await page.goto(suite.url('/public'));
  await page.getByTestId('list-meta').getByText('第 1 版').waitFor();
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshot(page, 'public-390x844');

  const form = page.getByTestId('objection-form');
  await form.getByRole('button', { name: '提交异议' }).click();
  await form.getByText('请选择所涉企业').waitFor();

  await form.getByLabel('所涉企业').fill('禾本');
  await page.locator('.ant-select-item-option').filter({ hasText: '浙江禾本科技' }).click();
  await form.getByLabel('异议事实和理由').fill('该企业研发费用数据与年报披露不一致，请予核实。');
  await form.getByLabel('联系电话（选填）').fill('0577-8888');
  await form.getByRole('button', { name: '提交异议' }).click();
  await form.getByText('固定电话').first().waitFor(); // the phone check, inline
  await form.getByLabel('联系电话（选填）').fill('0577-88889999');
  await form.getByRole('button', { name: '提交异议' }).click();

  const receipt = page.getByTestId('objection-receipt');
  await receipt.getByText('异议已提交').waitFor();
  expect(await receipt.innerText()).toContain('浙江禾本科技股份有限公司');
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshot(page, 'public-objection-filed-390x844');
});

test('390×844 in English: the published list and the objection form still fit', async () => {
  const { page } = await suite.open(PHONE);
  await page.goto(suite.url('/public'));
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByText('Published lists', { exact: true }).waitFor();
  await page.getByTestId('list-meta').getByText('version 1').waitFor();
  expect(await page.getByTestId('objection-form').innerText()).toContain('File an objection');
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshot(page, 'public-en-390x844');
});
