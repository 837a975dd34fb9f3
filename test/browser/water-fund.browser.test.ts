// The water-source fund's year (温政办函〔2023〕28号) in the browser, on the demo server: the office
// whose figures are missing enters them, natural resources computes and approves the allocation,
// every office sees where the money goes, finance records a transfer as paid, and a receiver
// reports its uses (a forbidden one is refused) and its self-evaluation.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, forgiveRefusal, horizontalOverflow, screenshot } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';

const suite = browserSuite();

const ACCOUNTS = {
  finance: 'water.finance',
  natural_resources: 'water.natural-resources',
  ecology_environment: 'water.ecology',
  water_resources: 'water.water-resources',
  public_security: 'water.public-security',
  development_reform: 'water.development-reform',
} as const;
type WaterOffice = keyof typeof ACCOUNTS;

interface YearDetail {
  year: number;
  state: string;
  figures: { county: string; field: string; value: string | null; office: WaterOffice }[];
  fields: { field: string; max?: string; whole?: boolean }[];
}

/** Signs in with one demo account by its one-click button and waits for its home page. */
async function signIn(page: Page, loginName: string, home: string): Promise<void> {
  await page.goto(suite.url('/login'));
  await page.getByTestId(`demo-sign-in-${loginName}`).click();
  await page.waitForURL(suite.url(home));
  await page.getByTestId('welcome-bar').waitFor();
}

/** The API as the signed-in browser sees it. */
async function getJson<T>(page: Page, path: string): Promise<T> {
  return (await page.evaluate(async (url) => (await fetch(url)).json(), path)) as T;
}

/** A value that passes W5/W7's checks for a field. */
function validValue(field: YearDetail['fields'][number], i: number): string {
  if (field.max === '1') return `0.${85 + i}`;
  if (field.max !== undefined) return String(Number(field.max) - 1 - i);
  return field.whole ? String(50_000 + 1_000 * i) : `${20 + i}.5`;
}

test('the yearly cycle: missing figures, allocation, chart, ledger, uses, self-evaluation', async () => {
  // Which office has not reported yet (the demo year leaves one office's figures empty).
  const reader = await suite.open(DESKTOP);
  await signIn(reader.page, ACCOUNTS.natural_resources, '/water');
  const years = await getJson<{ year: number }[]>(reader.page, '/api/water/years');
  const year = Math.max(...years.map((y) => y.year));
  const detail = await getJson<YearDetail>(reader.page, `/api/water/years/${year}`);
  const missing = detail.figures.filter((f) => f.value === null);
  expect(missing.length).toBeGreaterThan(0);
  const office = missing[0]!.office;

  // 1. The missing office: a wrong file is refused by row and column, then the grid is filled.
  const owner = await suite.open(DESKTOP);
  const { page } = owner;
  await signIn(page, ACCOUNTS[office], '/water');
  expect(await page.getByRole('menu').innerText()).toContain('数据报送');
  expect(await page.getByRole('menu').innerText()).not.toContain('资金台账');
  await page.getByRole('menu').getByText('数据报送').click();
  await page.getByTestId('figures-grid').waitFor();
  await page
    .getByTestId('figures-due')
    .getByText(`${year + 1}-03-31`)
    .waitFor();
  await screenshot(page, 'water-figures-missing-1366x768');

  await page.getByRole('tab', { name: '从 Excel / CSV 导入' }).click();
  const [template] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('figures-template').click(),
  ]);
  expect(template.suggestedFilename()).toMatch(/\.xlsx$/);
  const ownFields = [...new Set(missing.filter((f) => f.office === office).map((f) => f.field))];
  const csv = `县（市、区）,${ownFields.join(',')}\n文成县,${ownFields.map(() => '-3').join(',')}\n`;
  await page
    .getByTestId('figures-import')
    .locator('input[type=file]')
    .setInputFiles({
      name: 'figures.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
  const problems = page.getByTestId('import-problems');
  await problems.waitFor();
  expect(await problems.innerText()).toContain('2');
  await forgiveRefusal(owner, '/figures/import', 400);
  await screenshot(page, 'water-figures-import-problems-1366x768');

  await page.getByRole('tab', { name: '逐项填报' }).click();
  const grid = page.getByTestId('figures-grid');
  const first = missing.find((f) => f.office === office)!;
  const firstInput = grid.getByTestId(`figure-${first.county}-${first.field}`);
  await firstInput.fill('-1');
  await grid.getByTestId('figure-error').first().waitFor();
  expect(await page.getByTestId('save-figures').isDisabled()).toBe(true);
  await screenshot(page, 'water-figures-invalid-1366x768');
  let i = 0;
  for (const cell of missing.filter((f) => f.office === office)) {
    const field = detail.fields.find((f) => f.field === cell.field)!;
    await grid.getByTestId(`figure-${cell.county}-${cell.field}`).fill(validValue(field, i % 3));
    i += 1;
  }
  expect(await grid.getByTestId('figure-error').count()).toBe(0);
  await page.getByTestId('save-figures').click();
  await page.getByTestId('figures-missing').getByText('本部门数据已全部报送').waitFor();
  await screenshot(page, 'water-figures-complete-1366x768');

  // 2. Natural resources computes, explains and approves.
  const nr = reader.page;
  await nr.goto(suite.url('/water/allocation'));
  await nr.getByTestId('start-run').click();
  await nr.getByTestId('run-view').waitFor();
  const table = nr.getByTestId('allocation-table');
  await table.waitFor();
  expect(await table.getByTestId('total-base').getAttribute('data-value')).toBe('140000000.00');
  expect(await table.getByTestId('total-reward').getAttribute('data-value')).toBe('30000000.00');
  expect(await table.getByTestId('total-total').getAttribute('data-value')).toBe('170000000.00');
  expect(await table.innerText()).toContain('140,000,000.00 元');
  expect(await table.innerText()).toContain('17,000 万元');
  await screenshot(nr, 'water-allocation-computed-1366x768');
  const [workbook] = await Promise.all([
    nr.waitForEvent('download'),
    nr.getByTestId('export-allocation').click(),
  ]);
  expect(workbook.suggestedFilename()).toMatch(/\.xlsx$/);

  await table.getByTestId('explain-文成县').click();
  const drawer = nr.getByTestId('allocation-explanation');
  await drawer.getByTestId('factor-table').waitFor();
  const rules = (await drawer.getByTestId('step-rule').allInnerTexts()).join(' ');
  expect(rules).toMatch(/W5/);
  expect(rules).toMatch(/W6/);
  await screenshot(nr, 'water-allocation-explanation-1366x768');
  await nr.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });

  await nr.getByTestId('approve-run').click();
  await nr.getByTestId('approve-note').fill('经市财政局会商同意（演示）');
  await nr.getByTestId('approve-confirm').click();
  await nr.getByTestId('approval-meta').waitFor();
  expect(await nr.getByTestId('run-state').innerText()).toBe('已审定');
  await nr.getByTestId('allocation-notice').waitFor();
  await screenshot(nr, 'water-allocation-approved-1366x768');

  // 3. Every office sees where the money comes from and goes.
  await page.getByRole('menu').getByText('资金流向').click();
  await page.getByTestId('flow-chart').locator('canvas').first().waitFor();
  await screenshot(page, 'water-flows-1366x768');

  // 4. Finance: the ledger, and a transfer marked paid.
  const finance = await suite.open(DESKTOP);
  const fp = finance.page;
  await signIn(fp, ACCOUNTS.finance, '/water');
  await fp.getByRole('menu').getByText('资金台账').click();
  await fp.getByTestId('ledger-totals').waitFor();
  // Money in and money out are kept apart: 170,000,000.00 each way on a 170,000,000 fund.
  const incomingTotals = await fp.getByTestId('ledger-totals-incoming').innerText();
  expect(incomingTotals).toContain('应收合计');
  expect(incomingTotals).toContain('170,000,000.00 元');
  const outgoingTotals = await fp.getByTestId('ledger-totals-outgoing').innerText();
  expect(outgoingTotals).toContain('应拨付合计');
  expect(outgoingTotals).toContain('170,000,000.00 元');
  expect(await fp.getByTestId('ledger-totals').innerText()).not.toContain('340,000,000');
  expect(await fp.getByTestId('ledger-balance').innerText()).toContain('资金结余');
  await screenshot(fp, 'water-ledger-1366x768');
  await fp.getByRole('tab', { name: /资金拨付/ }).click();
  await fp.getByTestId('mark-paid-transfer-文成县').click();
  // A transfer is worded as one, and a payment cannot be dated after today.
  const paidDialog = fp.getByRole('dialog');
  await paidDialog.getByText('登记拨付：文成县').waitFor();
  await paidDialog.getByText('支付日期').waitFor();
  const chinaDate = (at: number) =>
    new Date(at).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  await fp.getByTestId('paid-on').fill(chinaDate(Date.now() + 86_400_000));
  await fp.getByTestId('paid-reference').fill(`温财拨〔${year + 1}〕12号`);
  await fp.getByTestId('paid-confirm').click();
  await paidDialog.getByText('不能晚于今天').first().waitFor();
  await forgiveRefusal(finance, '/paid', 400);
  await fp.getByTestId('paid-on').fill(chinaDate(Date.now()));
  await fp.getByTestId('paid-confirm').click();
  await fp.getByText(`温财拨〔${year + 1}〕12号`).waitFor();
  expect(await fp.getByTestId('mark-paid-transfer-文成县').count()).toBe(0);
  await screenshot(fp, 'water-ledger-paid-1366x768');

  // 5. A receiver: a use, a forbidden use refused, the self-evaluation.
  const county = await suite.open(DESKTOP);
  const cp = county.page;
  await signIn(cp, 'water.wencheng', '/water-county');
  await cp.getByRole('menu').getByText('本地分配').click();
  await cp.getByTestId('my-allocation').waitFor();
  await cp.getByTestId('factor-table').waitFor();
  await screenshot(cp, 'water-county-allocation-1366x768');

  await cp.getByRole('menu').getByText('资金使用').click();
  const form = cp.getByTestId('use-form');
  await form.waitFor();
  // By keyboard: type to filter the categories, then take the first match.
  const chooseCategory = async (label: string) => {
    await form.getByTestId('use-category').click();
    await cp.keyboard.type(label);
    await cp.locator('.ant-select-item-option', { hasText: label }).first().waitFor();
    await cp.keyboard.press('Enter');
  };
  await chooseCategory('垃圾收集处置');
  await form.getByTestId('use-amount').fill('1200000.00');
  await form.getByTestId('use-description').fill('集雨区农村生活垃圾收集清运');
  await form.getByTestId('use-submit').click();
  await cp.getByTestId('uses-table').getByText('集雨区农村生活垃圾收集清运').waitFor();
  expect(await cp.getByTestId('uses-total').innerText()).toContain('1,200,000.00 元');

  await chooseCategory('各类个人津补贴');
  await form.getByTestId('use-amount').fill('50000.00');
  await form.getByTestId('use-description').fill('工作人员补贴');
  await form.getByTestId('use-submit').click();
  // The server's refusal, under the category it names (28号 第十三条).
  await form.locator('.ant-form-item-explain-error', { hasText: '第十三条' }).waitFor();
  await forgiveRefusal(county, '/uses', 400);
  expect(await cp.getByTestId('uses-table').getByText('工作人员补贴').count()).toBe(0);
  await screenshot(cp, 'water-county-uses-refused-1366x768');

  await cp.getByRole('menu').getByText('绩效自评').click();
  await cp
    .getByTestId('self-evaluation-due')
    .getByText(`${year + 1}-03-31`)
    .waitFor();
  await cp.getByTestId('self-evaluation-score').fill('92.5');
  await cp
    .getByTestId('self-evaluation-summary')
    .fill('年度绩效目标全部完成，资金按第十二条用途使用。');
  await cp.getByTestId('self-evaluation-submit').click();
  await cp.getByTestId('self-evaluation-submitted').waitFor();
  await screenshot(cp, 'water-county-self-evaluation-1366x768');

  // Finance receives it.
  await fp.getByRole('menu').getByText('绩效自评汇总').click();
  await fp.getByTestId('self-evaluations-table').getByText('92.5').waitFor();
  await screenshot(fp, 'water-self-evaluations-1366x768');
}, 300_000);

const PAGES: { login: string; home: string; paths: string[] }[] = [
  {
    login: ACCOUNTS.finance,
    home: '/water',
    paths: ['', '/years', '/figures', '/allocation', '/ledger', '/self-evaluations', '/flows'],
  },
  { login: ACCOUNTS.natural_resources, home: '/water', paths: ['/allocation', '/flows'] },
  { login: ACCOUNTS.ecology_environment, home: '/water', paths: ['', '/figures'] },
  {
    login: 'water.wencheng',
    home: '/water-county',
    paths: ['', '/contribution', '/allocation', '/uses', '/self-evaluation', '/flows'],
  },
  { login: 'water.lucheng', home: '/water-county', paths: ['/contribution', '/allocation'] },
];

test('1366×768: every water page fits without sideways scrolling', async () => {
  for (const { login, home, paths } of PAGES) {
    const { page } = await suite.open(DESKTOP);
    await signIn(page, login, home);
    for (const path of paths) {
      await page.goto(suite.url(`${home}${path}`));
      await page.getByTestId('welcome-bar').or(page.locator('.ant-card-head')).first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await horizontalOverflow(page), `${login} ${home}${path}`).toBe(0);
      if (path === '') await screenshot(page, `water-home-${login}-1366x768`);
    }
  }
}, 300_000);

test('1366×768 in English: the longer texts of the allocation and the uses still fit', async () => {
  for (const [login, home, path, testId] of [
    [ACCOUNTS.natural_resources, '/water', '/allocation', 'allocation-table'],
    ['water.wencheng', '/water-county', '/uses', 'uses-table'],
  ] as const) {
    const { page } = await suite.open(DESKTOP);
    await page.goto(suite.url('/login'));
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByText('Demo accounts', { exact: true }).waitFor();
    await page.getByTestId(`demo-sign-in-${login}`).click();
    await page.waitForURL(suite.url(home));
    await page.goto(suite.url(`${home}${path}`));
    await page.getByTestId(testId).waitFor();
    expect(await horizontalOverflow(page), `${login} ${path}`).toBe(0);
    await screenshot(page, `water${path.replace('/', '-')}-en-1366x768`);
  }
}, 120_000);
