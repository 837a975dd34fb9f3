import { beforeAll, expect, test } from 'vitest';
import { DESKTOP, PHONE, horizontalOverflow, screenshot } from './support/browser.ts';
import { demoCredentials, signInAs } from './support/demo-sign-in.ts';
import { browserSuite } from './support/suite.ts';

const suite = browserSuite();

/** Today in China, and a date some days on, as the server reads dates. */
const chinaDate = (days = 0) =>
  new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', {
    timeZone: 'Asia/Shanghai',
  });

/** A session of a demo account through the API: its cookie, and JSON calls with it. */
async function apiSession(baseUrl: string, loginName: string) {
  const accounts = (await (await fetch(`${baseUrl}/api/demo/accounts`)).json()) as {
    accounts: { loginName: string; password: string; displayName: string }[];
  };
  const account = accounts.accounts.find((a) => a.loginName === loginName);
  if (!account) throw new Error(`no demo account ${loginName}`);
  const signIn = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: baseUrl },
    body: JSON.stringify({ loginName, password: account.password }),
  });
  const cookies = signIn.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const headers = { Origin: baseUrl, Cookie: cookies.join('; ') };
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (body instanceof FormData) init.body = body;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers = { ...headers, 'Content-Type': 'application/json' };
    }
    const response = await fetch(`${baseUrl}${path}`, init);
    if (!response.ok) throw new Error(`${method} ${path}: ${await response.text()}`);
    return (await response.json()) as T;
  };
  return { cookies, call };
}

/**
 * The demo batch is already in publicity, so the city bureau opens a new batch (through the API,
 * as its own journey is not under test here) for the enterprise to apply in.
 */
async function openNewBatch(baseUrl: string): Promise<void> {
  const bureau = await apiSession(
    baseUrl,
    (await demoCredentials(baseUrl, 'city_bureau')).loginName,
  );
  const today = chinaDate();
  const { id } = await bureau.call<{ id: string }>('POST', '/api/hq/batches', {
    year: Number(today.slice(0, 4)),
    title: `${today.slice(0, 4)}年度温州市总部企业星级评定（浏览器测试）`,
    announcementText: '浏览器测试批次。',
    announcementOn: today,
    opensOn: today,
    closesOn: chinaDate(40),
    ratingDate: chinaDate(80),
  });
  await bureau.call('POST', `/api/hq/batches/${id}/open`);
}

beforeAll(async () => {
  await openNewBatch(suite.url(''));
});

test('1366×768: an enterprise starts an application, sees a bad credit code inline, saves, uploads and reads its timeline', async () => {
  const { page } = await suite.open(DESKTOP);
  await signInAs(page, suite.url(''), 'enterprise');
  await page.goto(suite.url('/enterprise/applications'));
  await page.getByTestId('open-batch').waitFor();
  expect(await page.getByTestId('application-state').first().innerText()).toBe('公示中');
  await screenshot(page, 'enterprise-applications-1366x768');

  await page.getByTestId('start-application').click();
  await page.getByTestId('application-form').waitFor();
  expect(await page.getByTestId('detail-state').innerText()).toBe('草稿');

  // One invalid credit code in the branches and subsidiaries table, shown beside the field.
  await page.getByTestId('add-unit').click();
  await page.getByLabel('单位名称').fill('浙江禾本科技（温州）销售有限公司');
  const unitUscc = page.getByLabel('统一社会信用代码', { exact: true });
  await unitUscc.fill('91330302magqjxhe6x');
  await unitUscc.blur();
  await page.getByText('校验码').first().waitFor();
  expect(await unitUscc.inputValue()).toBe('91330302MAGQJXHE6X');
  await page.getByTestId('save-draft').click();
  await page.getByText('部分内容填写有误').waitFor();
  await screenshot(page, 'enterprise-form-invalid-uscc-1366x768');

  await unitUscc.fill('91330302MAGQJXHE63');
  await page.getByLabel('11 联系人电子邮箱').fill('hq@example.com');
  await page.getByLabel('近两年在温营业收入合计').fill('12.5');
  await page.getByTestId('save-draft').click();
  await page.getByText('草稿已保存').waitFor();

  // 附件3 item 1, with progress, listed once stored.
  await page
    .getByTestId('materials')
    .locator('input[type=file]')
    .first()
    .setInputFiles({
      name: '总部企业评定申请表.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% test\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
  await page.getByTestId('materials').getByText('总部企业评定申请表.pdf').waitFor();

  const timeline = page.getByTestId('application-timeline');
  await timeline.getByText('上传申报材料').waitFor();
  expect(await timeline.innerText()).toContain('创建申报草稿');
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshot(page, 'enterprise-application-draft-1366x768');

  // The draft keeps what was saved.
  await page.reload();
  await page.getByTestId('application-form').waitFor();
  expect(await page.getByLabel('近两年在温营业收入合计').inputValue()).toBe('12.5');
});

test('390×844: the published application shows its timeline and the objection link', async () => {
  const { page } = await suite.open(PHONE);
  await signInAs(page, suite.url(''), 'enterprise');
  await page.goto(suite.url('/enterprise/applications'));
  await page.getByTestId('journey-myApplications').waitFor();
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshot(page, 'enterprise-applications-390x844');

  const published = page.getByTestId('application-state').filter({ hasText: '公示中' });
  await published.first().waitFor();
  await page.getByRole('row').filter({ has: published }).getByTestId('application-link').click();
  await page.getByTestId('publicity-alert').waitFor();
  const timeline = page.getByTestId('application-timeline');
  expect(await timeline.innerText()).toContain('县级初审通过');
  expect(await timeline.innerText()).toContain('名单公示');
  expect(await page.getByTestId('application-form').locator('input:not([disabled])').count()).toBe(
    0,
  );
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshot(page, 'enterprise-application-published-390x844');
});
