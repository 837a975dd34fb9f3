// The relief pilot's screen imports in a person's words and the family's contact over HTTP: Chinese
// headers (English keys accepted), Chinese values for the codes, every problem by row and by the
// column's Chinese header, nothing written when one row is wrong, the templates; the village,
// address and phone of a warned family for its township and medical insurance, masked for the
// others, and audited; civil affairs' list of the families awaiting its decision (未认定).
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { residentIdCheckCharacter } from '../../src/engine/privacy/resident-id.ts';
import { readTable } from '../../src/engine/table/read-table.ts';
import { seedReliefDemo } from '../../src/server/demo/relief-setup.ts';
import { FamilyListSchema, WarningListSchema } from '../../src/server/routes/relief/schemas.ts';
import type { ApiApp } from '../../src/server/env.ts';
import type { Database } from '../../src/store/database.ts';
import type { Actor } from '../../src/workflow/actor.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { queryRows } from '../support/rows.ts';
import { jsonRequest, seedAccount, signIn, testApp, type ErrorJson } from './support.ts';

const TODAY = '2026-11-20';
const YEAR = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
}).format(new Date());

interface Who {
  cookie: string;
  actor: Actor;
}

interface Contact {
  id: string;
  familyCode: string;
  village: string | null;
  address: string | null;
  phone: string | null;
  contactShown: boolean;
  category: number | null;
}

async function person(db: Database, app: ApiApp, spec: Omit<Actor, 'accountId'>): Promise<Who> {
  const account = await seedAccount(db, {
    role: spec.role,
    displayName: spec.displayName,
    ...(spec.office ? { office: spec.office } : {}),
    ...(spec.jurisdiction ? { jurisdiction: spec.jurisdiction } : {}),
    ...(spec.township ? { township: spec.township } : {}),
  });
  return { cookie: await signIn(app, account), actor: { ...spec, accountId: account.id } };
}

/** A synthetic ID number (division 330399, assigned to no county) with its check character. */
function idNumber(serial: number): string {
  const first17 = `33039919700101${String(serial).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

const FAMILY_HEADER =
  '家庭编号,县（市、区）,乡镇（街道）,村（社区）,家庭住址,联系电话,是否户主,姓名,身份证号码,与户主关系,是否参保,参保类型';

describeEachDatabase('relief sheets in Chinese and the family contact over HTTP', (getDb) => {
  let app: ApiApp;
  let mi: Who;
  let ca: Who;
  let cf: Who;
  let daxie: Who;
  const get = (path: string, who: Who, lang = 'zh') =>
    app.request(path, { headers: { cookie: who.cookie, 'accept-language': lang } });
  const upload = (path: string, name: string, text: string, who: Who = mi, lang = 'zh') => {
    const form = new FormData();
    form.append('file', new File([text], name, { type: 'text/csv' }));
    return app.request(path, {
      method: 'POST',
      headers: { cookie: who.cookie, origin: 'http://localhost', 'accept-language': lang },
      body: form,
    });
  };
  const count = async (table: 'relief_member' | 'relief_family') =>
    Number(
      (
        await queryRows<{ n: string }>(getDb(), sql`select count(*) as n from ${sql.raw(table)}`)
      )[0]!.n,
    );
  const family = async (code: string, who: Who) => {
    const list = (await (
      await get(`/api/relief/families?year=${YEAR}&pageSize=200`, who)
    ).json()) as { items: Contact[] };
    return list.items.find((item) => item.familyCode === code);
  };

  beforeAll(async () => {
    const db = getDb();
    app = testApp(db);
    mi = await person(db, app, {
      role: 'relief_office',
      office: 'medical_insurance',
      displayName: '市医疗保障局',
    });
    ca = await person(db, app, {
      role: 'relief_office',
      office: 'civil_affairs',
      displayName: '市民政局',
    });
    cf = await person(db, app, {
      role: 'relief_office',
      office: 'charity_federation',
      displayName: '市慈善总会',
    });
    daxie = await person(db, app, {
      role: 'relief_township',
      jurisdiction: '文成县',
      township: '大峃镇',
      displayName: '大峃镇',
    });
    expect(await seedReliefDemo(db, [mi.actor, ca.actor, cf.actor, daxie.actor], TODAY)).toBe(true);
  });

  it('refuses a Chinese-headed file by row and Chinese column, in Chinese, and writes nothing', async () => {
    const before = [await count('relief_family'), await count('relief_member')];
    const file = [
      FAMILY_HEADER,
      `CN0001,文成县,大峃镇,岙底村,文成县大峃镇岙底村8号,13900001111,是,林某某,${idNumber(1)},户主,是,城乡居民医保`,
      `CN0001,文成县,大峃镇,,,,否,林某,330399197013321230,配偶,是,新农合`,
      `CN0002,文成县,大峃镇,溪口村,,8888888,也许,陈某某,${idNumber(3)},户主,是,职工医保`,
    ].join('\n');
    const response = await upload('/api/relief/families/import', '新增家庭-有误.csv', file);
    expect(response.status).toBe(400);
    const { issues } = ((await response.json()) as ErrorJson).error;
    const where = issues.map((issue) => [issue.row, issue.column]);
    expect(where).toEqual(
      expect.arrayContaining([
        [3, '身份证号码'],
        [3, '参保类型'],
        [4, '是否户主'],
        [4, '联系电话'],
      ]),
    );
    for (const issue of issues) {
      expect(issue.row).toBeGreaterThan(1);
      expect(issue.column).toMatch(/[\u4e00-\u9fff]/);
      expect(issue.message).toContain(`第 ${issue.row} 行 ${issue.column} 列`);
    }
    const kind = issues.find((issue) => issue.column === '参保类型')!;
    expect(kind.message).toContain('城乡居民医保');
    expect(kind.message).toContain('新农合');
    expect([await count('relief_family'), await count('relief_member')]).toEqual(before);

    // A missing required column is named by its Chinese header at row 1.
    const missing = await upload(
      '/api/relief/families/import',
      '缺列.csv',
      `家庭编号,县（市、区）,乡镇（街道）,是否户主,身份证号码,与户主关系,是否参保\nCN0009,文成县,大峃镇,是,${idNumber(9)},户主,是\n`,
    );
    expect(missing.status).toBe(400);
    const gap = ((await missing.json()) as ErrorJson).error.issues;
    expect(gap).toEqual([expect.objectContaining({ row: 1, column: '姓名' })]);

    // In English the place reads the same, the message in English.
    const english = await upload('/api/relief/families/import', 'bad.csv', file, mi, 'en');
    const en = ((await english.json()) as ErrorJson).error.issues;
    expect(en.find((issue) => issue.row === 3 && issue.column === '身份证号码')!.message).toMatch(
      /^row 3, column 身份证号码: /,
    );
  });

  it('imports Chinese headers and values, and English keys and codes alike', async () => {
    const file = [
      FAMILY_HEADER,
      `CN0001,文成县,大峃镇,岙底村,文成县大峃镇岙底村8号,13900001111,是,林某某,${idNumber(1)},户主,是,城乡居民医保`,
      `CN0001,文成县,大峃镇,,,,否,林某,${idNumber(2)},配偶,否,`,
    ].join('\n');
    const response = await upload('/api/relief/families/import', '新增家庭.csv', file);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ families: 1, members: 2 });
    const shown = await family('CN0001', mi);
    expect(shown).toMatchObject({
      village: '岙底村',
      address: '文成县大峃镇岙底村8号',
      phone: '13900001111',
      contactShown: true,
      category: null,
    });

    const keys = [
      'family_code,county,township,head,name,id_number,relation,insured,insurance_kind',
      `EN0001,文成县,玉壶镇,是,郑某某,${idNumber(5)},户主,yes,employee`,
      `EN0002,文成县,玉壶镇,是,何某某,${idNumber(6)},户主,是,职工医保`,
    ].join('\n');
    const english = await upload('/api/relief/families/import', 'families.csv', keys);
    expect(english.status).toBe(201);
    const detail = await get(`/api/relief/families/${(await family('EN0002', mi))!.id}`, mi);
    const body = (await detail.json()) as { members: { insuranceKind: string }[] };
    expect(body.members[0]!.insuranceKind).toBe('employee');
  });

  it('names the cost columns by their Chinese headers, and imports them', async () => {
    const header =
      '家庭编号,医疗费用总额,基本医保支付,大病保险支付,医疗救助支付,惠民保（益康保）支付';
    const bad = await upload(
      `/api/relief/years/${YEAR}/costs/import`,
      '费用-有误.csv',
      `${header}\nCN0001,30000.00,一万,0,0,0\nNOPE01,1,0,0,0,0\n`,
    );
    expect(bad.status).toBe(400);
    const issues = ((await bad.json()) as ErrorJson).error.issues;
    expect(issues).toEqual([expect.objectContaining({ row: 2, column: '基本医保支付' })]);
    const unknown = await upload(
      `/api/relief/years/${YEAR}/costs/import`,
      '费用-有误.csv',
      `${header}\nNOPE01,1,0,0,0,0\n`,
    );
    const unknownIssues = ((await unknown.json()) as ErrorJson).error.issues;
    expect(unknownIssues).toEqual([expect.objectContaining({ row: 2, column: '家庭编号' })]);
    const good = await upload(
      `/api/relief/years/${YEAR}/costs/import`,
      '费用.csv',
      `${header}\nCN0001,30000.00,18000.00,0,0,0\n`,
    );
    expect(good.status).toBe(201);
  });

  it('offers the templates to medical insurance, with Chinese headers and an example marked 演示数据', async () => {
    for (const sheet of ['families', 'costs'] as const) {
      for (const format of ['xlsx', 'csv'] as const) {
        const response = await get(`/api/relief/templates/${sheet}.${format}`, mi);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-disposition')).toContain(
          encodeURIComponent('导入模板'),
        );
        const bytes = new Uint8Array(await response.arrayBuffer());
        const table = await readTable({ fileName: `t.${format}`, bytes }, { required: [] });
        expect(table.columns[0]).toBe('家庭编号');
        expect(table.columns.every((column) => /[\u4e00-\u9fff]/.test(column))).toBe(true);
        expect(table.rows.length).toBeGreaterThan(0);
        expect(table.rows.every((row) => row.cells['备注']!.includes('演示数据'))).toBe(true);
      }
    }
    expect((await get('/api/relief/templates/families.csv', daxie)).status).toBe(403);
    expect((await get('/api/relief/templates/costs.xlsx', ca)).status).toBe(403);

    // The family template imports as it is: its example family comes in marked as demo data.
    const template = await get('/api/relief/templates/families.xlsx', mi);
    const form = new FormData();
    form.append(
      'file',
      new File([new Uint8Array(await template.arrayBuffer())], '家庭成员导入模板.xlsx'),
    );
    const imported = await app.request('/api/relief/families/import', {
      method: 'POST',
      headers: { cookie: mi.cookie, origin: 'http://localhost' },
      body: form,
    });
    expect(imported.status).toBe(201);
    const list = (await (
      await get(`/api/relief/families?year=${YEAR}&pageSize=200`, mi)
    ).json()) as {
      items: (Contact & { synthetic: boolean })[];
    };
    expect(list.items.find((item) => item.familyCode === 'SL0001')?.synthetic).toBe(true);
  });

  it('lists the families awaiting civil affairs’ decision (未认定), on the server', async () => {
    const response = await get(`/api/relief/families?year=${YEAR}&category=none&pageSize=200`, ca);
    expect(response.status).toBe(200);
    const list = FamilyListSchema.parse(await response.json());
    expect(list.items.map((item) => item.familyCode)).toEqual(
      expect.arrayContaining(['CN0001', 'EN0001', 'EN0002']),
    );
    expect(list.items.every((item) => item.category === null)).toBe(true);
    const [undecided] = await queryRows<{ n: string }>(
      getDb(),
      sql`select count(*) as n from relief_family where category is null`,
    );
    expect(list.total).toBe(Number(undecided!.n));
    const one = await get(`/api/relief/families?year=${YEAR}&category=none&pageSize=1`, ca);
    expect(((await one.json()) as { total: number }).total).toBe(list.total);
    expect((await get(`/api/relief/families?category=3`, ca)).status).toBe(400);
  });

  it('shows a warned family’s address and phone to its township and medical insurance only, audited', async () => {
    // Civil affairs decides: second category, and a member not insured raises a warning (MD3).
    const id = (await family('CN0001', ca))!.id;
    const decided = await app.request(
      `/api/relief/families/${id}/category`,
      jsonRequest('PUT', { category: 2, note: '民政认定' }, { cookie: ca.cookie }),
    );
    expect(decided.status).toBe(200);

    const warnings = await get(`/api/relief/years/${YEAR}/warnings`, daxie);
    const own = WarningListSchema.parse(await warnings.json());
    const warned = own.find((w) => w.familyCode === 'CN0001')!;
    expect(warned).toMatchObject({
      village: '岙底村',
      address: '文成县大峃镇岙底村8号',
      phone: '13900001111',
      contactShown: true,
    });
    expect(own.every((w) => w.contactShown)).toBe(true);
    expect(await family('CN0001', daxie)).toMatchObject({ phone: '13900001111' });

    const civil = await family('CN0001', ca);
    expect(civil).toMatchObject({ village: '岙底村', phone: '139****1111', contactShown: false });
    expect(civil!.address).toMatch(/^文成县\*+$/);
    expect(await family('CN0001', cf)).toMatchObject({ phone: '139****1111', contactShown: false });
    const federation = await get(`/api/relief/years/${YEAR}/warnings`, cf);
    const all = WarningListSchema.parse(await federation.json());
    expect(all.find((w) => w.familyCode === 'CN0001')).toMatchObject({
      phone: '139****1111',
      contactShown: false,
    });

    // A family of the township that is not warned: its phone stays masked for the township.
    const quiet = (
      (await (await get(`/api/relief/families?year=${YEAR}&pageSize=200`, daxie)).json()) as {
        items: (Contact & { warning: string | null })[];
      }
    ).items.filter((item) => item.warning === null && item.phone !== null);
    expect(quiet.length).toBeGreaterThan(0);
    expect(quiet.every((item) => !item.contactShown && item.phone!.includes('*'))).toBe(true);

    // Every read is audited with whether the contact was shown, never the phone or address.
    const view = await get(`/api/relief/families/${id}`, daxie);
    expect(((await view.json()) as Contact).address).toBe('文成县大峃镇岙底村8号');
    const audit = await queryRows<{ action: string; after: string }>(
      getDb(),
      sql`select action, after::text as after from audit_log where action in ('relief.family.view', 'relief.warning.list', 'relief.family.list') order by id desc limit 20`,
    );
    const latestView = audit.find((row) => row.action === 'relief.family.view')!;
    expect(JSON.parse(latestView.after)).toMatchObject({ contactShown: true });
    // A list read names the families it showed, and those shown with their contact.
    const township = audit.find(
      (row) => row.action === 'relief.warning.list' && row.after.includes('大峃镇'),
    )!;
    expect(JSON.parse(township.after)).toMatchObject({
      shown: own.length,
      families: own.map((w) => w.familyCode),
      contactShownFor: own.map((w) => w.familyCode),
    });
    const register = audit.find((row) => row.action === 'relief.family.list')!;
    expect(JSON.parse(register.after).families).toEqual(expect.arrayContaining(['CN0001']));
    const all2 = await queryRows<{ row: string }>(
      getDb(),
      sql`select concat(before::text, after::text, note) as row from audit_log where action like 'relief.%'`,
    );
    const text = all2.map((row) => row.row).join('\n');
    expect(text).not.toContain('13900001111');
    expect(text).not.toContain('岙底村8号');
  });
});
