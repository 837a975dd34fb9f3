import { expect, test } from 'vitest';
import { PHONE, horizontalOverflow, screenshot } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';

const suite = browserSuite();

test('the public page opens without signing in', async () => {
  const { page } = await suite.open();
  await page.goto(suite.url('/public'));
  await page.getByTestId('published-lists').waitFor();

  expect(new URL(page.url()).pathname).toBe('/public');
  expect(await page.getByRole('heading', { level: 3 }).innerText()).toBe('公示公告');
  expect(await page.getByTestId('objection-form').innerText()).toContain('提出异议');
  await page.getByRole('button', { name: '登录' }).waitFor();
  await screenshot(page, 'public-1366x768');
});

test('the objection form checks the credit code and is usable by keyboard', async () => {
  const { page } = await suite.open();
  await page.goto(suite.url('/public'));
  const uscc = page.getByLabel('所涉企业统一社会信用代码');
  await uscc.fill('91330302MAR6FJP20X'); // wrong check character
  await page.getByLabel('所涉企业名称').fill('温州瓯江智造科技有限公司（演示）');
  await page.getByLabel('异议理由').fill('研发投入数据与年报不一致。');
  await page.getByLabel('所涉企业名称').press('Enter'); // Enter in a field submits the form
  await page.getByText('校验码').first().waitFor();

  await uscc.fill('91330302mar6fjp20q'); // lower case is normalised
  await uscc.press('Enter');
  await page.getByText('异议提交将在公示期内开放').waitFor();
  expect(await uscc.inputValue()).toBe('91330302MAR6FJP20Q');
});

test('the public page fits a 390 px phone', async () => {
  const { page } = await suite.open(PHONE);
  await page.goto(suite.url('/public'));
  await page.getByTestId('objection-form').waitFor();
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshot(page, 'public-390x844');
});
