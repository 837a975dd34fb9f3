// The relief pilot's warning-and-visit journey (温政办〔2023〕90号 M6, MD3) in a real browser, on a
// demo server of this file's own (the journey changes figures, records visits and pays). The
// tests run in order and build on each other:
// 1. the medical insurance bureau sees the targets and the warnings, opens a family of 文成县大峃镇
//    in full (ID number unmasked: its duty needs it) and records its costs: it is warned;
// 2. it imports a new family there (a refused file first, by row and column); civil affairs puts it
//    in the second category (M1), monitoring drops; the bureau records its costs, monitoring moves
//    back, and computes the year's relief again;
// 3. the township worker of 文成县大峃镇 sees only its township's warnings, ID numbers masked, no
//    cost figure, records a visit, and the dashboard counts it; the same page at phone width;
// 4. the charity federation approves the run with a note and pays, or is refused beyond a balance.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { residentIdCheckCharacter } from '../../src/engine/privacy/resident-id.ts';
import { DESKTOP, forgiveRefusal, horizontalOverflow, screenshot } from './support/browser.ts';
import { choose } from './support/form-fields.ts';
import { startOwnDemoServer, type OwnDemoServer } from './support/own-demo-server.ts';
import { browserSuite } from './support/suite.ts';

const suite = browserSuite();
let server: OwnDemoServer;

const MEDICAL = 'relief.medical-insurance';
const CIVIL = 'relief.civil-affairs';
const CHARITY = 'relief.charity';
const DAXIE = 'township.wencheng-daxie';
const PHONE_375 = { width: 375, height: 812 } as const;

/** A full 18-character resident ID number anywhere in a text (never on the township's pages). */
const FULL_ID = /\d{17}[\dXx]/;
const MASKED_ID = /^\d{4}\*{10}[\dX]{4}$/;

const TODAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
}).format(new Date());
const YEAR = Number(TODAY.slice(0, 4));

interface WarningRow {
  id: string;
  familyId: string;
  familyCode: string;
  county: string;
  township: string;
  level: string;
  visit: { result: string } | null;
}
interface DashboardRow {
  county: string;
  monitored: number;
  monitoring: { value: string | null };
  visits: { done: number; open: number };
}
interface RunSummary {
  id: string;
  state: 'computed' | 'approved';
}
interface FamilyItem {
  id: string;
  familyCode: string;
  township: string;
  warning: string | null;
}

/** The family of the seed in 文成县大峃镇 whose costs the bureau records (found in test 1). */
let seeded: FamilyItem;

beforeAll(async () => {
  server = await startOwnDemoServer(TODAY);
}, 180_000);

afterAll(async () => {
  await server?.close();
});

const dashboard = () =>
  server.call<{ counties: DashboardRow[]; total: DashboardRow }>(
    MEDICAL,
    'GET',
    `/api/relief/years/${YEAR}/dashboard`,
  );

const NEW_FAMILY = 'WEB0001';

/** A synthetic ID number (division 330399, assigned to no county) with its check character. */
function idNumber(serial: number): string {
  const first17 = `33039919850101${String(serial).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

function member(head: boolean, id: string, insured: boolean): string {
  return [
    NEW_FAMILY,
    '文成县',
    '大峃镇',
    head ? '是' : '否',
    head ? '周某某' : '周某',
    id,
    head ? '户主' : '配偶',
    insured ? '是' : '否',
    insured ? 'resident' : '',
  ].join(',');
}

function familyCsv(rows: string[]): string {
  return (
    [
      'family_code,county,township,head,name,id_number,relation,insured,insurance_kind',
      ...rows,
    ].join('\n') + '\n'
  );
}

async function openFamily(page: Page, code: string, button: string): Promise<void> {
  const table = page.getByTestId('family-table');
  await table.locator('tr.ant-table-row').first().waitFor();
  await page.getByLabel('乡镇（街道）').fill('大峃镇');
  await page.getByLabel('乡镇（街道）').press('Enter');
  const row = table.locator('tr.ant-table-row', { hasText: code });
  await row.waitFor();
  await row.getByRole('button', { name: button }).click();
  await page.getByTestId('family-drawer').getByTestId('member-table').waitFor();
}

/** Fills the cost form's five figures. */
async function fillCosts(page: Page, figures: Record<string, string>): Promise<void> {
  const form = page.getByTestId('family-drawer').getByTestId('cost-form');
  for (const [field, value] of Object.entries(figures)) {
    await form.locator(`input[data-field="${field}"]`).fill(value);
  }
}

async function signIn(page: Page, who: string): Promise<void> {
  await page.context().clearCookies();
  await server.signIn(page, who);
}

test('medical insurance: the targets, the warnings, a family in full and its costs', async () => {
  const warnings = await server.call<WarningRow[]>(
    MEDICAL,
    'GET',
    `/api/relief/years/${YEAR}/warnings`,
  );
  expect(warnings.length).toBeGreaterThan(0);
  const daxie = await server.call<{ items: FamilyItem[] }>(
    MEDICAL,
    'GET',
    `/api/relief/families?year=${YEAR}&county=${encodeURIComponent('文成县')}&township=${encodeURIComponent('大峃镇')}`,
  );
  expect(daxie.items.length, 'the demo seeds a family in 文成县大峃镇').toBeGreaterThan(0);
  seeded = daxie.items[0]!;

  const browser = await suite.open(DESKTOP);
  const { page } = browser;
  await signIn(page, MEDICAL);
  const board = page.getByTestId('relief-dashboard');
  await board.getByTestId('dashboard-table').locator('tr.ant-table-row').first().waitFor();
  expect(await board.getByTestId('dashboard-total').innerText()).toMatch(/参保率[\s\S]*监测率/);
  await board.getByTestId('targets-charts').locator('canvas').first().waitFor();
  expect(await board.getByTestId('targets-charts').locator('canvas').count()).toBe(2);
  await screenshot(page, 'relief-dashboard-1366x768');

  await page.getByRole('menu').getByText('预警监测').click();
  const table = page.getByTestId('warning-table');
  await table.locator('tr.ant-table-row').first().waitFor();
  expect(await table.locator('tr.ant-table-row').count()).toBe(Math.min(warnings.length, 50));
  expect(await table.getByTestId('level-tag').first().innerText()).toMatch(/应救助|未参保|关注/);
  await screenshot(page, 'relief-warnings-1366x768');

  // The bureau may see ID numbers and costs: the head in full, the costs by layer.
  await page.getByRole('menu').getByText('家庭名册').click();
  await openFamily(page, seeded.familyCode, '详情');
  const drawer = page.getByTestId('family-drawer');
  expect(await drawer.getByTestId('synthetic-tag').count()).toBe(1);
  expect(await drawer.getByTestId('head-id').innerText()).toMatch(/^\d{17}[\dX]$/);
  await drawer.getByTestId('cost-table').waitFor();

  // The out-of-pocket cost is computed as the figures are typed, exactly to the fen.
  await fillCosts(page, {
    totalCost: '300000.01',
    basicInsurance: '120000',
    criticalIllness: '30000',
    medicalAssistance: '10000',
    huiminbao: '9999.99',
  });
  const form = drawer.getByTestId('cost-form');
  await form.getByTestId('out-of-pocket').filter({ hasText: '130,000.02 元' }).waitFor();
  await screenshot(page, 'relief-family-detail-1366x768');
  await form.getByRole('button', { name: '保存费用' }).click();
  await page.getByText(`${YEAR} 年度费用已保存`).waitFor();
  // Above 120,000 out of pocket: relief due (MD3).
  await drawer.locator('[data-testid="level-tag"][data-level="relief_due"]').waitFor();
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });

  // 大峃镇's register (the search above) filtered to the families due relief this year.
  const due = await server.call<{ total: number }>(
    MEDICAL,
    'GET',
    `/api/relief/families?year=${YEAR}&township=${encodeURIComponent('大峃镇')}&warning=relief_due&pageSize=1`,
  );
  const dueCount = due.total;
  expect(dueCount).toBeGreaterThan(0);
  await page.getByTestId('filter-warning').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '应救助' }).click();
  const register = page.getByTestId('family-table');
  const levels = () =>
    register
      .getByTestId('level-tag')
      .evaluateAll((all) => all.map((tag) => tag.getAttribute('data-level')));
  await expect
    .poll(levels)
    .toEqual(Array.from({ length: Math.min(dueCount, 20) }, () => 'relief_due'));
  await page.getByTestId('filter-warning').locator('.ant-select-clear').click();

  // A family by hand: the server's refusal of an ID number appears under that field, masked.
  await page.getByTestId('new-family').click();
  const dialog = page.getByRole('dialog');
  const form2 = dialog.getByTestId('new-family-form');
  await form2.getByLabel('家庭编号').fill('WEB0002');
  await form2.getByLabel('县（市、区）').click();
  await page.keyboard.type('洞头区');
  await page.locator('.ant-select-item-option').filter({ hasText: '洞头区' }).first().click();
  await form2.getByLabel('乡镇（街道）').fill('北岙街道');
  await form2.getByLabel('姓名').fill('吴某某');
  const valid = idNumber(9);
  const wrong = valid.slice(0, 17) + (valid.endsWith('0') ? '1' : '0');
  await form2.getByLabel('身份证号码').fill(wrong);
  await form2.getByLabel('与户主关系').fill('户主');
  await dialog.getByRole('button', { name: '保存家庭' }).click();
  const idError = form2.locator('.ant-form-item-explain-error', { hasText: '3303' });
  await idError.waitFor();
  expect(await idError.innerText()).not.toMatch(FULL_ID);
  await screenshot(page, 'relief-new-family-refused-1366x768');
  await forgiveRefusal(browser, '/api/relief/families', 400);
  await form2.getByLabel('身份证号码').fill(valid);
  await dialog.getByRole('button', { name: '保存家庭' }).click();
  await page.getByText('家庭 WEB0002 已登记').waitFor();
  await drawer.getByTestId('member-table').waitFor();
  expect(await drawer.getByTestId('head-id').innerText()).toBe(valid);
});

test('an imported family: refused by row and column, then category and costs move monitoring', async () => {
  const browser = await suite.open(DESKTOP);
  const { page } = browser;
  await signIn(page, MEDICAL);
  await page.getByRole('menu').getByText('表格导入').click();
  const families = page.getByTestId('import-families');

  // An impossible birth date in an ID number: refused, by row and column, nothing written.
  await families.locator('input[type="file"]').setInputFiles({
    name: '新增家庭-有误.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      familyCsv([member(true, '330399198013321230', true), member(false, idNumber(2), false)]),
    ),
  });
  const problems = families.getByTestId('import-problems');
  await problems.waitFor();
  // The first member is the file's second line: row and column are named as the sheet reads.
  const cells = await problems
    .locator('tbody tr.ant-table-row')
    .first()
    .locator('td')
    .allInnerTexts();
  expect(cells.slice(0, 2)).toEqual(['2', '身份证号码']);
  expect(cells[2]).not.toContain('第 2 行');
  expect(await problems.innerText()).not.toContain('id_number');
  expect(await problems.innerText()).not.toMatch(FULL_ID);
  await screenshot(page, 'relief-import-refused-1366x768');
  await forgiveRefusal(browser, '/api/relief/families/import', 400);

  // The bureau downloads the template and fills it in under its Chinese headers, with the
  // family's village, address and phone for the township worker who will visit it.
  const [template] = await Promise.all([
    page.waitForEvent('download'),
    families.getByTestId('template-families-csv').click(),
  ]);
  const headers = readFileSync((await template.path())!, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)[0]!
    .split(',');
  expect(headers).toEqual(expect.arrayContaining(['家庭编号', '身份证号码', '村（社区）']));
  const inTemplate = (cells: Record<string, string>) =>
    headers.map((h) => cells[h] ?? '').join(',');
  const contact = {
    '村（社区）': '岙底村',
    家庭住址: '文成县大峃镇岙底村 12 号',
    联系电话: '13857712345',
  };
  const person = (head: boolean, id: string, insured: boolean) =>
    inTemplate({
      家庭编号: NEW_FAMILY,
      '县（市、区）': '文成县',
      '乡镇（街道）': '大峃镇',
      ...(head ? contact : {}),
      是否户主: head ? '是' : '否',
      姓名: head ? '周某某' : '周某',
      身份证号码: id,
      与户主关系: head ? '户主' : '配偶',
      是否参保: insured ? '是' : '否',
      参保类型: insured ? '城乡居民医保' : '',
    });

  // Corrected: one family of two, its second member not enrolled.
  await families.locator('input[type="file"]').setInputFiles({
    name: '新增家庭.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      [headers.join(','), person(true, idNumber(1), true), person(false, idNumber(2), false)].join(
        '\n',
      ) + '\n',
    ),
  });
  await families.getByTestId('import-done').waitFor();
  expect(await families.getByTestId('import-done').innerText()).toContain('1 户');
  await screenshot(page, 'relief-import-done-1366x768');

  // A year's costs for a family not on record: refused, naming the row and the column.
  const costs = page.getByTestId('import-costs');
  await costs.locator('input[type="file"]').setInputFiles({
    name: '年度费用-有误.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'family_code,total_cost,basic_insurance,critical_illness,medical_assistance,huiminbao\n' +
        'NOPE0001,30000.00,18000.00,0.00,0.00,0.00\n',
    ),
  });
  const costProblems = costs.getByTestId('import-problems');
  await costProblems.waitFor();
  expect(await costProblems.innerText()).toContain('家庭编号');
  await forgiveRefusal(browser, `/api/relief/years/${YEAR}/costs/import`, 400);

  // Civil affairs puts it in the second category (M1): now counted, without costs this year, so
  // monitoring drops; civil affairs sees no cost figure.
  const before = await dashboard();
  await signIn(page, CIVIL);
  await page.getByRole('menu').getByText('家庭名册').click();
  // Civil affairs lists the families waiting for its decision: the new one is among them.
  await choose(page, 'filter-category', '未认定');
  await page
    .getByTestId('family-table')
    .locator('tr.ant-table-row', { hasText: NEW_FAMILY })
    .waitFor();
  for (const text of await page
    .getByTestId('family-table')
    .locator('tr.ant-table-row')
    .allInnerTexts()) {
    expect(text).toContain('未认定');
  }
  await openFamily(page, NEW_FAMILY, '认定类别');
  const drawer = page.getByTestId('family-drawer');
  const category = drawer.getByTestId('category-form');
  await category.getByText('第二类', { exact: true }).click();
  await category.getByLabel('认定依据').fill('经民政部门认定为相对低收入家庭第二类对象。');
  await screenshot(page, 'relief-civil-category-1366x768');
  await category.getByRole('button', { name: '保存认定' }).click();
  await page.getByText('家庭类别已更新').waitFor();
  expect(await drawer.getByTestId('cost-table').count()).toBe(0);
  const counted = await dashboard();
  const wencheng = (d: typeof before) => d.counties.find((c) => c.county === '文成县')!;
  expect(wencheng(counted).monitored).toBe(wencheng(before).monitored);
  expect(wencheng(counted).monitoring.value).not.toBe('100.00');

  // The bureau records the year's costs: monitoring is back at 100 % (M2, M6).
  await signIn(page, MEDICAL);
  await page.getByRole('menu').getByText('家庭名册').click();
  await openFamily(page, NEW_FAMILY, '详情');
  await fillCosts(page, { totalCost: '30000', basicInsurance: '18000' });
  const form = page.getByTestId('family-drawer').getByTestId('cost-form');
  await form.getByTestId('out-of-pocket').filter({ hasText: '12,000.00 元' }).waitFor();
  await form.getByRole('button', { name: '保存费用' }).click();
  await page.getByText(`${YEAR} 年度费用已保存`).waitFor();
  const after = await dashboard();
  expect(wencheng(after).monitored).toBe(wencheng(counted).monitored + 1);
  expect(wencheng(after).monitoring.value).toBe('100.00');
  await page.keyboard.press('Escape');
  await page.getByRole('menu').getByText('首页').click();
  const cell = page
    .getByTestId('dashboard-table')
    .locator('tr.ant-table-row', { hasText: '文成县' })
    .getByTestId('monitoring');
  await cell.waitFor();
  expect(await cell.innerText()).toContain('100.00 %');

  // A new run of the year takes the new costs; its results explain themselves (M3).
  await page.getByRole('menu').getByText('救助测算与发放').click();
  const runs = page.getByTestId('relief-runs');
  await runs.getByTestId('run-table').locator('tr.ant-table-row').first().waitFor();
  await runs.getByTestId('compute-run').click();
  await runs
    .getByTestId('run-table')
    .locator('tr.ant-table-row', { hasText: NEW_FAMILY })
    .waitFor();
  expect(await runs.getByTestId('county-totals').innerText()).toContain('合计');
  await screenshot(page, 'relief-run-computed-1366x768');
  const row = runs
    .getByTestId('run-table')
    .locator('tr.ant-table-row', { hasText: seeded.familyCode });
  expect(await row.innerText()).toContain('10,000.02 元');
  await row.getByRole('button', { name: '计算过程' }).click();
  const explanation = page.getByTestId('relief-explanation');
  await explanation.getByTestId('step-rule').first().waitFor();
  expect((await explanation.getByTestId('step-rule').allInnerTexts()).join(' ')).toMatch(/\bM3\b/);
  await screenshot(page, 'relief-explanation-1366x768');
  await page.keyboard.press('Escape');
  await explanation.waitFor({ state: 'hidden' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    runs.getByTestId('export-results').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
});

test('the township worker of 大峃镇 sees its own warnings masked, visits one, and it counts', async () => {
  const before = await dashboard();
  const all = await server.call<WarningRow[]>(MEDICAL, 'GET', `/api/relief/years/${YEAR}/warnings`);
  const own = all.filter((w) => w.county === '文成县' && w.township === '大峃镇');
  // The demo seeds warnings in 大峃镇 too; the two made by this journey are among them.
  expect(own.map((w) => w.familyCode)).toEqual(
    expect.arrayContaining([NEW_FAMILY, seeded.familyCode]),
  );
  const open = own.find((w) => w.familyCode === NEW_FAMILY)!;
  expect(open.level).toBe('uninsured');
  expect(all.length).toBeGreaterThan(own.length);

  const { page } = await suite.open(DESKTOP);
  await signIn(page, DAXIE);
  const list = page.getByTestId('warning-list');
  await list.getByTestId('warning-card').first().waitFor();
  expect(await list.getByTestId('warning-card').count()).toBe(own.length);
  const cards = await list.getByTestId('warning-card').allInnerTexts();
  expect(cards.every((text) => text.includes('文成县 大峃镇'))).toBe(true);
  expect(await list.getByTestId('level-tag').allInnerTexts()).toEqual(
    expect.arrayContaining(['应救助', '未参保']),
  );

  // Masked ID numbers only, and no cost or relief figure on the page.
  const ids = await list.getByTestId('head-id').allInnerTexts();
  expect(ids.length).toBe(own.length);
  for (const id of ids) expect(id).toMatch(MASKED_ID);
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(FULL_ID);
  expect(text).not.toContain('元');
  expect(text).not.toContain('130,000');
  await screenshot(page, 'relief-township-warnings-1366x768');

  const card = list.locator(`[data-testid="warning-card"][data-family="${NEW_FAMILY}"]`);
  // Where to find the family and how to call it, from the imported sheet.
  expect(await card.getByTestId('contact-village').innerText()).toBe('岙底村');
  expect(await card.getByTestId('contact-address').innerText()).toBe('文成县大峃镇岙底村 12 号');
  expect(await card.getByTestId('contact-phone').getAttribute('href')).toBe('tel:13857712345');
  await card.getByTestId('visit-open').click();
  const form = card.getByTestId('visit-form');
  await form.getByText('已落实帮扶').click();
  await form.getByTestId('visit-note').fill('已上门核实，协助配偶办理城乡居民医保参保。');
  await screenshot(page, 'relief-township-visit-form-1366x768');
  await form.getByTestId('visit-save').click();
  await card.getByTestId('visit-done').waitFor();
  expect(await card.getAttribute('data-visited')).toBe('yes');
  expect(await card.getByTestId('visit-result').innerText()).toBe('已落实帮扶');
  const stillOpen = own.filter((w) => !w.visit).length - 1;
  expect(await page.getByTestId('open-count').innerText()).toContain(`待走访 ${stillOpen} 户`);
  expect(await page.locator('body').innerText()).not.toMatch(FULL_ID);
  await screenshot(page, 'relief-township-visited-1366x768');

  // The dashboard counts the visit: done up by one, open down by one.
  const after = await dashboard();
  expect(after.total.visits.done).toBe(before.total.visits.done + 1);
  expect(after.total.visits.open).toBe(before.total.visits.open - 1);
  await signIn(page, MEDICAL);
  const total = page.getByTestId('relief-dashboard').getByTestId('total-visits');
  await total.waitFor();
  expect(await total.innerText()).toContain(`已走访 ${after.total.visits.done}`);
  await page.getByRole('menu').getByText('预警监测').click();
  const visited = page
    .getByTestId('warning-table')
    .locator('tr.ant-table-row', { hasText: NEW_FAMILY });
  await visited.getByTestId('visit-result').waitFor();
  expect(await visited.getByTestId('visit-result').innerText()).toBe('已落实帮扶');
});

test('the township page at phone width: the list fits, the visit form is usable', async () => {
  const { page } = await suite.open(PHONE_375);
  await signIn(page, DAXIE);
  const list = page.getByTestId('warning-list');
  await list.getByTestId('warning-card').first().waitFor();
  expect(await horizontalOverflow(page)).toBe(0);
  expect(await page.locator('body').innerText()).not.toMatch(FULL_ID);
  await screenshot(page, 'relief-township-warnings-375');
  const card = list.locator('[data-testid="warning-card"][data-visited="no"]').first();
  await card.getByTestId('visit-open').click();
  await card.getByTestId('visit-form').waitFor();
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshot(page, 'relief-township-visit-form-375');

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByText('Warned families of the township').waitFor();
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshot(page, 'relief-township-warnings-en-375');
});

test('the charity federation: receipts, approval with a note, and payment or its refusal', async () => {
  const browser = await suite.open(DESKTOP);
  const { page } = browser;
  await signIn(page, CHARITY);
  await page.getByRole('menu').getByText('资金台账').click();
  const fund = page.getByTestId('fund-table');
  await fund.getByTestId('fund-balance').first().waitFor();
  expect(await fund.locator('tr.ant-table-row').count()).toBe(6);
  await screenshot(page, 'relief-fund-1366x768');

  // The city's 20,000,000 is all received: one more yuan from the city is refused (M4) ...
  const receipt = async (source: string, amount: string) => {
    await page.getByTestId('record-receipt').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('县（市、区）').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '洞头区' }).click();
    await dialog.getByText(source, { exact: true }).click();
    await dialog.getByLabel('金额').fill(amount);
    await dialog.getByLabel('文号或凭证号').fill(`洞慈〔${YEAR}〕3号`);
    await dialog.getByRole('button', { name: '登记到账' }).click();
    return dialog;
  };
  const refused = await receipt('市级拨付', '1.00');
  // The server's message, under the field it names.
  const message = refused.locator('.ant-form-item-explain-error', { hasText: '20000000' });
  await message.waitFor();
  expect(await message.innerText()).toContain('M4');
  await screenshot(page, 'relief-fund-receipt-refused-1366x768');
  await forgiveRefusal(browser, `/api/relief/years/${YEAR}/fund/receipts`, 400);
  await page.keyboard.press('Escape');
  await refused.waitFor({ state: 'hidden' });

  // ... while 洞头区's match, below its city allocation, counts 1:1 and raises what it may spend.
  const row = fund.locator('tr.ant-table-row', { hasText: '洞头区' });
  const before = await row.innerText();
  expect(before).toContain('3,000,000.00 元');
  await receipt('地方配套', '500000');
  await page.getByText('到账已登记').waitFor();
  await row.filter({ hasText: '3,500,000.00 元' }).waitFor();

  const { runs } = await server.call<{ runs: RunSummary[] }>(
    CHARITY,
    'GET',
    `/api/relief/years/${YEAR}/runs`,
  );
  expect(runs.length, 'the seeded run and the one of test 2').toBeGreaterThan(1);
  expect(runs[0]!.state).toBe('computed');
  await page.getByRole('menu').getByText('救助测算与发放').click();
  const view = page.getByTestId('relief-runs');
  await view.getByTestId('run-table').locator('tr.ant-table-row').first().waitFor();
  expect(await view.getByTestId('county-totals').innerText()).toContain('合计');
  await view.getByTestId('approve-run').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('审核意见').fill('经审核，测算结果符合 90号 三（五）。');
  await dialog.getByRole('button', { name: '审核通过' }).click();
  await view.getByTestId('run-state').filter({ hasText: '已审核' }).waitFor();
  expect(await view.getByTestId('approval').innerText()).toContain('符合 90号');
  await screenshot(page, 'relief-run-approved-1366x768');

  // Pay every family: either all goes through, or a county's balance is short and it is refused
  // with the server's message naming the county.
  const payAll = view.getByTestId('pay-all');
  if (await payAll.isEnabled()) {
    await payAll.click();
    await page.getByRole('dialog').getByRole('button', { name: '全部发放' }).click();
    const refused = view.getByTestId('payment-refused');
    const paid = view.getByTestId('paid-tag').first();
    await Promise.race([refused.waitFor(), paid.waitFor()]);
    if (await refused.isVisible()) {
      expect(await refused.innerText()).toMatch(/余额|balance/);
      await screenshot(page, 'relief-payment-refused-1366x768');
      // One family at a time still goes through where its county has money.
      const one = view.getByTestId('pay-family').first();
      if ((await one.count()) > 0) await one.click();
    } else {
      await screenshot(page, 'relief-payment-done-1366x768');
    }
  }
});
