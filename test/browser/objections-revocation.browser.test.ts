// What the city bureau and the public read around publicity and after final, in a real browser:
// the public objector files an objection and keeps its receipt number (受理编号); the bureau
// reads whom it is against, when it was filed (China time), the objector's contact and words, and
// answers it; the objector, signed in nowhere, looks the outcome up by the number. After final
// the bureau records factor support (88号 四、3) and withdraws a rating (88号 五、3), each listed
// with its reason, article, who and when, and refused in the screen's own words.
//
// Publicity and final take weeks of the procedure's dates: this file starts its own demo server
// on 2026-03-02 and walks a batch to publicity through the API (the steps before the ones tested).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESKTOP, forgiveRefusal, screenshot } from './support/browser.ts';
import { startOwnDemoServer, type OwnDemoServer } from './support/own-demo-server.ts';
import { browserSuite } from './support/suite.ts';
import { ENTERPRISES, walkBatch, type WalkedBatch } from './support/walk-batch.ts';

const suite = browserSuite();
let server: OwnDemoServer;
let walked: WalkedBatch;
const BUREAU = 'city.bureau';

/** An instant as a person in China reads it, to the minute. */
const chinaMinute = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));

beforeAll(async () => {
  server = await startOwnDemoServer('2026-03-02');
  walked = await walkBatch(server, 'publicity', '异议与取消资格');
}, 180_000);

afterAll(async () => {
  await server?.close();
});

const bureauName = () => server.accounts.find((a) => a.loginName === BUREAU)!.displayName;

test('the public objects and keeps a receipt number; the bureau answers; the objector reads the outcome', async () => {
  const target = ENTERPRISES[1]!;
  const browser = await suite.open(DESKTOP);
  const { page } = browser;
  await page.goto(`${server.url}/public`);
  const form = page.getByTestId('objection-form');
  await form.getByText('异议受理期限：2026-03-16 至').waitFor();
  await form.getByLabel('所涉企业').fill(target.name!.slice(0, 4));
  await page.locator('.ant-select-item-option').filter({ hasText: target.name! }).click();
  await form.getByLabel('异议事实和理由').fill('该企业在温营业收入含市外子公司收入，请予核实。');
  await form.getByLabel('联系人（选填）').fill('李女士');
  await form.getByLabel('联系电话（选填）').fill('0577-88661234');
  await form.getByRole('button', { name: '提交异议' }).click();
  const receipt = page.getByTestId('objection-receipt');
  await receipt.getByText('异议已提交').waitFor();
  const receiptNo = (await receipt.getByTestId('objection-receipt-no').innerText()).trim();
  expect(receiptNo).toMatch(/^YY20260316-[0-9A-Z]{6}$/);
  expect(await receipt.innerText()).toContain('凭此编号可在本页“查询异议处理结果”中查看处理结果');
  await screenshot(page, 'objection-receipt-number-1366x768');

  // The objector looks it up at once: waiting, with the enterprise and the China time of filing.
  const lookup = page.getByTestId('objection-lookup');
  await lookup.getByRole('button', { name: /查\s?询/ }).click();
  await lookup.getByText('请填写受理编号').waitFor();
  await lookup.getByLabel('受理编号').fill('12345');
  await lookup.getByRole('button', { name: /查\s?询/ }).click();
  await lookup.getByText('受理编号应形如 YY20260316-4K7QMZ').waitFor();
  await lookup.getByLabel('受理编号').fill(receiptNo.toLowerCase());
  await lookup.getByRole('button', { name: /查\s?询/ }).click();
  const outcome = lookup.getByTestId('objection-outcome');
  await outcome.waitFor();
  const { objections } = await server.call<{
    objections: { receiptNo: string; filedAt: string }[];
  }>(BUREAU, 'GET', `/api/hq/batches/${walked.batchId}/objections`);
  const filedAt = chinaMinute(objections.find((o) => o.receiptNo === receiptNo)!.filedAt);
  expect(filedAt).toMatch(/^2026-03-16 \d{2}:\d{2}$/);
  const waiting = await outcome.innerText();
  for (const text of [receiptNo, target.name!, filedAt, '待处理']) expect(waiting).toContain(text);
  expect(waiting).not.toContain('0577-88661234');
  expect(await lookup.innerText()).toContain('市投资促进局正在核查，请稍后再查询。');

  // A number no one was given: refused in words.
  await lookup.getByLabel('受理编号').fill('YY20260316-ZZZZZZ');
  await lookup.getByRole('button', { name: /查\s?询/ }).click();
  await lookup.getByText('没有受理编号为 YY20260316-ZZZZZZ 的异议，请核对编号').waitFor();
  await forgiveRefusal(browser, '/api/public/hq/objection-lookup', 404);

  // The bureau reads what it needs to answer it, and answers.
  const bureau = await suite.open(DESKTOP);
  await server.signIn(bureau.page, BUREAU);
  await bureau.page.getByRole('menu').getByText('评定批次').click();
  const list = bureau.page.getByTestId('objections');
  const row = list.locator('tr.ant-table-row').filter({ hasText: receiptNo });
  await row.waitFor();
  const seen = await row.innerText();
  for (const text of [
    receiptNo,
    target.name!,
    target.county!,
    filedAt,
    '李女士',
    '0577-88661234',
    '该企业在温营业收入含市外子公司收入，请予核实。',
    '待处理',
  ]) {
    expect(seen).toContain(text);
  }
  expect(seen).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/); // no record ids
  await screenshot(bureau.page, 'objections-bureau-1366x768');
  await row.getByRole('button', { name: /^处\s?理$/ }).click();
  const dialog = bureau.page.getByRole('dialog');
  await dialog.getByText(receiptNo).first().waitFor();
  await dialog.getByLabel('处理理由').fill('经税务部门核实，营业收入不含市外子公司，数据无误。');
  await dialog.getByRole('button', { name: /^确\s?定$/ }).click();
  await dialog.waitFor({ state: 'detached' });
  await row.getByText('经税务部门核实，营业收入不含市外子公司，数据无误。').waitFor();
  const answered = await row.innerText();
  expect(answered).toContain('异议不成立');
  expect(answered).toContain(bureauName());
  expect(answered).toMatch(/2026-03-16 \d{2}:\d{2}/);

  // The objector comes back later and reads the outcome and the bureau's reason.
  await page.goto(`${server.url}/public`);
  await lookup.getByLabel('受理编号').fill(receiptNo);
  await lookup.getByRole('button', { name: /查\s?询/ }).click();
  await outcome.getByText('经税务部门核实，营业收入不含市外子公司，数据无误。').waitFor();
  const decided = await outcome.innerText();
  expect(decided).toContain('异议不成立');
  expect(decided).toMatch(/处理时间\s+2026-03-16 \d{2}:\d{2}/);
  expect(decided).not.toContain(bureauName());
  await screenshot(page, 'objection-outcome-public-1366x768');
});

test('after final the bureau records support and withdraws a rating, each with its record', async () => {
  await server.setToday('2026-03-25');
  // (A retry finds it final already.)
  await server.send(BUREAU, 'POST', `/api/hq/batches/${walked.batchId}/finalize`);
  const [first, second] = ENTERPRISES;
  const browser = await suite.open(DESKTOP);
  const { page } = browser;
  await server.signIn(page, BUREAU);

  // Factor support: nothing sent without the enterprise, the kind and the content.
  await page.getByRole('menu').getByText('要素保障').click();
  const supports = page.getByTestId('supports');
  await supports.getByText('88号 四、3').first().waitFor();
  await supports.getByRole('button', { name: '登记要素保障' }).click();
  let dialog = page.getByRole('dialog', { name: '登记要素保障' });
  await dialog.getByRole('button', { name: /^登\s?记$/ }).click();
  for (const words of ['请选择企业', '请选择保障类别', '请填写保障内容']) {
    await dialog.getByText(words).waitFor();
  }
  await dialog.getByLabel('企业', { exact: true }).fill(first!.name!.slice(0, 4));
  await page.locator('.ant-select-item-option').filter({ hasText: first!.name! }).click();
  await dialog.getByLabel('用地支持').check();
  await dialog.getByLabel('保障内容').fill('推送鹿城区总部楼宇地块信息 3 宗（演示数据）');
  await dialog.getByRole('button', { name: /^登\s?记$/ }).click();
  await dialog.waitFor({ state: 'detached' });
  const supportRow = page
    .getByTestId('support-records')
    .locator('tr.ant-table-row')
    .filter({ hasText: first!.name! });
  await supportRow.waitFor();
  const supportText = await supportRow.innerText();
  for (const text of ['用地支持', '88号 四、3', '推送鹿城区总部楼宇地块信息 3 宗', bureauName()]) {
    expect(supportText).toContain(text);
  }
  expect(supportText).toMatch(/2026-03-25 \d{2}:\d{2}/);
  await screenshot(page, 'supports-1366x768');

  // Revocation: the grounds in 88号's words; refused in the form's words when incomplete.
  await page.getByRole('menu').getByText('取消星级资格').click();
  const revocations = page.getByTestId('revocations');
  await revocations.getByText('暂无取消星级资格的记录').waitFor();
  await revocations.getByRole('button', { name: '取消一家企业的星级资格' }).click();
  dialog = page.getByRole('dialog', { name: '取消星级资格' });
  await dialog.getByRole('button', { name: '确认取消资格' }).click();
  for (const words of ['请选择企业', '请选择取消原因', '请填写情况说明']) {
    await dialog.getByText(words).waitFor();
  }
  expect(await dialog.innerText()).toContain('（3）信用状况恶化，已列入严重失信主体名单');
  expect(await dialog.innerText()).not.toContain('R14');

  // Another official withdraws the second enterprise's rating meanwhile: the server refuses, in words.
  await dialog.getByLabel('企业', { exact: true }).fill(second!.name!.slice(0, 4));
  await page.locator('.ant-select-item-option').filter({ hasText: second!.name! }).click();
  await dialog.getByLabel('（4）有其他严重违法行为').check();
  await dialog
    .getByLabel('情况说明')
    .fill('2026-03-20 因重大安全生产违法行为被行政处罚（演示数据）');
  await server.send(BUREAU, 'POST', `/api/hq/applications/${walked.applicationIds[1]}/revoke`, {
    reason: 4,
    note: '同一事项，另一位工作人员先行处理（演示数据）',
  });
  await dialog.getByRole('button', { name: '确认取消资格' }).click();
  const refusal = dialog.getByRole('alert');
  await refusal.waitFor();
  expect(await refusal.innerText()).toContain('当前为“已取消资格”，不能取消星级资格');
  await forgiveRefusal(browser, '/revoke', 409);
  await screenshot(page, 'revocation-refused-1366x768');
  await dialog.getByRole('button', { name: /^取\s?消$/ }).click();
  await dialog.waitFor({ state: 'detached' });

  // The first enterprise, on ground (3).
  await revocations.getByRole('button', { name: '取消一家企业的星级资格' }).click();
  dialog = page.getByRole('dialog', { name: '取消星级资格' });
  await dialog.getByLabel('企业', { exact: true }).fill(first!.name!.slice(0, 4));
  await page.locator('.ant-select-item-option').filter({ hasText: first!.name! }).click();
  await dialog.getByLabel('（3）信用状况恶化，已列入严重失信主体名单').check();
  await dialog.getByLabel('情况说明').fill('2026-03-24 被列入严重失信主体名单（演示数据）');
  await dialog.getByRole('button', { name: '确认取消资格' }).click();
  await dialog.waitFor({ state: 'detached' });
  const records = page.getByTestId('revocation-records');
  const revoked = records.locator('tr.ant-table-row').filter({ hasText: first!.name! });
  await revoked.waitFor();
  const revokedText = await revoked.innerText();
  for (const text of ['（3）信用状况恶化，已列入严重失信主体名单', '88号 五、3', bureauName()]) {
    expect(revokedText).toContain(text);
  }
  expect(revokedText).toMatch(/2026-03-25 \d{2}:\d{2}/);
  expect(await records.innerText()).not.toContain('R14');
  await revoked.getByRole('button', { name: /^查\s?看$/ }).click();
  const detail = page.getByTestId('revocation-detail');
  await detail.waitFor();
  const detailText = await detail.innerText();
  for (const text of [
    first!.name!,
    first!.uscc!,
    '2026-03-24 被列入严重失信主体名单（演示数据）',
    '88号 五、3',
    '2026-03-25',
  ]) {
    expect(detailText).toContain(text);
  }
  await screenshot(page, 'revocation-detail-1366x768');
});
