// The relief pilot over HTTP on its demo year: who sees what (ID numbers masked in the lists, the
// detail, the results files and the audit log for every role that may not see them), the family
// view's audit record, township scope, and refusals naming their fields.
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { readTable } from '../../src/engine/table/read-table.ts';
import { seedReliefDemo } from '../../src/server/demo/relief-setup.ts';
import {
  DashboardSchema,
  FamilyDetailSchema,
  FamilyListSchema,
  FundSchema,
  RunSchema,
  WarningListSchema,
} from '../../src/server/routes/relief/schemas.ts';
import type { ApiApp } from '../../src/server/env.ts';
import type { Database } from '../../src/store/database.ts';
import type { Actor } from '../../src/workflow/actor.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { queryRows } from '../support/rows.ts';
import { jsonRequest, seedAccount, signIn, testApp, type ErrorJson } from './support.ts';

/** A full synthetic ID number (division 330399) anywhere in a text. */
const FULL_ID = /330399\d{11}[\dX]/;
const MASKED_ID = /3303\*{10}\d{3}[\dX]/;
const TODAY = '2026-11-20';

interface Who {
  cookie: string;
  actor: Actor;
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

describeEachDatabase('relief pilot over HTTP', (getDb) => {
  let app: ApiApp;
  let mi: Who;
  let ca: Who;
  let cf: Who;
  let daxie: Who;
  let admin: Who;
  const get = (path: string, who: Who) => app.request(path, { headers: { cookie: who.cookie } });

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
    admin = await person(db, app, { role: 'admin', displayName: '管理员' });
    const actors = [mi.actor, ca.actor, cf.actor, daxie.actor];
    expect(await seedReliefDemo(db, actors, TODAY)).toBe(true);
    expect(await seedReliefDemo(db, actors, TODAY)).toBe(false);
  });

  it('lists families with IDs masked for the federation and townships, in full for medical insurance', async () => {
    const full = await (await get('/api/relief/families?year=2026&pageSize=200', mi)).text();
    expect(full).toMatch(FULL_ID);
    FamilyListSchema.parse(JSON.parse(full));
    const list = JSON.parse(full) as {
      total: number;
      items: { township: string; relief: string | null }[];
    };
    expect(list.total).toBeGreaterThanOrEqual(40);
    expect(list.items.some((item) => item.township === '大峃镇')).toBe(true);
    expect(list.items.some((item) => item.township === '罗阳镇')).toBe(true);

    const masked = await (await get('/api/relief/families?year=2026&pageSize=200', cf)).text();
    expect(masked).not.toMatch(FULL_ID);
    expect(masked).toMatch(MASKED_ID);

    const township = await get('/api/relief/families?year=2026&county=泰顺县&pageSize=200', daxie);
    const own = (await township.json()) as { items: { township: string; relief: string | null }[] };
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((item) => item.township === '大峃镇' && item.relief === null)).toBe(
      true,
    );

    expect((await get('/api/relief/families', admin)).status).toBe(403);
  });

  it('writes an audit record on every family view, with no unmasked ID in any audit row', async () => {
    const db = getDb();
    const list = (await (
      await get('/api/relief/families?year=2026&township=大峃镇', cf)
    ).json()) as {
      items: { id: string }[];
    };
    const id = list.items[0]!.id;
    const before = await viewCount(db, id);
    const response = await get(`/api/relief/families/${id}?year=2026`, cf);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toMatch(FULL_ID);
    expect(FamilyDetailSchema.parse(JSON.parse(text))).toMatchObject({ costs: null });
    await get(`/api/relief/families/${id}`, mi);
    expect(await viewCount(db, id)).toBe(before + 2);

    const detail = (await (await get(`/api/relief/families/${id}`, mi)).json()) as {
      costs: unknown[];
    };
    expect(detail.costs).not.toBeNull();

    const audit = await queryRows<{ row: string }>(
      db,
      sql`select concat(actor, action, entity_id, before::text, after::text, note) as row from audit_log where action like 'relief.%'`,
    );
    expect(audit.length).toBeGreaterThan(50);
    for (const entry of audit) expect(entry.row).not.toMatch(FULL_ID);
  });

  it('exports the results masked by role, in xlsx and csv', async () => {
    for (const format of ['xlsx', 'csv'] as const) {
      const cells = async (who: Who) => {
        const response = await get(`/api/relief/years/2026/results.${format}`, who);
        expect(response.status).toBe(200);
        const bytes = new Uint8Array(await response.arrayBuffer());
        const table = await readTable({ fileName: `r.${format}`, bytes }, { required: [] });
        return JSON.stringify(table);
      };
      const federation = await cells(cf);
      expect(federation).not.toMatch(FULL_ID);
      expect(federation).toMatch(MASKED_ID);
      expect(federation).not.toContain('个人自付');
      expect(federation).toContain('化解金额');
      const bureau = await cells(mi);
      expect(bureau).toMatch(FULL_ID);
      expect(bureau).toContain('个人自付');
      const township = await cells(daxie);
      expect(township).not.toMatch(FULL_ID);
      expect(township).not.toContain('化解金额');
      expect(township).not.toContain('罗阳镇');
    }
  });

  it('shows a township its own warnings and refuses its visits elsewhere', async () => {
    const own = (await (await get('/api/relief/years/2026/warnings', daxie)).json()) as {
      township: string;
    }[];
    expect(own.every((w) => w.township === '大峃镇')).toBe(true);
    WarningListSchema.parse(own);
    const all = (await (await get('/api/relief/years/2026/warnings', mi)).json()) as {
      id: string;
      township: string;
    }[];
    const elsewhere = all.find((w) => w.township === '罗阳镇')!;
    const refused = await app.request(
      `/api/relief/warnings/${elsewhere.id}/visits`,
      jsonRequest('POST', { visitedOn: TODAY, result: 'verified' }, { cookie: daxie.cookie }),
    );
    expect(refused.status).toBe(404);
  });

  it('filters the families to those warned in the year, at any level or at one', async () => {
    const list = async (query: string) =>
      FamilyListSchema.parse(
        await (await get(`/api/relief/families?year=2026&pageSize=200${query}`, mi)).json(),
      );
    const everyone = await list('');
    const warned = await list('&warning=any');
    const expected = everyone.items.filter((f) => f.warning !== null).map((f) => f.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(everyone.total);
    expect(warned.total).toBe(expected.length);
    expect(warned.items.map((f) => f.id).sort()).toEqual([...expected].sort());
    const level = warned.items[0]!.warning!;
    const atLevel = await list(`&warning=${level}`);
    expect(atLevel.items.length).toBeGreaterThan(0);
    expect(atLevel.items.every((f) => f.warning === level)).toBe(true);
    expect((await get('/api/relief/families?warning=red', mi)).status).toBe(400);
  });

  it('names the fields of a refused request in the reader’s language, the ID masked', async () => {
    const body = {
      familyCode: 'X1',
      county: '文成县',
      township: '大峃镇',
      members: [
        {
          name: '某某',
          idNumber: '330399198001010019',
          relation: '户主',
          head: true,
          insured: true,
        },
      ],
    };
    const zh = await app.request(
      '/api/relief/families',
      jsonRequest('POST', body, { cookie: mi.cookie, lang: 'zh' }),
    );
    expect(zh.status).toBe(400);
    const text = await zh.text();
    expect(text).not.toContain('330399198001010019');
    const error = (JSON.parse(text) as ErrorJson).error;
    expect(error.issues[0]).toMatchObject({ path: 'members.0.idNumber' });
    expect(error.issues[0]!.message).toContain('校验位');
    const wrongOffice = await app.request(
      '/api/relief/families',
      jsonRequest('POST', body, { cookie: ca.cookie, lang: 'en' }),
    );
    expect(wrongOffice.status).toBe(403);
  });

  it('leaves the tables unchanged when an uploaded import has one bad row', async () => {
    const db = getDb();
    const count = async () =>
      (await queryRows<{ n: string }>(db, sql`select count(*) as n from relief_member`))[0]!.n;
    const before = await count();
    const form = new FormData();
    const file =
      'family_code,county,township,head,name,id_number,relation,insured\nZ1,文成县,大峃镇,是,某甲,330399198001010018,户主,是\nZ2,文成县,大峃镇,是,某乙,33039919800101001,户主,是\n';
    form.append('file', new File([file], 'z.csv', { type: 'text/csv' }));
    const response = await app.request('/api/relief/families/import', {
      method: 'POST',
      headers: { cookie: mi.cookie, origin: 'http://localhost' },
      body: form,
    });
    expect(response.status).toBe(400);
    const error = ((await response.json()) as ErrorJson).error;
    expect(error.issues).toHaveLength(1);
    expect(await count()).toBe(before);
  });

  it('computes, explains, approves and pays over HTTP, and lists the routes in the OpenAPI document', async () => {
    const post = (path: string, body: unknown, who: Who) =>
      app.request(path, jsonRequest('POST', body, { cookie: who.cookie }));
    const computed = await post('/api/relief/years/2026/runs', undefined, mi);
    expect(computed.status).toBe(201);
    const run = (await computed.json()) as {
      id: string;
      families: { familyId: string; relief: string; outOfPocket: string | null }[];
    };
    expect(run.families.every((f) => f.outOfPocket !== null)).toBe(true);
    const seen = (await (await get(`/api/relief/runs/${run.id}`, cf)).json()) as typeof run;
    RunSchema.parse(seen);
    expect(seen.families.every((f) => f.outOfPocket === null)).toBe(true);
    expect((await get(`/api/relief/runs/${run.id}`, ca)).status).toBe(403);
    const relieved = run.families.find((f) => f.relief !== '0.00')!;
    const explained = await get(
      `/api/relief/runs/${run.id}/families/${relieved.familyId}/explanation`,
      cf,
    );
    expect(explained.status).toBe(200);
    const explanation = await explained.text();
    expect(explanation).not.toMatch(FULL_ID);
    expect(explanation).toContain('90号 三(五)');
    expect(
      (await post(`/api/relief/runs/${run.id}/approve`, { note: '同意拨付' }, cf)).status,
    ).toBe(200);
    const paid = await post(`/api/relief/runs/${run.id}/payments`, { all: true }, cf);
    expect(paid.status).toBe(201);
    const again = await post(
      `/api/relief/runs/${run.id}/payments`,
      { familyId: relieved.familyId },
      cf,
    );
    expect(again.status).toBe(409);
    expect(((await again.json()) as ErrorJson).error.code).toBe('already_paid');

    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    const relief = Object.keys(doc.paths).filter((path) => path.startsWith('/api/relief/'));
    expect(relief).toEqual(
      expect.arrayContaining([
        '/api/relief/families',
        '/api/relief/families/{familyId}',
        '/api/relief/years/{year}/results.xlsx',
        '/api/relief/warnings/{warningId}/visits',
      ]),
    );
  });

  it('shows the dashboard and the fund', async () => {
    const dashboard = (await (await get('/api/relief/years/2026/dashboard', admin)).json()) as {
      total: { participation: { value: string; met: boolean } };
      counties: unknown[];
    };
    DashboardSchema.parse(dashboard);
    expect(dashboard.counties).toHaveLength(6);
    expect(dashboard.total.participation.value).toMatch(/^\d+\.\d\d$/);
    const fund = (await (await get('/api/relief/years/2026/fund', cf)).json()) as {
      totals: { cityAllocation: string; funded: string };
    };
    FundSchema.parse(fund);
    expect(fund.totals.cityAllocation).toBe('20000000.00');
    expect(fund.totals.funded).toBe('39000000.00');
  });
});

async function viewCount(db: Database, familyId: string): Promise<number> {
  const rows = await queryRows<{ n: string }>(
    db,
    sql`select count(*) as n from audit_log where action = 'relief.family.view' and entity_id = ${familyId}`,
  );
  return Number(rows[0]!.n);
}
