// The method on an uploaded batch: the same reading, checks and results as the command line
// (src/methods/hq-star-rating/cli.test.ts has the batch and its hand-worked totals).
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import type { ApiApp } from '../../src/server/env.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { jsonRequest, seedAccount, signIn, testApp, type ErrorJson } from './support.ts';

const A = '91330300MA07YARR9W';
const B = '91330300MA0FXMLK8K';
const C = '91330300MA0PX1FD4Q';
const D = '91330300MA10WCA772';
const COLUMNS = [
  'uscc',
  'name',
  'county',
  'revenue_2y',
  'contribution_2y',
  'rd_2y',
  'pension_payers',
  'tax_filers',
  'top500',
  'listings_3y',
];
const ROWS = [
  [A, '甲集团有限公司', '鹿城区', '10', '5', '100', '90', '100', '', '0'],
  [B, '乙集团有限公司', '瑞安市', '8', '4', '100', '90', '100', 'world', '2'],
  [C, '丙集团有限公司', '乐清市', '2', '1.1', '100', '90', '100', 'private', '1'],
  [D, '丁集团有限公司', '龙港市', '', '1', '100', '90', '100', '', ''],
];
const GOOD = [COLUMNS, ...ROWS].map((row) => row.join(',')).join('\r\n');
// A wrong check character (row 2), an unknown county (row 3), text as revenue (row 4).
const BAD = [
  COLUMNS.join(','),
  `${A.slice(0, 17)}X,甲集团有限公司,鹿城区,10,5,100,90,100,,0`,
  `${B},乙集团有限公司,杭州市,8,4,100,90,100,,`,
  `${C},丙集团有限公司,乐清市,十亿,1.1,100,90,100,,`,
].join('\n');
const QUERY = 'date=2026-03-01&year=2025';

function upload(
  path: string,
  cookie: string,
  name: string,
  content: string | Uint8Array,
  lang?: string,
) {
  const form = new FormData();
  form.set('file', new File([content], name));
  return {
    path,
    init: {
      method: 'POST',
      body: form,
      headers: {
        cookie,
        origin: 'http://localhost',
        ...(lang ? { 'accept-language': lang } : {}),
      },
    },
  };
}

interface RatingJson {
  method: string;
  year: number;
  results: { rank: number; stars: number; uscc: string; total: string; scores?: object }[];
  unscored: { uscc: string; row: number }[];
}

describeEachDatabase('hq-star-rating routes', (getDb) => {
  let app: ApiApp;
  let cookie: string;
  beforeAll(async () => {
    app = testApp(getDb());
    cookie = await signIn(app, await seedAccount(getDb(), { role: 'city_bureau' }));
  });

  it('rates an uploaded CSV as the command line does', async () => {
    const { path, init } = upload(
      `/api/hq-star-rating/rate?${QUERY}&detail=true`,
      cookie,
      'batch.csv',
      GOOD,
    );
    const response = await app.request(path, init);
    expect(response.status).toBe(200);
    const body = (await response.json()) as RatingJson;
    expect(body.method).toBe('hq-star-rating');
    expect(body.year).toBe(2025);
    expect(body.results.map((r) => [r.uscc, r.rank, r.total])).toEqual([
      [A, 1, '100.0000'],
      [B, 2, '86.6795'],
      [C, 3, '23.0000'],
    ]);
    expect(body.results[0]?.scores).toBeDefined();
    expect(body.unscored).toMatchObject([{ uscc: D, row: 5 }]);
  });

  it('rates an uploaded .xlsx (first sheet)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('批次');
    for (const row of [COLUMNS, ...ROWS]) sheet.addRow(row);
    const bytes = await workbook.xlsx.writeBuffer();
    const { path, init } = upload(
      `/api/hq-star-rating/rate?${QUERY}`,
      cookie,
      'batch.xlsx',
      new Uint8Array(bytes as ArrayBuffer),
    );
    const body = (await (await app.request(path, init)).json()) as RatingJson;
    expect(body.results.map((r) => r.total)).toEqual(['100.0000', '86.6795', '23.0000']);
  });

  it('rates JSON rows', async () => {
    const rows = ROWS.map((row) => Object.fromEntries(COLUMNS.map((c, i) => [c, row[i]!])));
    const response = await app.request(
      `/api/hq-star-rating/rate?${QUERY}`,
      jsonRequest('POST', { rows }, { cookie }),
    );
    expect(response.status).toBe(200);
    expect(((await response.json()) as RatingJson).results[1]?.total).toBe('86.6795');
  });

  it('refuses a malformed file with every problem by row and column (400), in zh and en', async () => {
    const zh = upload(`/api/hq-star-rating/rate?${QUERY}`, cookie, 'bad.csv', BAD);
    const response = await app.request(zh.path, zh.init);
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as ErrorJson;
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('上传的数据有 3 处问题，未作任何计算：');
    expect(error.issues.map((i) => [i.row, i.column, i.path])).toEqual([
      [2, 'uscc', 'uscc'],
      [3, 'county', 'county'],
      [4, 'revenue_2y', 'revenue_2y'],
    ]);
    expect(error.issues[2]?.message).toMatch(/^第 4 行 revenue_2y 列：“十亿”不是数字/);

    const en = upload(`/api/hq-star-rating/rate?${QUERY}`, cookie, 'bad.csv', BAD, 'en');
    const english = (await (await app.request(en.path, en.init)).json()) as ErrorJson;
    expect(english.error.issues[1]?.message).toMatch(/^row 3, column county: /);
  });

  it('refuses a missing column, a wrong file type and JSON rows without a key', async () => {
    const noColumn = upload(`/api/hq-star-rating/rate?${QUERY}`, cookie, 'b.csv', 'uscc,name\nx,y');
    const missing = (await (await app.request(noColumn.path, noColumn.init)).json()) as ErrorJson;
    expect(missing.error.issues[0]).toMatchObject({ row: 1, column: 'county', path: 'county' });

    const xls = upload(`/api/hq-star-rating/rate?${QUERY}`, cookie, 'old.xls', 'x');
    const kind = (await (await app.request(xls.path, xls.init)).json()) as ErrorJson;
    expect(kind.error.issues[0]?.code).toBe('table_file_kind');

    const rows = [{ uscc: A, name: '甲' }];
    const json = await app.request(
      `/api/hq-star-rating/rate?${QUERY}`,
      jsonRequest('POST', { rows }, { cookie }),
    );
    const issues = ((await json.json()) as ErrorJson).error.issues;
    expect(issues[0]).toMatchObject({ path: 'rows.0.county', row: 1, column: 'county' });
  });

  it('names bad settings and a missing body', async () => {
    const { init } = upload('', cookie, 'batch.csv', GOOD);
    const response = await app.request(
      '/api/hq-star-rating/rate?date=2026-02-30&year=25&lang=en',
      init,
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorJson).error.issues).toEqual([
      {
        path: 'date',
        code: 'custom',
        message: 'Rating date must be a real date written YYYY-MM-DD, e.g. 2026-03-01',
      },
      {
        path: 'year',
        code: 'invalid_format',
        message: 'Batch year must be a four-digit year such as 2025',
      },
    ]);
    const empty = await app.request('/api/hq-star-rating/rate', {
      method: 'POST',
      headers: { cookie, origin: 'http://localhost' },
    });
    expect(((await empty.json()) as ErrorJson).error.issues[0]?.code).toBe('file_required');
  });

  it('explains one enterprise step by step', async () => {
    const { path, init } = upload(
      `/api/hq-star-rating/explain?${QUERY}&uscc=${B}`,
      cookie,
      'b.csv',
      GOOD,
    );
    const response = await app.request(path, init);
    expect(response.status).toBe(200);
    const explanation = (await response.json()) as {
      subject: { id: string };
      steps: { result?: string }[];
    };
    expect(explanation.subject.id).toBe(B);
    expect(explanation.steps.length).toBeGreaterThan(5);
    expect(JSON.stringify(explanation.steps)).toContain('86.6795');
  });

  it('gives an unscored enterprise its reasons, and an absent one a named error', async () => {
    const unscored = upload(
      `/api/hq-star-rating/explain?${QUERY}&uscc=${D}`,
      cookie,
      'b.csv',
      GOOD,
    );
    const body = (await (await app.request(unscored.path, unscored.init)).json()) as {
      unscored: unknown[];
    };
    expect(body.unscored.length).toBeGreaterThan(0);

    const absent = upload(
      `/api/hq-star-rating/explain?${QUERY}&uscc=91330300MA2AXXXXXX`,
      cookie,
      'b.csv',
      GOOD,
    );
    const response = await app.request(absent.path, absent.init);
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorJson).error.issues[0]).toMatchObject({
      path: 'uscc',
      code: 'uscc_not_in_batch',
    });
  });

  it('refuses the public (401) before reading the upload', async () => {
    const { path, init } = upload(`/api/hq-star-rating/rate?${QUERY}`, '', 'batch.csv', GOOD);
    expect((await app.request(path, init)).status).toBe(401);
  });
});
