// One 88号 round on a real service, walked only through its screens: `npm start`'s server in
// production mode (PINGDING_DEMO=0) on an empty database, in UTC, its clock on Monday 21 December
// 2026. The first administrator signs in with the banner's initial password, changes it, creates
// every account the round needs and enters the 2027 holiday arrangement (演示数据: invented days,
// not the State Council's). An ordinary enterprise of 瑞安市, on no list and not listed, with a
// branch and a subsidiary, applies; a week later its county office passes and reports it, the
// departments verify, the bureau rates, the leading group approves, and the bureau publishes on
// Monday 28 December: seven working days counted over New Year into Wednesday 6 January 2027.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { DEPARTMENT_LABELS, DEPARTMENTS } from '../../src/workflow/actor.ts';
import { ITEMS } from '../../src/workflow/hq-rating/verification-items.ts';
import { DESKTOP, screenshot, type OpenBrowser } from './support/browser.ts';
import { choose, fieldItem } from './support/form-fields.ts';
import { startProductionServer, type ProductionServer } from './support/production-server.ts';
import { browserSuite } from './support/suite.ts';

const suite = browserSuite();

/** 09:30 in China on a date, as the instant the server's clock is moved to. */
const morningInChina = (date: string) => `${date}T01:30:00Z`;

const ENTERPRISE = {
  uscc: '91330381MA2HRA7D1B',
  name: '瑞安市恒锐汽车部件有限公司',
  branch: { name: '瑞安市恒锐汽车部件有限公司塘下分公司', uscc: '91330381MA2HRB4Q1W' },
  subsidiary: { name: '瑞安市恒锐精密模具有限公司', uscc: '91330381MA2HRC9L5Q', share: '60' },
};
const PASSWORD = 'Ruian#Round-2026';

interface Person {
  loginName: string;
  displayName: string;
  role: string;
  scope?: { testId: string; choose?: string; fill?: string };
}

const PEOPLE: Person[] = [
  { loginName: 'wz.tcj', displayName: '温州市投资促进局 王科长', role: '市投资促进局' },
  { loginName: 'wz.ldxz', displayName: '市投资促进工作领导小组办公室', role: '领导小组' },
  {
    loginName: 'ra.tcj',
    displayName: '瑞安市投资促进局 陈科员',
    role: '县级投促',
    scope: { testId: 'account-jurisdiction', choose: '瑞安' },
  },
  ...DEPARTMENTS.map((department, n) => ({
    loginName: `wz.dept${n + 1}`,
    displayName: `温州市${DEPARTMENT_LABELS[department].zh}核实员`,
    role: '核实部门',
    scope: { testId: 'account-department', choose: DEPARTMENT_LABELS[department].zh },
  })),
  {
    loginName: 'hengrui',
    displayName: ENTERPRISE.name,
    role: '企业',
    scope: { testId: 'account-uscc', fill: ENTERPRISE.uscc },
  },
];

/** Fills in the sign-in page as a person would. */
async function typeSignIn(
  server: ProductionServer,
  page: Page,
  loginName: string,
  password: string,
) {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('登录名').fill(loginName);
  await page.getByLabel('密码').fill(password);
  await page.keyboard.press('Enter');
}

/** The password each person chose at the first sign-in, once chosen. */
const chosen = new Map<string, string>();

/**
 * Signs in and waits for the welcome bar. The first time, the initial password the administrator
 * set must be changed (an account's password is then known to its holder alone).
 */
async function signIn(server: ProductionServer, page: Page, loginName: string) {
  const own = chosen.get(loginName);
  await typeSignIn(server, page, loginName, own ?? PASSWORD);
  if (!own) {
    await page.waitForURL(`${server.url}/account/password`);
    const form = page.getByTestId('password-change');
    const mine = `Own#${loginName.replace('.', '-')}-2026`;
    await form.getByLabel('当前密码', { exact: true }).fill(PASSWORD);
    await form.getByLabel('新密码', { exact: true }).fill(mine);
    await form.getByLabel('再次输入新密码', { exact: true }).fill(mine);
    await page.keyboard.press('Enter');
    await page.getByText('密码已修改。').waitFor();
    chosen.set(loginName, mine);
  }
  await page.getByTestId('welcome-bar').waitFor();
}

/** Confirms the open antd confirm dialog or popconfirm. */
async function confirm(page: Page, name: string | RegExp = /确\s?认|确\s?定/): Promise<void> {
  await page
    .locator('.ant-modal-confirm, .ant-popconfirm')
    .last()
    .getByRole('button', { name })
    .click();
}

/** A date picker set by typing, as a person with a keyboard does. */
async function pickDate(page: Page, field: ReturnType<Page['getByLabel']>, date: string) {
  await field.click();
  await field.fill(date);
  await page.keyboard.press('Enter');
}

async function firstStart(server: ProductionServer, admin: OpenBrowser): Promise<void> {
  const { page } = admin;
  await typeSignIn(server, page, server.firstAdmin.loginName, server.firstAdmin.password);
  await page.waitForURL(`${server.url}/account/password`);
  const form = page.getByTestId('password-change');
  await form.getByLabel('当前密码', { exact: true }).fill(server.firstAdmin.password);
  await form.getByLabel('新密码', { exact: true }).fill('Wenzhou#Admin-2026');
  await form.getByLabel('再次输入新密码', { exact: true }).fill('Wenzhou#Admin-2026');
  await page.keyboard.press('Enter');
  await page.getByText('密码已修改。').waitFor();

  await page.goto(`${server.url}/admin/accounts`);
  for (const person of PEOPLE) {
    await page.getByTestId('account-create').click();
    await page.getByTestId('account-login-name').fill(person.loginName);
    await page.getByTestId('account-display-name').fill(person.displayName);
    await choose(page, 'account-role', person.role);
    if (person.scope?.choose) await choose(page, person.scope.testId, person.scope.choose);
    if (person.scope?.fill) await page.getByTestId(person.scope.testId).fill(person.scope.fill);
    await page.getByTestId('account-password').fill(PASSWORD);
    await page.getByTestId('account-submit').click();
    await page.getByTestId('account-form').waitFor({ state: 'detached' });
  }
  const table = page.getByTestId('accounts-table');
  await page.getByTestId('accounts-search').locator('input').fill('hengrui');
  await table.locator('tr.ant-table-row').filter({ hasText: ENTERPRISE.uscc }).waitFor();

  // 2027 is not yet known to the calendar: the administrator enters it (invented for the test).
  await page.getByRole('menu').getByText('节假日安排').click();
  const calendar = page.getByTestId('calendar-form');
  await calendar.getByTestId('calendar-year').fill('2027');
  await calendar.getByTestId('calendar-source').fill('测试用安排（非国务院通知，演示数据）');
  await calendar
    .getByTestId('calendar-holidays')
    .fill('2027-01-01 至 2027-01-03\n2027-02-06 至 2027-02-13');
  await calendar.getByTestId('calendar-working-days').fill('2027-02-20');
  await calendar.getByTestId('calendar-save').click();
  await page.getByText('已保存 2027 年节假日安排').waitFor();
}

async function bureauOpensTheBatch(server: ProductionServer, bureau: OpenBrowser): Promise<void> {
  const { page } = bureau;
  await signIn(server, page, 'wz.tcj');
  await page.goto(`${server.url}/city/batches`);
  const batches = page.getByTestId('journey-batches');
  await batches.getByRole('button', { name: '新建批次' }).click();
  const form = page.getByTestId('batch-form');
  expect(await form.getByLabel('批次年度').inputValue()).toBe('2026');
  await form.getByLabel('批次名称').fill('2026年度温州市总部企业星级评定');
  await form.getByLabel('申报通知正文').fill('请符合条件的总部企业于申报期内在本系统提交申报。');
  await pickDate(page, form.getByLabel('通知发布日期'), '2026-12-21');
  await pickDate(page, form.getByLabel('申报开始日期'), '2026-12-21');
  await pickDate(page, form.getByLabel('申报截止日期'), '2026-12-25');
  await pickDate(page, form.getByLabel('评定基准日'), '2026-12-31');
  await pickDate(page, form.getByTestId('publicity-start'), '2026-12-28');
  await form.getByTestId('publicity-end').getByText('2027-01-06').waitFor();
  await screenshot(page, 'production-round-batch-form-1366x768');
  await page
    .locator('.ant-modal-footer')
    .getByRole('button', { name: /保\s?存/ })
    .click();
  const row = batches
    .locator('tr.ant-table-row')
    .filter({ hasText: '2026年度温州市总部企业星级评定' });
  // The planned publicity, saved with the batch, is read in the list over New Year; and the
  // batch must be finished by 31 March 2027 (88号 五、1), 100 days on.
  await row.getByTestId('batch-publicity').getByText('2026-12-28 ~ 2027-01-06').waitFor();
  expect(await row.getByTestId('batch-deadline').innerText()).toMatch(/2027-03-31\s*剩余 100 天/);
  await row.getByRole('button', { name: '发布公告并开放申报' }).click();
  await confirm(page);
  await row.getByText('申报中').waitFor();
}

async function enterpriseApplies(server: ProductionServer, firm: OpenBrowser): Promise<void> {
  const { page } = firm;
  await signIn(server, page, 'hengrui');
  await page.goto(`${server.url}/enterprise/applications`);
  await page.getByTestId('start-application').click();
  const form = page.getByTestId('application-form');
  await form.waitFor();
  // Its county office, read from its credit code.
  expect(await form.getByTestId('application-county').innerText()).toContain('瑞安市');

  const fill = (label: string, value: string) =>
    form.getByLabel(label, { exact: true }).fill(value);
  const pick = (label: string, option: string) =>
    choose(page, fieldItem(page, form, label).locator('.ant-select'), option, { exact: true });
  await fill('3 注册资本', '5000');
  await fill('4 实缴资本', '5000');
  await fill('5 法定代表人', '林恒锐');
  await pickDate(page, form.getByLabel('6 注册（迁入）时间'), '2012-05-18');
  await fill('7 企业注册地址', '浙江省温州市瑞安市塘下镇罗凤工业区 18 号');
  await fill('8 企业实际经营地址', '浙江省温州市瑞安市塘下镇罗凤工业区 18 号');
  await fill('9 联系人姓名', '周婷');
  await fill('10 办公室电话', '0577-65881234');
  await fill('10 联系人手机', '13957712345');
  await fill('11 联系人电子邮箱', 'zhouting@example.com');
  await fieldItem(page, form, '12 总部企业类型').getByText('其他', { exact: true }).click();
  await fill('13 行业代码', '3670');
  await fill('14 主营业务', '汽车零部件研发、制造与销售');
  await pick('15 登记注册类型', '内资：有限责任公司');
  await pick('16 企业控股情况', '私人控股');
  await pick('17 企业总部上市情况', '非上市企业');
  // 18 and the three-year lists: on no list, every box left empty.

  for (const [n, unit] of [
    { kind: '分公司', ...ENTERPRISE.branch, share: '' },
    { kind: '控股子公司', ...ENTERPRISE.subsidiary },
  ].entries()) {
    await page.getByTestId('add-unit').click();
    const card = form
      .locator('.ant-card')
      .filter({ hasText: `第 ${n + 1} 户` })
      .last();
    await choose(page, fieldItem(page, card, '类别').locator('.ant-select'), unit.kind, {
      exact: true,
    });
    await card.getByLabel('单位名称').fill(unit.name);
    await card.getByLabel('统一社会信用代码').fill(unit.uscc);
    if (unit.share) await card.getByLabel('控股比例').fill(unit.share);
  }
  await fill('20 温州市外分公司、控股子公司数量', '0');
  await fieldItem(page, form, '21 在温是否拥有自有产权办公用房')
    .getByText('否', { exact: true })
    .click();
  await fill('近两年在温营业收入合计', '8.6');
  await fill('近两年地方综合贡献合计', '3200');
  await fill('近两年可加计扣除研发费用合计', '2600');
  await fill('上年度在温职工养老保险缴费人数', '398');
  await fill('上年度在温个人所得税申报人数', '415');
  await fill('近三年新增上市数量', '0');
  await page.getByTestId('save-draft').click();
  await page.getByText('草稿已保存').waitFor();

  const files = page.getByTestId('materials').locator('input[type=file]');
  for (let n = 0; n < 5; n += 1) {
    await files.nth(n).setInputFiles({
      name: `附件3-${n + 1}.pdf`,
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% test\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await page
      .getByTestId('materials')
      .getByText(`附件3-${n + 1}.pdf`)
      .waitFor();
  }
  await screenshot(page, 'production-round-application-1366x768');
  await page.getByTestId('submit-application').click();
  await confirm(page);
  await page.getByTestId('detail-state').getByText('已提交').waitFor();
}

/** While applications are still taken, the county office may read them but decide nothing. */
async function countyWaitsForTheClose(server: ProductionServer, county: OpenBrowser) {
  const { page } = county;
  await signIn(server, page, 'ra.tcj');
  await page.getByRole('menu').getByText('初审受理').click();
  const queue = page.getByTestId('journey-reviewQueue');
  const notYet = queue.getByTestId('not-in-pre-review');
  await notYet.waitFor();
  expect(await notYet.innerText()).toContain('申报截止日期为 2026-12-25');
  const row = queue.locator('tr', { hasText: ENTERPRISE.name });
  expect(await row.getByRole('button', { name: '查看并审核' }).count()).toBe(0);
  await row.getByRole('button', { name: /^查\s?看$/ }).click();
  const drawer = page.locator('.ant-drawer');
  await drawer.getByTestId('no-county-decision').waitFor();
  expect(await drawer.getByRole('button', { name: '初审通过' }).count()).toBe(0);
  await drawer.locator('.ant-drawer-close').click();
  await drawer.waitFor({ state: 'hidden' });
}

async function countyPassesAndReports(server: ProductionServer, county: OpenBrowser) {
  const { page } = county;
  await signIn(server, page, 'ra.tcj');
  await page.getByRole('menu').getByText('初审受理').click();
  const queue = page.getByTestId('journey-reviewQueue');
  const row = queue.locator('tr', { hasText: ENTERPRISE.name });
  await row.getByRole('button', { name: '查看并审核' }).click();
  const drawer = page.locator('.ant-drawer');
  await drawer.getByTestId('materials').getByText('附件3-1.pdf').waitFor();
  expect(await drawer.innerText()).toContain(ENTERPRISE.branch.name);
  await drawer.getByRole('button', { name: '初审通过' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '初审通过' }).click();
  await page.getByText(`已办理：${ENTERPRISE.name}`).waitFor();

  await page.getByRole('menu').getByText('上报初审名单').click();
  const list = page.getByTestId('county-pass-list');
  await list.getByText(ENTERPRISE.name).waitFor();
  await list.getByLabel('上报文号').fill('瑞投促〔2026〕31号');
  // The picker's 今天 is the procedure's date (the server's moved clock), not the browser's.
  await list.getByLabel('上报日期').click();
  expect(await page.getByTestId('procedure-today').innerText()).toContain('2026-12-28');
  await pickDate(page, list.getByLabel('上报日期'), '2026-12-28');
  await list.getByRole('button', { name: '行文上报' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '行文上报' }).click();
  await page.getByText('已上报 1 家企业').waitFor();
}

/** Each department, in a browser of its own, confirms the items 88号 gives it (附件1 审核单位). */
async function departmentsVerify(server: ProductionServer, pages: Page[]) {
  for (const [n, department] of DEPARTMENTS.entries()) {
    const { page } = await suite.open(DESKTOP);
    pages.push(page);
    await signIn(server, page, `wz.dept${n + 1}`);
    await page.getByRole('menu').getByText('复审核实').click();
    // The home page shows the same list: wait for the page of the menu's own.
    await page.waitForURL(`${server.url}/department/items`);
    const card = page.getByTestId('journey-verificationItems');
    const own = Object.values(ITEMS).filter((item) => item.department === department);
    const rows = card.locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(own.length);
    const count = own.length;
    for (const item of own) await rows.getByText(item.label.zh, { exact: true }).waitFor();
    expect(await rows.first().innerText()).toContain(ENTERPRISE.name);
    if (department === 'market_supervision') {
      // The registered capital in the form's unit, as the register reads it.
      expect(await rows.first().innerText()).toContain('注册资本 5000 万元');
    }
    // The enterprise's form and uploaded materials open beside the items to check them against.
    await rows.first().getByTestId('open-application').click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByTestId('materials').getByText('附件3-1.pdf').waitFor();
    expect(await drawer.innerText()).toContain(ENTERPRISE.subsidiary.name);
    await drawer.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });
    await card.locator('thead input[type=checkbox]').check();
    await card.getByRole('button', { name: `批量核实无误（${count}）` }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '核实无误' }).click();
    await page.getByText(`已核实 ${count} 个事项`).waitFor();
  }
}

test('a real service from its first start: accounts, the 2027 calendar, and an ordinary enterprise rated and published over New Year', async () => {
  chosen.clear(); // a retry starts from a new empty database
  const server = await startProductionServer(morningInChina('2026-12-21'));
  const pages: Page[] = [];
  const open = async () => {
    const browser = await suite.open(DESKTOP);
    pages.push(browser.page);
    return browser;
  };
  try {
    const admin = await open();
    await firstStart(server, admin);
    const bureau = await open();
    await bureauOpensTheBatch(server, bureau);
    const firm = await open();
    await enterpriseApplies(server, firm);
    const county = await open();
    await countyWaitsForTheClose(server, county);

    // A week on: the window has closed.
    await server.restartAt(morningInChina('2026-12-28'));
    await signIn(server, bureau.page, 'wz.tcj');
    await bureau.page.goto(`${server.url}/city/batches`);
    const batches = bureau.page.getByTestId('journey-batches');
    const batchRow = batches.locator('tr.ant-table-row').first();
    /** A step of the batch; one that can be taken again (计算评分) stays offered. */
    const step = async (name: string, { again = false } = {}) => {
      await batchRow.getByRole('button', { name }).click();
      const dialog = bureau.page.locator('.ant-modal-confirm').filter({ hasText: name }).last();
      await dialog.getByRole('button', { name: /确\s?定/ }).click();
      // A refusal keeps the dialog open and says why above the list.
      await dialog.waitFor({ state: 'hidden' });
      if (again) await bureau.page.getByText('操作已完成').last().waitFor();
      else await batchRow.getByRole('button', { name }).waitFor({ state: 'detached' });
    };
    await step('截止申报并进入初审');

    await countyPassesAndReports(server, county);
    await bureau.page.reload();
    await step('启动复审');
    await departmentsVerify(server, pages);
    await bureau.page.reload();
    await step('结束复审并进入评分');
    await step('计算评分', { again: true });

    await batchRow.getByRole('button', { name: '查看评定结果' }).click();
    const rating = bureau.page.getByTestId('journey-ratingTable');
    const ratedRow = rating.getByTestId('rating-table').locator('tr', { hasText: ENTERPRISE.name });
    await ratedRow.waitFor();
    // Alone in its batch, every indicator has no spread and scores in full (D2): 100 points.
    expect(await ratedRow.innerText()).toContain('100.00');
    await screenshot(bureau.page, 'production-round-rating-1366x768');
    await rating.getByRole('button', { name: '提交领导小组审定' }).click();
    await confirm(bureau.page);

    const group = await open();
    await signIn(server, group.page, 'wz.ldxz');
    await group.page.getByRole('menu').getByText('审定评定结果').click();
    const review = group.page.getByTestId('run-review');
    await review.locator('tr', { hasText: ENTERPRISE.name }).waitFor();
    await review.getByRole('button', { name: '审定通过', exact: true }).click();
    await group.page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: '审定通过', exact: true })
      .click();
    await group.page.getByText('目前没有提交审定的评定结果').waitFor();

    await bureau.page.goto(`${server.url}/city/batches`);
    await batchRow.getByRole('button', { name: '发布公示' }).click();
    const publish = bureau.page.locator('.ant-modal-confirm');
    // The start planned with the batch, and its end over New Year, counted as the dialog opens.
    expect(await publish.locator('.ant-picker input').inputValue()).toBe('2026-12-28');
    await publish.getByText('2027-01-06').first().waitFor();
    await publish.getByTestId('publish-document-number').fill('温投促〔2026〕28号');
    await confirm(bureau.page);
    await batchRow.getByTestId('batch-publicity').getByText('2026-12-28 ~ 2027-01-06').waitFor();

    // The public reads the list: the enterprise, its stars, the period into 2027.
    const reader = await open();
    await reader.page.goto(`${server.url}/public`);
    const meta = reader.page.getByTestId('list-meta');
    await meta.waitFor();
    expect(await meta.innerText()).toContain('2026-12-28');
    expect(await meta.innerText()).toContain('2027-01-06');
    const published = reader.page.getByTestId('published-table');
    const entry = published.locator('tr', { hasText: ENTERPRISE.name });
    await entry.waitFor();
    expect(await entry.innerText()).toContain('5 星');
    expect(await entry.innerText()).toContain('100.00');
    await screenshot(reader.page, 'production-round-public-1366x768');

    // The enterprise sees its application in publicity.
    await signIn(server, firm.page, 'hengrui');
    await firm.page.goto(`${server.url}/enterprise/applications`);
    await firm.page.getByTestId('application-state').getByText('公示中').waitFor();
  } catch (error) {
    // What each person's screen showed when the round stopped.
    for (const [n, page] of pages.entries()) await screenshot(page, `production-round-failed-${n}`);
    throw error;
  } finally {
    await server.close();
  }
}, 600_000);
