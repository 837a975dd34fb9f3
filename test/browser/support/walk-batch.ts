import { demoBatch } from '../../../src/methods/hq-star-rating/demo.ts';
import { demoForm } from '../../../src/workflow/hq-rating/demo-forms.ts';
import type { OwnDemoServer } from './own-demo-server.ts';

/** The three demo enterprises (enterprise1-3), as their accounts name them. */
export const ENTERPRISES = demoBatch({ count: 3 });
export const enterpriseLogin = (index: number) => `enterprise${index + 1}`;

/**
 * Where a walked batch stops: the window closed (county pre-review), re-review started (every
 * department's items pending), the first day of publicity (2026-03-16), or final.
 */
export type WalkStop = 'review' | 're_review' | 'publicity' | 'final';

export interface WalkedBatch {
  batchId: string;
  /** The application of each of ENTERPRISES, in their order. */
  applicationIds: string[];
  /** The final date, when walked to final. */
  finalOn?: string;
}

const BUREAU = 'city.bureau';

/**
 * Walks a batch of the three demo enterprises through the API, moving the demo date as the
 * procedure needs (a window of one week from 2026-03-02, re-review, a run approved, seven
 * working days of publicity from 2026-03-16): what a browser journey needs before it starts.
 * Three enterprises rank 1-3, so each gets five stars (R10).
 * @example const { applicationIds } = await walkBatch(server, 'review', '退回补正')
 */
export async function walkBatch(
  server: OwnDemoServer,
  stop: WalkStop,
  label: string,
): Promise<WalkedBatch> {
  const { call } = server;
  await server.setToday('2026-03-02');
  const batch = await call<{ id: string }>(BUREAU, 'POST', '/api/hq/batches', {
    year: 2026,
    title: `2026年度总部企业星级评定（浏览器测试：${label}）`,
    announcementText: '浏览器测试批次（演示数据）。',
    announcementOn: '2026-03-02',
    opensOn: '2026-03-02',
    closesOn: '2026-03-06',
    ratingDate: '2026-04-01',
    synthetic: true,
  });
  const batchId = batch.id;
  await call(BUREAU, 'POST', `/api/hq/batches/${batchId}/open`);
  const applicationIds: string[] = [];
  for (const [i, row] of ENTERPRISES.entries()) {
    const who = enterpriseLogin(i);
    const created = await call<{ id: string }>(
      who,
      'POST',
      '/api/hq/applications',
      demoForm(batchId, row, i),
    );
    await server.uploadMaterials(who, created.id);
    await call(who, 'POST', `/api/hq/applications/${created.id}/submit`);
    applicationIds.push(created.id);
  }
  await server.setToday('2026-03-09');
  await call(BUREAU, 'POST', `/api/hq/batches/${batchId}/close`);
  if (stop === 'review') return { batchId, applicationIds };

  const counties = [...new Set(ENTERPRISES.map((row) => row.county!))];
  for (const [i, id] of applicationIds.entries()) {
    await call(
      countyLogin(server, ENTERPRISES[i]!.county!),
      'POST',
      `/api/hq/applications/${id}/county-review`,
      {
        decision: 'pass',
      },
    );
  }
  for (const [n, county] of counties.entries()) {
    await call(countyLogin(server, county), 'POST', `/api/hq/batches/${batchId}/county-reports`, {
      letterNumber: `浏览器测试〔2026〕${n + 1}号`,
      letterDate: '2026-03-09',
    });
  }
  await server.setToday('2026-03-10');
  await call(BUREAU, 'POST', `/api/hq/batches/${batchId}/start-re-review`);
  if (stop === 're_review') return { batchId, applicationIds };
  for (const department of server.accounts.filter((a) => a.role === 'department')) {
    const { items } = await call<{ items: { id: string }[] }>(
      department.loginName,
      'GET',
      `/api/hq/items?batch=${batchId}&state=pending`,
    );
    if (items.length === 0) continue;
    await call(department.loginName, 'POST', '/api/hq/items/verify', {
      itemIds: items.map((i) => i.id),
    });
  }
  await call(BUREAU, 'POST', `/api/hq/batches/${batchId}/start-rating`);
  const run = await call<{ id: string }>(BUREAU, 'POST', `/api/hq/batches/${batchId}/runs`);
  await call(BUREAU, 'POST', `/api/hq/runs/${run.id}/submit`);
  await call('leading.group', 'POST', `/api/hq/runs/${run.id}/approve`);
  await server.setToday('2026-03-16');
  await call(BUREAU, 'POST', `/api/hq/batches/${batchId}/publish`, { startsOn: '2026-03-16' });
  if (stop === 'publicity') return { batchId, applicationIds };
  await server.setToday('2026-03-25');
  const final = await call<{ finalOn: string }>(
    BUREAU,
    'POST',
    `/api/hq/batches/${batchId}/finalize`,
  );
  return { batchId, applicationIds, finalOn: final.finalOn };
}

/** The county office of a jurisdiction, by its demo account. */
export function countyLogin(server: OwnDemoServer, county: string): string {
  const account = server.accounts.find(
    (a) => a.role === 'county_office' && a.jurisdiction === county,
  );
  if (!account) throw new Error(`no demo county office for ${county}`);
  return account.loginName;
}
