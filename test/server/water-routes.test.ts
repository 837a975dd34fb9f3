// The water-fund routes over HTTP: 401 without a session, 403 for the wrong role or office, request
// and service problems named by field (or by row and column for a file) in Chinese and English.
import { beforeAll, expect, it } from 'vitest';
import type { ApiApp } from '../../src/server/env.ts';
import type { Actor, Role } from '../../src/workflow/actor.ts';
import { demoYear } from '../../src/methods/water-source-compensation/demo.ts';
import { FIGURE_OFFICES, fieldsOfOffice } from '../../src/workflow/water-fund/fields.ts';
import { enterFigures, openYear } from '../../src/workflow/water-fund/services/index.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { seedAccount, signIn, testApp, type ErrorJson } from './support.ts';

const ORIGIN = 'http://localhost';

describeEachDatabase('water fund over HTTP: access and error shapes', (getDb) => {
  let app: ApiApp;
  const cookie = {} as Record<string, string>;

  async function person(key: string, role: Role, scope: Partial<Actor> = {}) {
    const account = await seedAccount(getDb(), { role, ...scope } as never);
    cookie[key] = await signIn(app, account);
  }

  function call(method: string, path: string, who?: string, body?: unknown, lang?: string) {
    const headers: Record<string, string> = { origin: ORIGIN };
    if (who) headers.cookie = cookie[who]!;
    if (lang) headers['accept-language'] = lang;
    if (body !== undefined) headers['content-type'] = 'application/json';
    return app.request(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }
  const errorOf = async (response: Response) => ((await response.json()) as ErrorJson).error;

  beforeAll(async () => {
    app = testApp(getDb());
    await person('finance', 'water_office', { office: 'finance' });
    await person('ecology', 'water_office', { office: 'ecology_environment' });
    await person('security', 'water_office', { office: 'public_security' });
    await person('nature', 'water_office', { office: 'natural_resources' });
    await person('wencheng', 'water_county', { jurisdiction: '文成县' });
    await person('admin', 'admin');
    await person('bureau', 'city_bureau');
  });

  it('guards every route by role and office, and names each problem', async () => {
    const openapi = (await (await call('GET', '/api/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(openapi.paths).filter((p) => p.startsWith('/api/water/'))).toHaveLength(16);
    expect((await call('GET', '/api/water/years')).status).toBe(401);
    expect((await call('GET', '/api/water/years', 'bureau')).status).toBe(403);
    expect((await call('POST', '/api/water/years', 'wencheng', { year: 2025 })).status).toBe(403);
    const wrongOffice = await call('POST', '/api/water/years', 'ecology', { year: 2025 });
    expect(wrongOffice.status).toBe(403);
    expect((await errorOf(wrongOffice)).message).toContain('市财政局');
    const notCovered = await call('POST', '/api/water/years', 'finance', { year: 2030 });
    expect(notCovered.status).toBe(400);
    expect((await errorOf(notCovered)).issues[0]!.path).toBe('year');
    const opened = await call('POST', '/api/water/years', 'finance', { year: 2025 });
    expect(opened.status).toBe(201);
    expect((await call('POST', '/api/water/years', 'finance', { year: 2025 })).status).toBe(409);

    const years = (await (await call('GET', '/api/water/years', 'wencheng')).json()) as unknown[];
    expect(years).toMatchObject([{ year: 2025, state: 'collecting', figuresDueOn: '2026-03-31' }]);
    const year = (await (await call('GET', '/api/water/years/2025', 'ecology')).json()) as {
      editableFields: string[];
      figures: unknown[];
    };
    expect(year.editableFields).toEqual(['primary_zone_area', 'water_quality', 'management']);
    expect(year.figures).toHaveLength(32);

    // The request schema: a number where decimal text is expected.
    const badShape = await call('PUT', '/api/water/years/2025/figures', 'ecology', {
      figures: [{ county: '文成县', field: 'water_quality', value: 45 }],
    });
    expect(badShape.status).toBe(400);
    expect((await errorOf(badShape)).issues[0]!.path).toBe('figures.0.value');
    // The service: above the maximum, in English.
    const above = await call(
      'PUT',
      '/api/water/years/2025/figures',
      'ecology',
      {
        figures: [
          { county: '文成县', field: 'water_quality', value: '45' },
          { county: '文成县', field: 'management', value: '16' },
        ],
      },
      'en',
    );
    expect(above.status).toBe(400);
    const aboveError = await errorOf(above);
    expect(aboveError.issues).toHaveLength(1);
    expect(aboveError.issues[0]).toMatchObject({ path: 'figures.1.value', code: 'above_max' });
    expect(aboveError.issues[0]!.message).toContain('at most 15');
    const otherOffice = await call('PUT', '/api/water/years/2025/figures', 'ecology', {
      figures: [{ county: '文成县', field: 'population', value: '1000' }],
    });
    expect(otherOffice.status).toBe(403);
    expect((await errorOf(otherOffice)).message).toContain('市公安局');
    const stored = await call('PUT', '/api/water/years/2025/figures', 'ecology', {
      figures: [{ county: '文成县', field: 'water_quality', value: '45' }],
    });
    expect(stored.status).toBe(200);

    // Import: issues by row and column, nothing stored.
    const form = new FormData();
    const text = '县（市、区）,集雨区内行政人口数\n瑞安市,81234\n文成县,x\n';
    form.append('file', new File([text], 'population.csv', { type: 'text/csv' }));
    const imported = await app.request('/api/water/years/2025/figures/import', {
      method: 'POST',
      body: form,
      headers: { cookie: cookie.security!, origin: ORIGIN },
    });
    expect(imported.status).toBe(400);
    expect((await errorOf(imported)).issues[0]).toMatchObject({
      path: 'file',
      row: 3,
      column: '集雨区内行政人口数',
      code: 'not_a_number',
    });
    const template = await call(
      'GET',
      '/api/water/years/2025/figures/template?office=public_security',
      'security',
    );
    expect(template.status).toBe(200);
    expect(template.headers.get('content-type')).toContain('spreadsheetml');

    // A run with figures missing names each of them.
    expect((await call('POST', '/api/water/years/2025/runs', 'finance')).status).toBe(403);
    const run = await call('POST', '/api/water/years/2025/runs', 'nature');
    expect(run.status).toBe(400);
    const missing = await errorOf(run);
    expect(missing.issues.map((i) => i.path)).toContain('figures.文成县.population');
    expect(missing.issues).toHaveLength(31);

    // Uses and self-evaluation wait for the allocation; categories for everyone signed in.
    const categories = (await (
      await call('GET', '/api/water/use-categories', 'wencheng')
    ).json()) as {
      allowed: unknown[];
      forbidden: unknown[];
    };
    expect(categories.allowed).toHaveLength(13);
    expect(categories.forbidden).toHaveLength(2);
    const use = await call('POST', '/api/water/years/2025/uses', 'wencheng', {
      category: 'refuse',
      amount: '100.00',
      description: '垃圾清运',
    });
    expect(use.status).toBe(409);
    expect((await call('GET', '/api/water/years/2025/self-evaluation', 'finance')).status).toBe(
      403,
    );
    const evaluation = await call('GET', '/api/water/years/2025/self-evaluation', 'wencheng');
    expect(await evaluation.json()).toMatchObject({ county: '文成县', summary: null });
    expect((await call('GET', '/api/water/years/2025/self-evaluations', 'wencheng')).status).toBe(
      403,
    );
    expect((await call('GET', '/api/water/years/2025/ledger', 'admin')).status).toBe(200);
    expect((await call('GET', '/api/water/years/2025/allocation-notice.pdf', 'admin')).status).toBe(
      409,
    );
    expect((await call('GET', '/api/water/years/1999', 'admin')).status).toBe(400);
    expect((await call('GET', '/api/water/years/2024', 'admin')).status).toBe(404);
  }, 60_000);

  it('runs, explains, approves and refuses a forbidden use over HTTP', async () => {
    const db = getDb();
    const as = (office: string): Actor =>
      ({ accountId: `svc-${office}`, role: 'water_office', displayName: office, office }) as Actor;
    await openYear(db, as('finance'), { year: 2024 });
    const doc = demoYear({ year: 2024, seed: 11 });
    for (const office of FIGURE_OFFICES) {
      const figures = Object.keys(doc.factors).flatMap((county) =>
        fieldsOfOffice(office).map((field) => ({
          county,
          field,
          value: (doc.factors[county as '瑞安市'][field] ??
            doc.assessment[county as '瑞安市'][field])!,
        })),
      );
      await enterFigures(db, as(office), { year: 2024, figures });
    }
    const run = await call('POST', '/api/water/years/2024/runs', 'nature');
    expect(run.status).toBe(201);
    const { id, allocations } = (await run.json()) as {
      id: string;
      allocations: { county: string; total: string }[];
    };
    expect(allocations.map((a) => a.county)).toEqual(['瑞安市', '文成县', '泰顺县', '瓯海区']);
    const detail = await call('GET', `/api/water/runs/${id}`, 'ecology', undefined, 'en');
    const explained = (await detail.json()) as {
      explanations: { county: string; explanation: { steps: { title: { en: string } }[] } }[];
    };
    expect(explained.explanations).toHaveLength(4);
    expect((await call('GET', `/api/water/runs/${id}`, 'wencheng')).status).toBe(404);
    expect((await call('POST', `/api/water/runs/${id}/approve`, 'finance', {})).status).toBe(403);
    const approved = await call('POST', `/api/water/runs/${id}/approve`, 'nature', {
      note: '同意',
    });
    expect(approved.status).toBe(200);
    expect((await call('GET', `/api/water/runs/${id}`, 'wencheng')).status).toBe(200);

    const forbidden = await call('POST', '/api/water/years/2024/uses', 'wencheng', {
      category: 'personal_allowance',
      amount: '100.00',
      description: '发放补贴',
    });
    expect(forbidden.status).toBe(400);
    const refusal = await errorOf(forbidden);
    expect(refusal.issues[0]).toMatchObject({ path: 'category', code: 'forbidden_use' });
    expect(refusal.issues[0]!.message).toContain('28号 第十三条');
    const total = allocations.find((a) => a.county === '文成县')!.total;
    const beyond = await call('POST', '/api/water/years/2024/uses', 'wencheng', {
      category: 'refuse',
      amount: `${BigInt(total.split('.')[0]!) + 1n}.00`,
      description: '垃圾清运',
    });
    expect(beyond.status).toBe(400);
    expect((await errorOf(beyond)).issues[0]).toMatchObject({ path: 'amount' });
    const use = await call('POST', '/api/water/years/2024/uses', 'wencheng', {
      category: 'refuse',
      amount: '100.00',
      description: '垃圾清运',
    });
    expect(use.status).toBe(201);

    const ledger = (await (
      await call('GET', '/api/water/years/2024/ledger', 'finance')
    ).json()) as {
      lines: { id: string; kind: string }[];
      totals: { outgoing: { total: string } };
    };
    expect(ledger.totals.outgoing.total).toBe('170000000.00');
    const line = ledger.lines.find((l) => l.kind === 'transfer')!;
    const badPaid = await call('POST', `/api/water/ledger/${line.id}/paid`, 'finance', {
      paidOn: '5 May',
      reference: '',
    });
    expect(badPaid.status).toBe(400);
    expect((await errorOf(badPaid)).issues.map((i) => i.path).sort()).toEqual([
      'paidOn',
      'reference',
    ]);
    const paid = await call('POST', `/api/water/ledger/${line.id}/paid`, 'finance', {
      paidOn: '2025-05-05',
      reference: '温财拨〔2025〕5号',
    });
    expect(paid.status).toBe(200);
    const flows = (await (await call('GET', '/api/water/years/2024/flows', 'wencheng')).json()) as {
      sources: unknown[];
      targets: unknown[];
    };
    expect(flows.sources).toHaveLength(11);
    expect(flows.targets).toHaveLength(4);
    const pdf = await call('GET', '/api/water/years/2024/allocation-notice.pdf', 'wencheng');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
  }, 60_000);
});
