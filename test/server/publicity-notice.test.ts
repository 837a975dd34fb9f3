// The publicity notice as PDF over HTTP: the city roles and the public get it once the list is
// published, with a UTF-8 file name; other roles are refused, unpublished batches not found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectPdf } from '../../src/engine/notice-pdf/inspect.ts';
import { pdfPages, splitTerms } from '../../src/engine/notice-pdf/pdf-text.ts';
import { ensureDemoAccounts, demoActors, seedDomainDemo } from '../../src/server/demo/setup.ts';
import type { ApiApp } from '../../src/server/env.ts';
import { openDatabase, type DatabaseHandle } from '../../src/store/database.ts';
import { listBatches } from '../../src/workflow/hq-rating/services/index.ts';
import { signIn, testApp } from './support.ts';

describe('publicity notice PDF', () => {
  let handle: DatabaseHandle;
  let app: ApiApp;
  let batchId: string;
  const cookie: Record<string, string> = {};

  beforeAll(async () => {
    handle = await openDatabase({ dataDir: 'memory://' });
    const { accounts } = await ensureDemoAccounts(handle.db);
    await seedDomainDemo(handle.db, await demoActors(handle.db), '2026-11-22');
    app = testApp(handle.db, { demoAccounts: accounts });
    for (const role of ['city_bureau', 'enterprise'] as const) {
      const account = accounts.find((a) => a.role === role)!;
      cookie[role] = await signIn(app, { id: '', ...account });
    }
    batchId = (await listBatches(handle.db, null))[0]!.id;
  });
  afterAll(async () => {
    await handle?.close();
  });

  const get = (path: string, who?: string) =>
    Promise.resolve(app.request(path, { headers: who ? { cookie: cookie[who]! } : {} }));

  it('gives the city bureau the notice: a PDF attachment named in UTF-8, marked 演示数据', async () => {
    const response = await get(`/api/hq/batches/${batchId}/publicity-notice.pdf`, 'city_bureau');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const disposition = response.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    const name = decodeURIComponent(disposition.split("UTF-8''")[1]!);
    expect(name).toBe('2025年度温州市总部企业星级评定结果公示（演示数据）.pdf');
    const pdf = new Uint8Array(await response.arrayBuffer());
    expect(Number(response.headers.get('content-length'))).toBe(pdf.length);
    const facts = inspectPdf(pdf);
    expect([facts.version.slice(0, 5), facts.complete]).toEqual(['%PDF-', true]);
    expect(facts.pages).toBeGreaterThanOrEqual(2);
    const missing = [...'演示数据关于总部企业星级评定结果的公示温州市投资促进局附件'].filter(
      (c) => !facts.characters.has(c),
    );
    expect(missing).toEqual([]);
    // The bodies of 88号 三 by their names; the addressees; the number entered at publication.
    const pages = pdfPages(pdf);
    const text = pages.flat().join('');
    expect(text).toContain('市投资促进工作领导小组审定');
    expect(text).not.toContain('总部经济发展工作领导小组');
    expect(text).toContain('《温州市总部企业星级评定办法》（温政办〔2023〕88号）');
    expect(pages[0]!.join('')).toContain(
      '各县（市、区）、温州海经区投促部门，市级有关部门，各有关企业：',
    );
    // The demo published with its document number: the notice is not a draft.
    expect(pages[0]!.join('')).toContain('演示投促〔2026〕5号');
    expect(text).not.toContain('未编发文字号');
    expect(splitTerms(pages, ['总部企业', '星级评定'])).toEqual([]);
    const signed = pages.findIndex((page) =>
      page.some((line) => line.endsWith('日') && /^\d{4}年/.test(line)),
    );
    expect(pages[signed]!.join('')).toContain('附件：2025年度温州市总部企业星级评定结果名单');
  });

  it('gives the public the same notice without sign-in, and refuses an enterprise the bureau’s', async () => {
    const open = await get(`/api/public/hq/lists/${batchId}/publicity-notice.pdf`);
    expect(open.status).toBe(200);
    expect(new Uint8Array(await open.arrayBuffer()).subarray(0, 5)).toEqual(
      new TextEncoder().encode('%PDF-'),
    );
    const refused = await get(`/api/hq/batches/${batchId}/publicity-notice.pdf`, 'enterprise');
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    expect((await get(`/api/hq/batches/${batchId}/publicity-notice.pdf`)).status).toBe(401);
  });

  it('does not know of a batch that is not published', async () => {
    const unknown = '0b7e3c1e-5d1a-4f7e-9a53-3c0b2f0d9e11';
    expect((await get(`/api/public/hq/lists/${unknown}/publicity-notice.pdf`)).status).toBe(404);
    expect(
      (await get(`/api/hq/batches/${unknown}/publicity-notice.pdf`, 'city_bureau')).status,
    ).toBe(404);
  });
});
