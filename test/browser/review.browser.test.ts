// The review area in a real browser: county pre-review, department verification (one by one,
// corrected with a note, and from a spreadsheet with a bad row), leading-group approval.
//
// The harness's shared server runs on the system clock, on which a batch opened today cannot be
// closed before tomorrow; so this file starts its own server (the same app, demo accounts, web
// build) on a fixed clock, and walks three batches there over HTTP first:
//   A in county pre-review, B in re-review, C submitted to the leading group.
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixedClock } from '../../src/auth/clock.ts';
import { demoBatch } from '../../src/methods/hq-star-rating/demo.ts';
import { createApp } from '../../src/server/app.ts';
import { ensureDemoAccounts } from '../../src/server/demo/setup.ts';
import { openDatabase, type DatabaseHandle } from '../../src/store/database.ts';
import { DEPARTMENTS } from '../../src/workflow/actor.ts';
import { DEMO_MATERIALS, demoForm, demoPdf } from '../../src/workflow/hq-rating/demo-forms.ts';
import { DESKTOP, screenshot } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';

const suite = browserSuite();
const clock = fixedClock(new Date('2025-11-03T02:00:00Z'));
let base = '';
let database: DatabaseHandle;
let server: ServerType;
let dataDir = '';
let passwords = new Map<string, string>();
let cookies = new Map<string, string>();
const batch = { A: '', B: '', C: '' };
const apps = { A: [] as string[], B: [] as string[], C: [] as string[] };
const ENTERPRISES = demoBatch({ count: 3 });

/** 10:00 in China on `date`; everyone signs in again. */
function day(date: string): void {
  clock.set(new Date(`${date}T02:00:00Z`));
  cookies = new Map();
}

async function cookieOf(who: string): Promise<string> {
  const known = cookies.get(who);
  if (known) return known;
  const response = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ loginName: who, password: passwords.get(who) }),
  });
  expect(response.status, `sign in ${who}`).toBe(200);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  cookies.set(who, cookie);
  return cookie;
}

/** A JSON call as `who` that must succeed; returns the parsed body. */
async function call<T = Record<string, unknown>>(
  who: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { origin: base, cookie: await cookieOf(who) };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  expect(response.ok, `${who} ${method} ${path}: ${text}`).toBe(true);
  return (text ? JSON.parse(text) : {}) as T;
}

const BUREAU = 'city.bureau';
const COUNTY = 'county.lucheng';
const TAX = 'dept.tax';
const GROUP = 'leading.group';

async function walk(): Promise<void> {
  day('2025-11-03');
  for (const [key, year] of [
    ['A', 2025],
    ['B', 2024],
    ['C', 2023],
  ] as const) {
    const made = await call<{ id: string }>(BUREAU, 'POST', '/api/hq/batches', {
      year,
      title: `${year}年度总部企业星级评定（界面测试${key}）`,
      announcementText: '界面测试公告（演示数据）',
      announcementOn: '2025-11-03',
      opensOn: '2025-11-03',
      closesOn: '2025-12-15',
      ratingDate: '2026-02-02',
      synthetic: true,
    });
    batch[key] = made.id;
    await call(BUREAU, 'POST', `/api/hq/batches/${made.id}/open`);
    for (const [i, row] of ENTERPRISES.entries()) {
      const who = `enterprise${i + 1}`;
      const created = await call<{ id: string }>(
        who,
        'POST',
        '/api/hq/applications',
        demoForm(made.id, row, i),
      );
      apps[key].push(created.id);
      const form = new FormData();
      for (const kind of DEMO_MATERIALS) {
        form.append('kind', kind);
        form.append('file', new File([demoPdf(kind)], `${kind}.pdf`, { type: 'application/pdf' }));
      }
      const upload = await fetch(`${base}/api/hq/applications/${created.id}/materials`, {
        method: 'POST',
        body: form,
        headers: { cookie: await cookieOf(who), origin: base },
      });
      expect(upload.status).toBe(201);
      await call(who, 'POST', `/api/hq/applications/${created.id}/submit`);
    }
  }
  day('2025-12-16');
  for (const key of ['A', 'B', 'C'] as const) {
    await call(BUREAU, 'POST', `/api/hq/batches/${batch[key]}/close`);
  }
  for (const key of ['B', 'C'] as const) {
    for (const id of apps[key]) {
      await call(COUNTY, 'POST', `/api/hq/applications/${id}/county-review`, { decision: 'pass' });
    }
    await call(COUNTY, 'POST', `/api/hq/batches/${batch[key]}/county-reports`, {
      letterNumber: `鹿投促〔2025〕${key === 'B' ? 1 : 2}号`,
      letterDate: '2025-12-16',
    });
  }
  day('2026-01-05');
  for (const key of ['B', 'C'] as const) {
    await call(BUREAU, 'POST', `/api/hq/batches/${batch[key]}/start-re-review`);
  }
  for (const department of DEPARTMENTS) {
    const who = `dept.${department.replace(/_/g, '-')}`;
    let { items } = await call<{ items: { id: string; key: string; applicationId: string }[] }>(
      who,
      'GET',
      `/api/hq/items?batch=${batch.C}&state=pending`,
    );
    // More pension payers than tax filers: the third enterprise cannot be scored (D5 warning).
    const pension = items.find((i) => i.key === 'pension_payers' && i.applicationId === apps.C[2]);
    if (pension) {
      await call(who, 'POST', `/api/hq/items/${pension.id}/correct`, {
        value: '999999',
        note: '以社保系统数据为准（演示）',
      });
      items = items.filter((i) => i !== pension);
    }
    await call(who, 'POST', '/api/hq/items/verify', { itemIds: items.map((i) => i.id) });
  }
  await call(BUREAU, 'POST', `/api/hq/batches/${batch.C}/start-rating`);
  const run = await call<{ id: string }>(BUREAU, 'POST', `/api/hq/batches/${batch.C}/runs`);
  await call(BUREAU, 'POST', `/api/hq/runs/${run.id}/submit`);
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'pingding-review-db-'));
  database = await openDatabase({ dataDir });
  const { accounts } = await ensureDemoAccounts(database.db);
  passwords = new Map(accounts.map((a) => [a.loginName, a.password]));
  const app = createApp({
    db: database.db,
    databaseKind: database.kind,
    demoAccounts: accounts,
    clock,
  });
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  base = `http://localhost:${(server.address() as AddressInfo).port}`;
  await walk();
}, 120_000);

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await database?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Signs in with the demo account's name and password and waits for the role's home. */
async function signIn(page: Page, loginName: string, home: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel('登录名').fill(loginName);
  await page.getByLabel('密码').fill(passwords.get(loginName)!);
  await page.getByLabel('密码').press('Enter');
  await page.waitForURL(`${base}${home}`);
  await page.getByTestId('welcome-bar').waitFor();
}

describe('county office', () => {
  test('passes one, returns one and rejects one with reasons, reports the pass list by letter', async () => {
    const { page } = await suite.open(DESKTOP);
    await signIn(page, COUNTY, '/county');
    await page.getByRole('menu').getByText('初审受理').click();
    await page.waitForURL(`${base}/county/review`);
    const queue = page.getByTestId('journey-reviewQueue');
    const [first, second] = ENTERPRISES.map((e) => queue.locator('tr', { hasText: e.name! }));
    await first!.waitFor();
    await expect.poll(() => queue.locator('tbody tr.ant-table-row').count()).toBe(3);
    await screenshot(page, 'review-county-queue-1366x768');

    await first!.getByRole('button', { name: '查看并审核' }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByTestId('materials').getByText('下载').first().waitFor();
    expect(await drawer.innerText()).toContain(ENTERPRISES[0]!.uscc);
    await screenshot(page, 'review-county-detail-1366x768');
    await drawer.getByRole('button', { name: '初审通过' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '初审通过' }).click();
    await page.getByText(`已办理：${ENTERPRISES[0]!.name}`).waitFor();
    await first!.waitFor({ state: 'detached' });

    await second!.getByRole('button', { name: '查看并审核' }).click();
    await drawer.getByRole('button', { name: '退回补正' }).click();
    const dialog = page.getByRole('dialog', { name: /退回补正/ });
    await dialog.getByRole('button', { name: '退回补正' }).click();
    await dialog.getByText('请填写理由').waitFor(); // nothing sent without the reason
    await dialog.getByLabel('退回理由（企业将看到）').fill('请补充在温分公司清单。');
    await screenshot(page, 'review-county-return-1366x768');
    await dialog.getByRole('button', { name: '退回补正' }).click();
    await page.getByText(`已办理：${ENTERPRISES[1]!.name}`).waitFor();

    const third = queue.locator('tr', { hasText: ENTERPRISES[2]!.name! });
    await third.getByRole('button', { name: '查看并审核' }).click();
    await drawer.getByRole('button', { name: /^不予\s?通过$/ }).click();
    const refusal = page.getByRole('dialog', { name: /不予通过/ });
    await refusal.getByLabel('不予通过理由（企业将看到）').fill('未经县级政府认定为总部企业。');
    await refusal.getByRole('button', { name: /^不予\s?通过$/ }).click();
    await page.getByText(`已办理：${ENTERPRISES[2]!.name}`).waitFor();

    const states = await call<{ applications: { id: string; state: string }[] }>(
      COUNTY,
      'GET',
      `/api/hq/applications?batch=${batch.A}`,
    );
    const stateOf = (id: string) => states.applications.find((a) => a.id === id)?.state;
    expect(apps.A.map(stateOf)).toEqual(['county_passed', 'returned', 'county_rejected']);

    await page.getByRole('menu').getByText('上报初审名单').click();
    const list = page.getByTestId('county-pass-list');
    await list.getByText(ENTERPRISES[0]!.name!).waitFor();
    await list.getByLabel('上报文号').fill('鹿投促〔2025〕12号');
    await list.getByLabel('上报日期').click();
    await list.getByLabel('上报日期').fill('2025-12-16');
    await list.getByLabel('上报日期').press('Enter');
    await screenshot(page, 'review-county-pass-list-1366x768');
    await list.getByRole('button', { name: '行文上报' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '行文上报' }).click();
    await page.getByText('已上报 1 家企业').waitFor();
    const reported = await call<{ state: string }>(
      COUNTY,
      'GET',
      `/api/hq/applications/${apps.A[0]}`,
    );
    expect(reported.state).toBe('reported');
  });
});

describe('department', () => {
  test('confirms one item, corrects another with a required note', async () => {
    const { page } = await suite.open(DESKTOP);
    await signIn(page, TAX, '/department');
    await page.getByRole('menu').getByText('复审核实').click();
    await page.waitForURL(`${base}/department/items`);
    const card = page.getByTestId('journey-verificationItems');
    // tax verifies two items of each of the three applications
    await expect.poll(() => card.locator('tbody tr.ant-table-row').count()).toBe(6);
    await screenshot(page, 'review-department-items-1366x768');

    const row = (name: string, item: string) =>
      card.locator('tr.ant-table-row', { hasText: name }).filter({ hasText: item });
    await row(ENTERPRISES[0]!.name!, '营业收入').getByRole('button', { name: '核实无误' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '核实无误' }).click();
    await page.getByText('已核实 1 个事项').waitFor();

    await row(ENTERPRISES[1]!.name!, '营业收入').getByRole('button', { name: '更正' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('核实后的数值').fill('40.5');
    await dialog.getByRole('button', { name: /^更\s?正$/ }).click();
    await dialog.getByText('更正须写明说明').waitFor();
    await dialog.getByLabel('更正说明（企业将看到）').fill('以税务系统申报数为准');
    await screenshot(page, 'review-department-correct-1366x768');
    await dialog.getByRole('button', { name: /^更\s?正$/ }).click();
    await page.getByText(`已更正：${ENTERPRISES[1]!.name}`).waitFor();
    await expect.poll(() => card.locator('tbody tr.ant-table-row').count()).toBe(4);

    // Two more together, leaving two for the spreadsheet.
    for (const n of [0, 1]) {
      await card.locator('tbody tr.ant-table-row').nth(n).locator('input[type=checkbox]').check();
    }
    await card.getByRole('button', { name: '批量核实无误（2）' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '核实无误' }).click();
    await page.getByText('已核实 2 个事项').waitFor();
    await expect.poll(() => card.locator('tbody tr.ant-table-row').count()).toBe(2);

    const { items } = await call<{
      items: { state: string; note: string | null; display: string }[];
    }>(TAX, 'GET', `/api/hq/items?batch=${batch.B}`);
    expect(items.filter((i) => i.state === 'verified')).toHaveLength(3);
    expect(items.find((i) => i.state === 'corrected')).toMatchObject({
      note: '以税务系统申报数为准',
      display: '40.5 亿元',
    });
  });

  test('a spreadsheet with one bad row is refused by row and column; then applied', async () => {
    const { items } = await call<{
      items: {
        id: string;
        uscc: string;
        applicationName: string;
        label: { zh: string };
        display: string;
      }[];
    }>(TAX, 'GET', `/api/hq/items?batch=${batch.B}&state=pending`);
    expect(items.length).toBeGreaterThanOrEqual(2);
    const sheet = async (wrongRow: boolean) => {
      const workbook = new ExcelJS.Workbook();
      const ws = workbook.addWorksheet('核实结果');
      ws.addRow(['序号', '统一社会信用代码', '企业名称', '核实项目', '核实值']);
      items.forEach((item, i) => {
        const value = item.display.replace(/ .*$/, '');
        ws.addRow([
          i + 1,
          item.uscc,
          item.applicationName,
          item.label.zh,
          wrongRow && i === 1 ? '999' : value,
        ]);
      });
      return Buffer.from(await workbook.xlsx.writeBuffer());
    };
    const { page } = await suite.open(DESKTOP);
    await signIn(page, TAX, '/department');
    await page.getByRole('menu').getByText('表格批量核实').click();
    await page.waitForURL(`${base}/department/items-from-sheet`);
    const card = page.getByTestId('excel-verify');
    const input = card.locator('input[type=file]');
    await input.setInputFiles({
      name: '税务局核实结果.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await sheet(true),
    });
    const problems = page.getByTestId('sheet-problems');
    await problems.waitFor();
    const rows = problems.locator('tbody tr.ant-table-row');
    expect(await rows.count()).toBe(1);
    const cells = await rows.first().locator('td').allInnerTexts();
    expect(cells[0]).toBe('3'); // header is row 1, the second item is row 3
    expect(cells[1]).toBe('核实值');
    expect(cells[2]).toContain('不一致');
    await screenshot(page, 'review-department-excel-errors-1366x768');
    const still = await call<{ items: unknown[] }>(
      TAX,
      'GET',
      `/api/hq/items?batch=${batch.B}&state=pending`,
    );
    expect(still.items).toHaveLength(items.length); // nothing applied

    await input.setInputFiles({
      name: '税务局核实结果.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await sheet(false),
    });
    const apply = card.getByRole('button', { name: `确认按表格处理 ${items.length} 个事项` });
    await apply.waitFor();
    await screenshot(page, 'review-department-excel-ready-1366x768');
    await apply.click();
    await page.getByText(`已按表格核实 ${items.length} 个事项`).waitFor();
    const after = await call<{ items: unknown[] }>(
      TAX,
      'GET',
      `/api/hq/items?batch=${batch.B}&state=pending`,
    );
    expect(after.items).toHaveLength(0);
  });

  test('the template lists the pending items; the form’s wording is accepted, a wrong name is told what is, a correction carries its note', async () => {
    const HR = 'dept.hr-social-security';
    const { page } = await suite.open(DESKTOP);
    await signIn(page, HR, '/department');
    await page.getByRole('menu').getByText('表格批量核实').click();
    const card = page.getByTestId('excel-verify');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: '下载核实结果表模板' }).click(),
    ]);
    const template = new ExcelJS.Workbook();
    await template.xlsx.readFile((await download.path())!);
    const ws = template.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      '统一社会信用代码',
      '企业名称',
      '核实项目',
      '核实值',
      '更正值',
      '更正说明',
    ]);
    const help = template.worksheets[1]!;
    const helpText = help.getSheetValues().flat().join(' ');
    expect(helpText).toContain('上年度在温个人所得税申报人数');
    expect(ws.rowCount).toBeGreaterThan(2);

    const fill = async (wrongName: boolean) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile((await download.path())!);
      const sheet = book.worksheets[0]!;
      let correctedOne = false;
      sheet.eachRow((row, n) => {
        if (n === 1) return;
        if (row.getCell(3).text === '上年度在温个税申报人数') {
          row.getCell(3).value = wrongName && n === 2 ? '个税人数' : '上年度在温个人所得税申报人数';
        }
        if (!correctedOne && row.getCell(3).text === '上年度在温职工养老保险缴费人数') {
          row.getCell(5).value = '880';
          row.getCell(6).value = '以社保系统缴费记录为准';
          correctedOne = true;
        }
      });
      if (wrongName) sheet.getRow(2).getCell(3).value = '个税人数';
      return Buffer.from(await book.xlsx.writeBuffer());
    };
    const input = card.locator('input[type=file]');
    await input.setInputFiles({
      name: '人社局核实结果.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await fill(true),
    });
    const problems = page.getByTestId('sheet-problems');
    await problems.waitFor();
    const cells = await problems
      .locator('tbody tr.ant-table-row')
      .first()
      .locator('td')
      .allInnerTexts();
    expect(cells[0]).toBe('2');
    expect(cells[1]).toBe('核实项目');
    expect(cells[2]).toContain('可填写：');
    expect(cells[2]).toContain('上年度在温个人所得税申报人数');
    expect(cells[2]).toContain('上年度在温职工养老保险缴费人数');

    await input.setInputFiles({
      name: '人社局核实结果.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await fill(false),
    });
    const corrections = page.getByTestId('sheet-corrections');
    await corrections.waitFor();
    expect(await corrections.innerText()).toContain('以社保系统缴费记录为准');
    await screenshot(page, 'review-department-excel-corrections-1366x768');
    await card.getByRole('button', { name: /确认按表格处理 \d+ 个事项/ }).click();
    await page.getByText(/已按表格核实 \d+ 个事项/).waitFor();
    const { items } = await call<{ items: { state: string; note: string | null }[] }>(
      HR,
      'GET',
      `/api/hq/items?batch=${batch.B}`,
    );
    expect(items.filter((i) => i.state === 'pending')).toHaveLength(0);
    expect(items.find((i) => i.state === 'corrected')).toMatchObject({
      note: '以社保系统缴费记录为准',
    });
  });
});

describe('leading group', () => {
  test('sends a run back with a reason, then records a not-approved reason and approves', async () => {
    const { page } = await suite.open(DESKTOP);
    await signIn(page, GROUP, '/leading-group');
    await page.getByRole('menu').getByText('审定评定结果').click();
    await page.waitForURL(`${base}/leading-group/approvals`);
    const review = page.getByTestId('run-review');
    await review.waitFor();
    expect(await review.innerText()).toContain('第 1 次计算');
    expect(await review.getByTestId('run-warnings').innerText()).toContain('有企业未能评分');
    await review.getByText('审定通过前须先记录').waitFor();
    await screenshot(page, 'review-leading-run-1366x768');

    await review.getByRole('button', { name: '退回重新评分' }).click();
    const dialog = page.getByRole('dialog', { name: '退回重新评分' });
    await dialog.getByLabel('退回理由').fill('请复核参保人数。');
    await dialog.getByRole('button', { name: '退回重新评分' }).click();
    await page.getByText('目前没有提交审定的评定结果').waitFor();
    const sent = await call<{ state: string }>(GROUP, 'GET', `/api/hq/batches/${batch.C}`);
    expect(sent.state).toBe('rating');

    const run2 = await call<{ id: string }>(BUREAU, 'POST', `/api/hq/batches/${batch.C}/runs`);
    await call(BUREAU, 'POST', `/api/hq/runs/${run2.id}/submit`);
    await page.reload();
    await review.waitFor();
    expect(await review.innerText()).toContain('第 2 次计算');
    const last = ENTERPRISES[2]!.name!;
    await review
      .locator('tr', { hasText: last })
      .getByRole('button', { name: '不予审定通过' })
      .click();
    const reason = page.getByRole('dialog', { name: /不予审定通过/ });
    await reason.getByLabel('书面理由').fill('在温参保人数与个税申报人数差异较大。');
    await reason.getByRole('button', { name: '不予审定通过' }).click();
    await review.locator('tr', { hasText: last }).getByText('已记录').waitFor();
    await review.getByRole('button', { name: '审定通过', exact: true }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: '审定通过', exact: true })
      .click();
    await page.getByText('目前没有提交审定的评定结果').waitFor();
    const approved = await call<{ state: string }>(GROUP, 'GET', `/api/hq/batches/${batch.C}`);
    expect(approved.state).toBe('approved');
  });
});
