// Hostile input never takes the service down: oversized JSON and uploads are refused with 413
// before they are read, a workbook that unpacks to gigabytes with 400 before exceljs sees it, a
// file with a problem on every line lists 200 of them, parallel imports beyond two get 503, and
// /api/health answers throughout.
import { Buffer } from 'node:buffer';
import { beforeAll, expect, it } from 'vitest';
import type { ApiApp } from '../../src/server/env.ts';
import { importSlots } from '../../src/server/request-limits.ts';
import type { Actor, Role } from '../../src/workflow/actor.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { sheetXml, zipOf } from '../support/zip.ts';
import { seedAccount, signIn, testApp, type ErrorJson } from './support.ts';

const ORIGIN = 'http://localhost';
const MB = 1024 * 1024;
const WATER_IMPORT = '/api/water/years/2025/figures/import';
const RELIEF_IMPORT = '/api/relief/families/import';

/** A 2 MB-class workbook whose one worksheet inflates to 1 GB while declaring 2 KB. */
function lyingBomb(): Buffer {
  return zipOf([
    { name: '[Content_Types].xml', content: Buffer.from('<Types/>') },
    { name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(256 * MB, 0x20), declaredSize: 2048 },
  ]);
}

/** A small workbook whose headers declare gigabytes. */
function declaredBomb(): Buffer {
  return zipOf(
    Array.from({ length: 8 }, (_, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      content: Buffer.from('<worksheet/>'),
      declaredSize: 0x7fffffff,
    })),
  );
}

describeEachDatabase('hostile input', (getDb) => {
  let app: ApiApp;
  const cookie = {} as Record<string, string>;
  let bomb: Buffer;

  async function person(key: string, role: Role, scope: Partial<Actor> = {}) {
    const account = await seedAccount(getDb(), { role, ...scope } as never);
    cookie[key] = await signIn(app, account);
  }

  function upload(path: string, who: string, name: string, bytes: Uint8Array | string) {
    const form = new FormData();
    form.append('file', new File([bytes], name));
    return app.request(path, {
      method: 'POST',
      body: form,
      headers: { cookie: cookie[who]!, origin: ORIGIN },
    });
  }
  const errorOf = async (response: Response) => ((await response.json()) as ErrorJson).error;
  const healthy = async () => expect((await app.request('/api/health')).status).toBe(200);

  beforeAll(async () => {
    app = testApp(getDb());
    bomb = lyingBomb();
    await person('finance', 'water_office', { office: 'finance' });
    await person('security', 'water_office', { office: 'public_security' });
    await person('mi', 'relief_office', { office: 'medical_insurance' });
    const opened = await app.request('/api/water/years', {
      method: 'POST',
      headers: { cookie: cookie.finance!, origin: ORIGIN, 'content-type': 'application/json' },
      body: JSON.stringify({ year: 2025 }),
    });
    expect(opened.status).toBe(201);
  });

  it('refuses a JSON body over 1 MB on sign-in and public objections, declared or streamed', async () => {
    const huge = JSON.stringify({ loginName: 'x', password: 'y'.repeat(2 * MB) });
    const declared = await app.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(huge.length) },
      body: huge,
    });
    expect(declared.status).toBe(413);
    expect((await errorOf(declared)).message).toContain('1 MB');
    const chunk = new TextEncoder().encode('y'.repeat(64 * 1024));
    let sent = 0;
    const streamed = await app.request('/api/public/hq/objections', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: new ReadableStream({
        pull(controller) {
          sent += chunk.length;
          if (sent > 4 * MB) controller.close();
          else controller.enqueue(chunk);
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    await healthy();
  });

  it('refuses a 50 MB CSV to the water import before reading it', async () => {
    const started = Date.now();
    const line = '瑞安市,81234\n';
    const text = `县（市、区）,集雨区内行政人口数\n${line.repeat(Math.ceil((50 * MB) / line.length))}`;
    const response = await upload(WATER_IMPORT, 'security', 'population.csv', text);
    expect(response.status).toBe(413);
    expect((await errorOf(response)).message).toContain('10 MB');
    expect(Date.now() - started).toBeLessThan(10_000);
    await healthy();
  });

  it('refuses a CSV of too many rows, and lists at most 200 problems of a bad one', async () => {
    const rows = '瑞安市,1\n'.repeat(150_000);
    const long = await upload(
      WATER_IMPORT,
      'security',
      'population.csv',
      `县（市、区）,集雨区内行政人口数\n${rows}`,
    );
    expect(long.status).toBe(400);
    expect((await errorOf(long)).issues[0]!.code).toBe('table_too_large');
    const bad = '文成县,x\n'.repeat(5_000);
    const wrong = await upload(
      WATER_IMPORT,
      'security',
      'population.csv',
      `县（市、区）,集雨区内行政人口数\n${bad}`,
    );
    expect(wrong.status).toBe(400);
    const error = await errorOf(wrong);
    expect(error.issues.length).toBeLessThanOrEqual(201);
    expect(error.issues.at(-1)!.code).toBe('more_issues');
    expect(error.issues.at(-1)!.message).toContain('另有');
    await healthy();
  });

  it('refuses workbooks that unpack to gigabytes, through the water and the relief import', async () => {
    expect(bomb.length).toBeLessThan(2 * MB);
    for (const bytes of [
      bomb,
      declaredBomb(),
      zipOf([{ name: 'xl/worksheets/sheet1.xml', content: sheetXml(1_200_000) }]),
    ]) {
      for (const [path, who] of [
        [WATER_IMPORT, 'security'],
        [RELIEF_IMPORT, 'mi'],
      ] as const) {
        const response = await upload(path, who, '数据.xlsx', bytes);
        expect(response.status).toBe(400);
        const error = await errorOf(response);
        expect(error.issues[0]!.code).toBe('xlsx_too_large');
        expect(error.issues[0]!.message).toContain('解压后过大');
      }
    }
    await healthy();
  });

  it('answers four parallel bomb uploads with 400 or 503 and keeps serving', async () => {
    const responses = await Promise.all([
      upload(WATER_IMPORT, 'security', 'a.xlsx', bomb),
      upload(RELIEF_IMPORT, 'mi', 'b.xlsx', bomb),
      upload(WATER_IMPORT, 'security', 'c.xlsx', bomb),
      upload(RELIEF_IMPORT, 'mi', 'd.xlsx', bomb),
      app.request('/api/health'),
    ]);
    const health = responses.pop()!;
    expect(health.status).toBe(200);
    for (const response of responses) expect([400, 503]).toContain(response.status);
    await healthy();
  });
});

it('lets two imports run at once and refuses a third with 503 and Retry-After', async () => {
  const slots = importSlots(2);
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const statuses: number[] = [];
  const context = () => {
    const headers = new Map<string, string>();
    return {
      var: { lang: 'zh' },
      header: (name: string, value: string) => headers.set(name, value),
      json: (body: unknown, status: number) => {
        statuses.push(status);
        return new Response(JSON.stringify(body), { status });
      },
      headers,
    };
  };
  const running = [context(), context()].map((c) => slots(c as never, () => gate));
  const third = context();
  await slots(third as never, () => Promise.resolve());
  expect(statuses).toEqual([503]);
  expect(third.headers.get('retry-after')).toBe('10');
  release();
  await Promise.all(running);
  const fourth = context();
  let ran = false;
  await slots(fourth as never, async () => {
    ran = true;
  });
  expect(ran).toBe(true);
});
