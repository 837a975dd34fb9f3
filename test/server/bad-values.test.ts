// Bad values are refused with the field named, in the screen's words: NUL, control and
// direction-override characters, lone surrogates, impossible or implausible dates, numbers too
// large or too precise for any form, a receipt outside its fund year, a cost year far ahead, and
// a county that the credit code's region digits contradict. Nothing is a 500.
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { syntheticUscc } from '../../src/engine/china/uscc.ts';
import type { ApiApp } from '../../src/server/env.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { seedAccount, signIn, testApp, type ErrorJson } from './support.ts';

const ORIGIN = 'http://localhost';
const LUCHENG = syntheticUscc(7, '330302');

describeEachDatabase('bad values', (getDb) => {
  let app: ApiApp;
  const cookie = {} as Record<string, string>;

  function send(method: string, path: string, body: unknown, who?: string) {
    return app.request(path, {
      method,
      headers: {
        'content-type': 'application/json',
        origin: ORIGIN,
        ...(who ? { cookie: cookie[who]! } : {}),
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }
  async function refused(response: Response, path: string, words: string) {
    expect(response.status).toBe(400);
    const error = ((await response.json()) as ErrorJson).error;
    const issue = error.issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(error.issues)).toBeDefined();
    expect(issue!.message).toContain(words);
    return issue!;
  }

  beforeAll(async () => {
    const db = getDb();
    app = testApp(db);
    const enterprise = await seedAccount(db, { role: 'enterprise', enterpriseUscc: LUCHENG });
    cookie.enterprise = await signIn(app, enterprise);
    const mi = await seedAccount(db, { role: 'relief_office', office: 'medical_insurance' });
    cookie.mi = await signIn(app, mi);
    const cf = await seedAccount(db, { role: 'relief_office', office: 'charity_federation' });
    cookie.cf = await signIn(app, cf);
    const security = await seedAccount(db, { role: 'water_office', office: 'public_security' });
    cookie.security = await signIn(app, security);
  });

  const application = (extra: Record<string, unknown>) => ({
    batchId: randomUUID(),
    uscc: LUCHENG,
    name: '温州某某集团有限公司',
    county: '鹿城区',
    ...extra,
  });
  const apply = (extra: Record<string, unknown>) =>
    send('POST', '/api/hq/applications', application(extra), 'enterprise');

  it('refuses characters no form produces in names and objections, naming the field', async () => {
    await refused(await apply({ name: '某某\u0000集团' }), 'name', '空字符');
    await refused(await apply({ name: '某某\u202E团集' }), 'name', '显示方向');
    await refused(await apply({ name: '某某\u0007集团' }), 'name', '控制字符');
    // A lone surrogate can only arrive as a JSON escape.
    const lone = JSON.stringify(application({})).replace('某某', '\\ud800某');
    await refused(await send('POST', '/api/hq/applications', lone, 'enterprise'), 'name', '代理项');
    await refused(await apply({ legalRepresentative: '张\n三' }), 'legalRepresentative', '一行');
    const objection = await send('POST', '/api/public/hq/objections', {
      batchId: randomUUID(),
      uscc: LUCHENG,
      reason: '营业收入\u0000有误',
    });
    await refused(objection, 'reason', '空字符');
  });

  it('refuses impossible and implausible dates and numbers no form could hold', async () => {
    for (const date of ['2026-99-99', '2026-02-30'])
      await refused(await apply({ registeredOn: date }), 'registeredOn', '真实存在的日期');
    for (const date of ['0001-01-01', '2999-12-31'])
      await refused(await apply({ registeredOn: date }), 'registeredOn', '1949-10-01');
    const figure = (key: string, value: unknown) => apply({ figures: { [key]: value } });
    await refused(
      await figure('revenue_2y', '9'.repeat(100_000)),
      'figures.revenue_2y',
      '整数部分最多 6 位',
    );
    // 10¹⁸ yuan is 10¹⁰ 亿元.
    await refused(await figure('revenue_2y', '10000000000'), 'figures.revenue_2y', '过大');
    await refused(
      await figure('contribution_2y', `1.${'1'.repeat(40)}`),
      'figures.contribution_2y',
      '小数最多 8 位',
    );
    await refused(
      await figure('pension_payers', '1' + '0'.repeat(30)),
      'figures.pension_payers',
      '10000000',
    );
    await refused(await figure('tax_filers', 1e30), 'figures.tax_filers', '整数');
    const water = await send(
      'PUT',
      '/api/water/years/2025/figures',
      { figures: [{ county: '文成县', field: 'population', value: '1' + '0'.repeat(30) }] },
      'security',
    );
    await refused(water, 'figures.0.value', '整数部分最多 9 位');
  });

  it('refuses a county the credit code contradicts, and accepts one it cannot decide', async () => {
    const issue = await refused(await apply({ county: '瑞安市' }), 'county', '鹿城区');
    expect(issue.message).toContain('330302');
    const city = syntheticUscc(8);
    const undecided = await send(
      'POST',
      '/api/hq/applications',
      application({ uscc: city, county: '瑞安市' }),
      'enterprise',
    );
    // Passed the schema: the service refuses it for its own reasons (another enterprise's code,
    // no such batch), never for the county.
    expect(undecided.status).not.toBe(500);
    const body = (await undecided.json()) as ErrorJson;
    expect(body.error.issues.every((i) => i.path !== 'county')).toBe(true);
  });

  it('refuses a receipt outside its fund year and a cost year far ahead', async () => {
    const receipt = await send(
      'POST',
      '/api/relief/years/2026/fund/receipts',
      {
        county: '文成县',
        source: 'local_match',
        amount: '1000.00',
        receivedOn: '2024-05-01',
        reference: 'R1',
      },
      'cf',
    );
    expect(receipt.status).toBe(400);
    const error = ((await receipt.json()) as ErrorJson).error;
    expect(error.issues[0]!.message).toContain('到账日期');
    expect(error.issues[0]!.message).toContain('2026-01-01');
    const cost = await send(
      'PUT',
      `/api/relief/families/${randomUUID()}/costs/2100`,
      {
        totalCost: '1.00',
        basicInsurance: '0',
        criticalIllness: '0',
        medicalAssistance: '0',
        huiminbao: '0',
      },
      'mi',
    );
    await refused(cost, 'year', '2024');
    const member = await send(
      'POST',
      '/api/relief/families',
      {
        familyCode: 'F1',
        county: '文成县',
        township: '大峃镇',
        members: [
          {
            name: '某\u0000甲',
            idNumber: '330399198001010018',
            relation: '户主',
            head: true,
            insured: true,
          },
        ],
      },
      'mi',
    );
    await refused(member, 'members.0.name', '姓名');
  });
});
