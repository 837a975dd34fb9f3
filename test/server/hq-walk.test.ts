// One batch of the HQ star rating walked through its states over HTTP, every role signed in with
// its own session: the routes call the services, so this checks the wiring, not the rules
// (test/workflow has those).
import { beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../../src/auth/clock.ts';
import { syntheticUscc } from '../../src/engine/china/uscc.ts';
import type { ApiApp } from '../../src/server/env.ts';
import { DEPARTMENTS, type Department } from '../../src/workflow/actor.ts';
import { DEMO_MATERIALS, demoForm, demoPdf } from '../../src/workflow/hq-rating/demo-forms.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { seedAccount, signIn, testApp, type TestAccount } from './support.ts';

const ORIGIN = 'http://localhost';

/** Five enterprises, E0 best: three in 鹿城区, two in 瑞安市 (演示数据). */
const ENTERPRISES = Array.from({ length: 5 }, (_, i) => {
  const county = i < 3 ? '鹿城区' : '瑞安市';
  const uscc = syntheticUscc(60_000 + i, i < 3 ? '330302' : '330381');
  const row = {
    uscc,
    name: `接口测试${'甲乙丙丁戊'[i]}集团有限公司`,
    county,
    revenue_2y: String(100 - i * 15),
    contribution_2y: `${9 - i}.5`,
    rd_2y: String(40_000 - i * 5_000),
    pension_payers: String(900 - i * 20),
    tax_filers: '1000',
    top500: i === 0 ? 'private' : '',
    listings_3y: i === 1 ? '1' : '0',
  };
  return { uscc, county, row };
});

const BATCH = {
  year: 2025,
  title: '2025年度总部企业星级评定（接口测试）',
  announcementText: '接口测试公告（演示数据）',
  announcementOn: '2025-11-03',
  opensOn: '2025-11-03',
  closesOn: '2025-12-15',
  ratingDate: '2026-02-02',
  synthetic: true,
};

/** The bureau official the records name. */
const BUREAU_NAME = '市投资促进局 张明';

interface Reply<T = Record<string, unknown>> {
  status: number;
  body: T;
}

describeEachDatabase('hq procedure over HTTP: a batch from draft to final', (getDb) => {
  const clock = fixedClock(new Date('2025-11-03T02:00:00Z'));
  let app: ApiApp;
  const accounts = {} as Record<string, TestAccount>;
  /** Sessions of the current day: moving the clock by days ends them (8 idle hours). */
  let cookies = new Map<string, string>();
  let batchId = '';
  const applicationIds: string[] = [];
  let run1 = '';
  let run2 = '';

  /** 10:00 in China on `date`; everyone signs in again. */
  const day = (date: string) => {
    clock.set(new Date(`${date}T02:00:00Z`));
    cookies = new Map();
  };

  async function cookieOf(who: string): Promise<string> {
    const known = cookies.get(who);
    if (known) return known;
    const cookie = await signIn(app, accounts[who]!);
    cookies.set(who, cookie);
    return cookie;
  }

  /** A JSON request as `who` (null: the public); returns status and parsed body. */
  async function call<T = Record<string, unknown>>(
    who: string | null,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = { origin: ORIGIN };
    if (who) headers.cookie = await cookieOf(who);
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await app.request(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as T };
  }

  async function ok<T = Record<string, unknown>>(
    who: string | null,
    method: string,
    path: string,
    body?: unknown,
    status = 200,
  ): Promise<T> {
    const reply = await call<T>(who, method, path, body);
    expect(reply.status, `${who} ${method} ${path}: ${JSON.stringify(reply.body)}`).toBe(status);
    return reply.body;
  }

  beforeAll(async () => {
    const db = getDb();
    app = testApp(db, { clock });
    accounts.bureau = await seedAccount(db, { role: 'city_bureau', displayName: BUREAU_NAME });
    accounts.group = await seedAccount(db, { role: 'leading_group' });
    accounts['鹿城区'] = await seedAccount(db, { role: 'county_office', jurisdiction: '鹿城区' });
    accounts['瑞安市'] = await seedAccount(db, { role: 'county_office', jurisdiction: '瑞安市' });
    for (const department of DEPARTMENTS) {
      accounts[department] = await seedAccount(db, { role: 'department', department });
    }
    for (const [i, e] of ENTERPRISES.entries()) {
      accounts[`E${i}`] = await seedAccount(db, { role: 'enterprise', enterpriseUscc: e.uscc });
    }
  });

  it('opens a batch; enterprises draft, upload their materials and submit', async () => {
    day('2025-11-03');
    const draft = await ok<{ id: string; state: string; actions: string[] }>(
      'bureau',
      'POST',
      '/api/hq/batches',
      BATCH,
      201,
    );
    batchId = draft.id;
    expect(draft).toMatchObject({
      state: 'draft',
      actions: ['edit', 'open'],
      // R12 (88号 五、1): a batch of 2025 is finished by 31 March 2026.
      deadline: '2026-03-31',
      cadenceWarning: null,
    });
    await ok('bureau', 'PATCH', `/api/hq/batches/${batchId}`, { publicityWorkingDays: 7 });
    // The planned publicity start is kept with the batch, its end counted over the Spring Festival
    // of 2026 (holidays 02-15 to 02-23, Saturday 02-14 a working day); one before the close is refused.
    const planned = await ok<{ publicityStartsOn: string; publicityEndsOn: string }>(
      'bureau',
      'PATCH',
      `/api/hq/batches/${batchId}`,
      { publicityStartsOn: '2026-02-09' },
    );
    expect(planned).toMatchObject({
      publicityStartsOn: '2026-02-09',
      publicityEndsOn: '2026-02-24',
    });
    const early = await call<{ error: { issues: { message: string }[] } }>(
      'bureau',
      'PATCH',
      `/api/hq/batches/${batchId}`,
      { publicityStartsOn: '2025-12-01' },
    );
    expect(early.status).toBe(400);
    expect(early.body.error.issues.map((issue) => issue.message)).toEqual([
      '公示开始日期 2025-12-01 应晚于申报截止日期 2025-12-15',
    ]);
    // A draft is the bureau's own until it is announced.
    expect((await ok<{ batches: unknown[] }>('E0', 'GET', '/api/hq/batches')).batches).toEqual([]);
    expect((await ok('bureau', 'POST', `/api/hq/batches/${batchId}/open`)).state).toBe('open');

    for (const [i, e] of ENTERPRISES.entries()) {
      const who = `E${i}`;
      const created = await ok<{ id: string; state: string }>(
        who,
        'POST',
        '/api/hq/applications',
        demoForm(batchId, e.row, i),
        201,
      );
      applicationIds.push(created.id);
      if (i === 3) {
        // Its credit code says 瑞安市: neither the new application nor a draft's edit may send
        // it to another county's office; the refusal names the field and the county to choose.
        for (const [method, path, body] of [
          ['POST', '/api/hq/applications', { ...demoForm(batchId, e.row, i), county: '鹿城区' }],
          ['PATCH', `/api/hq/applications/${created.id}`, { county: '鹿城区' }],
        ] as const) {
          const moved = await call<{ error: { issues: { path: string; message: string }[] } }>(
            who,
            method,
            path,
            body,
          );
          expect(moved.status, `${method} ${path}`).toBe(400);
          expect(moved.body.error.issues).toEqual([expect.objectContaining({ path: 'county' })]);
          expect(moved.body.error.issues[0]!.message).toMatch(
            /^注册地县（市、区）：统一社会信用代码第 3 至 8 位（330381）显示企业登记在瑞安市/,
          );
        }
      }
      if (i === 0) {
        // Submitting without the materials names each one missing.
        const early = await call<{ error: { issues: { path: string }[] } }>(
          who,
          'POST',
          `/api/hq/applications/${created.id}/submit`,
        );
        expect(early.status).toBe(400);
        expect(early.body.error.issues.map((issue) => issue.path)).toEqual(
          DEMO_MATERIALS.map((kind) => `materials.${kind}`),
        );
      }
      const form = new FormData();
      for (const kind of DEMO_MATERIALS) {
        form.append('kind', kind);
        form.append('file', new File([demoPdf(kind)], `${kind}.pdf`, { type: 'application/pdf' }));
      }
      const upload = await app.request(`/api/hq/applications/${created.id}/materials`, {
        method: 'POST',
        body: form,
        headers: { cookie: await cookieOf(who), origin: ORIGIN },
      });
      expect(upload.status).toBe(201);
      const { materials } = (await upload.json()) as { materials: { sha256: string }[] };
      expect(materials).toHaveLength(DEMO_MATERIALS.length);
      expect(materials[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    const edited = await ok<{ version: number; form: { contactEmail: string } }>(
      'E0',
      'PATCH',
      `/api/hq/applications/${applicationIds[0]}`,
      { contactEmail: 'hq0@example.com' },
    );
    expect(edited.form.contactEmail).toBe('hq0@example.com');
    for (const [i, id] of applicationIds.entries()) {
      const submitted = await ok(`E${i}`, 'POST', `/api/hq/applications/${id}/submit`);
      expect(submitted.state).toBe('submitted');
    }
  });

  it('closes the window; counties pass, return and reject, then report by letter', async () => {
    day('2025-12-16');
    expect((await ok('bureau', 'POST', `/api/hq/batches/${batchId}/close`)).state).toBe('review');
    const queue = await ok<{ applications: { id: string }[] }>(
      '鹿城区',
      'GET',
      `/api/hq/applications?batch=${batchId}&state=submitted`,
    );
    expect(queue.applications.map((a) => a.id).sort()).toEqual(applicationIds.slice(0, 3).sort());

    // The county reads a material of its own queue.
    const detail = await ok<{ materials: { id: string; sha256: string }[] }>(
      '鹿城区',
      'GET',
      `/api/hq/applications/${applicationIds[0]}`,
    );
    const file = await app.request(`/api/hq/materials/${detail.materials[0]!.id}`, {
      headers: { cookie: await cookieOf('鹿城区') },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    expect(new TextDecoder().decode(await file.arrayBuffer())).toMatch(/^%PDF-/);

    const review = (who: string, i: number, decision: string, reason?: string) =>
      ok(who, 'POST', `/api/hq/applications/${applicationIds[i]}/county-review`, {
        decision,
        ...(reason ? { reason } : {}),
      });
    expect((await review('鹿城区', 0, 'pass')).state).toBe('county_passed');
    expect((await review('鹿城区', 1, 'return', '请补充在温分公司清单')).state).toBe('returned');
    await review('鹿城区', 2, 'pass');
    await review('瑞安市', 3, 'pass');
    expect((await review('瑞安市', 4, 'reject', '未经县级政府认定')).state).toBe('county_rejected');
    // The enterprise answers the return and resubmits; the county passes it.
    await ok('E1', 'PATCH', `/api/hq/applications/${applicationIds[1]}`, {
      outsideWenzhouCount: 2,
    });
    expect((await ok('E1', 'POST', `/api/hq/applications/${applicationIds[1]}/submit`)).state).toBe(
      'submitted',
    );
    await review('鹿城区', 1, 'pass');

    const letter = (county: string) =>
      ok<{ applications: unknown[] }>(
        county,
        'POST',
        `/api/hq/batches/${batchId}/county-reports`,
        { letterNumber: `${county}投促〔2025〕1号`, letterDate: '2025-12-16' },
        201,
      );
    expect((await letter('鹿城区')).applications).toHaveLength(3);
    expect((await letter('瑞安市')).applications).toHaveLength(1);
  });

  it('runs re-review: departments verify or correct their own items', async () => {
    day('2026-01-05');
    const started = await ok('bureau', 'POST', `/api/hq/batches/${batchId}/start-re-review`);
    expect(started.state).toBe('re_review');
    for (const department of DEPARTMENTS as readonly Department[]) {
      const { items } = await ok<{ items: { id: string; key: string; applicationId: string }[] }>(
        department,
        'GET',
        `/api/hq/items?batch=${batchId}&state=pending`,
      );
      expect(items.length).toBeGreaterThan(0);
      let rest = items;
      if (department === 'tax') {
        const revenue = items.find(
          (item) => item.key === 'revenue_2y' && item.applicationId === applicationIds[2],
        )!;
        const corrected = await ok(department, 'POST', `/api/hq/items/${revenue.id}/correct`, {
          value: '70',
          note: '以税务申报数为准',
        });
        expect(corrected).toMatchObject({ state: 'corrected', display: '70 亿元' });
        rest = items.filter((item) => item.id !== revenue.id);
      }
      if (department === 'finance') {
        const [first, ...others] = rest;
        expect((await ok(department, 'POST', `/api/hq/items/${first!.id}/verify`)).state).toBe(
          'verified',
        );
        rest = others;
      }
      const verified = await ok<{ items: unknown[] }>(department, 'POST', '/api/hq/items/verify', {
        itemIds: rest.map((item) => item.id),
      });
      expect(verified.items).toHaveLength(rest.length);
    }
    const { applications } = await ok<{ applications: { state: string }[] }>(
      'bureau',
      'GET',
      `/api/hq/applications?batch=${batchId}&state=verified`,
    );
    expect(applications).toHaveLength(4);
  });

  it('rates, is sent back, rates again and is approved with a written not-approved reason', async () => {
    expect((await ok('bureau', 'POST', `/api/hq/batches/${batchId}/start-rating`)).state).toBe(
      'rating',
    );
    const first = await ok<{ id: string; version: number; results: unknown[] }>(
      'bureau',
      'POST',
      `/api/hq/batches/${batchId}/runs`,
      undefined,
      201,
    );
    run1 = first.id;
    expect(first).toMatchObject({ version: 1 });
    expect(first.results).toHaveLength(4);
    expect((await ok('bureau', 'POST', `/api/hq/runs/${run1}/submit`)).state).toBe('approval');
    const read = await ok<{ warnings: unknown[] }>('group', 'GET', `/api/hq/runs/${run1}`);
    expect(Array.isArray(read.warnings)).toBe(true);
    const back = await ok('group', 'POST', `/api/hq/runs/${run1}/send-back`, {
      reason: '请复核参保人数',
    });
    expect(back.state).toBe('rating');

    run2 = (
      await ok<{ id: string }>('bureau', 'POST', `/api/hq/batches/${batchId}/runs`, undefined, 201)
    ).id;
    const diff = await ok<{ from: number; to: number; moves: unknown[]; unchanged: number }>(
      'bureau',
      'GET',
      `/api/hq/runs/${run2}/diff/${run1}`,
    );
    expect(diff).toEqual({ from: 1, to: 2, moves: [], unchanged: 4 });
    const outdated = await call<{ error: { code: string } }>(
      'bureau',
      'POST',
      `/api/hq/runs/${run1}/submit`,
    );
    expect([outdated.status, outdated.body.error.code]).toEqual([409, 'run_outdated']);
    await ok('bureau', 'POST', `/api/hq/runs/${run2}/submit`);
    const stale = await call<{ error: { code: string } }>(
      'group',
      'POST',
      `/api/hq/runs/${run1}/approve`,
    );
    expect([stale.status, stale.body.error.code]).toEqual([409, 'run_not_in_approval']);
    const notApproved = await ok(
      'group',
      'POST',
      `/api/hq/applications/${applicationIds[3]}/not-approve`,
      {
        reason: '在温参保人数与个税申报人数差异较大，暂不予通过',
      },
    );
    expect(notApproved.state).toBe('not_approved');
    // 88号 三、4: the others are ranked again without it, and that run is the one to approve.
    const { approvalRunId } = await ok<{ approvalRunId: string }>(
      'group',
      'GET',
      `/api/hq/batches/${batchId}`,
    );
    expect(approvalRunId).not.toBe(run2);
    const reRanked = await ok<{ version: number; results: { applicationId: string }[] }>(
      'group',
      'GET',
      `/api/hq/runs/${approvalRunId}`,
    );
    expect(reRanked.version).toBe(3);
    expect(reRanked.results.map((r) => r.applicationId)).not.toContain(applicationIds[3]);
    const replaced = await call<{ error: { code: string } }>(
      'group',
      'POST',
      `/api/hq/runs/${run2}/approve`,
    );
    expect([replaced.status, replaced.body.error.code]).toEqual([409, 'run_not_in_approval']);
    run2 = approvalRunId;
    expect((await ok('group', 'POST', `/api/hq/runs/${run2}/approve`)).state).toBe('approved');

    const { runs } = await ok<{ runs: { version: number; decisions: { kind: string }[] }[] }>(
      'bureau',
      'GET',
      `/api/hq/batches/${batchId}/runs`,
    );
    expect(runs.map((r) => [r.version, r.decisions.map((d) => d.kind)])).toEqual([
      [1, ['submitted', 'sent_back']],
      [2, ['submitted', 'not_approved']],
      [3, ['submitted', 'approved']],
    ]);
    // Approved is not published: the public sees nothing yet.
    expect((await ok<{ batches: unknown[] }>(null, 'GET', '/api/public/hq/lists')).batches).toEqual(
      [],
    );
    expect((await call(null, 'GET', `/api/public/hq/lists/${batchId}`)).status).toBe(404);

    const published = await ok('bureau', 'POST', `/api/hq/batches/${batchId}/publish`, {
      startsOn: '2026-03-02',
    });
    expect(published).toMatchObject({ state: 'publicity', publicityEndsOn: '2026-03-10' });
  });

  it('publishes: the public reads the list and objects; the bureau answers', async () => {
    day('2026-03-03');
    const { batches } = await ok<{ batches: { id: string }[] }>(
      null,
      'GET',
      '/api/public/hq/lists',
    );
    expect(batches.map((b) => b.id)).toEqual([batchId]);
    expect(batches[0]).not.toHaveProperty('approvalRunId');
    const list = await ok<{ runVersion: number; entries: { uscc: string; stars: number }[] }>(
      null,
      'GET',
      `/api/public/hq/lists/${batchId}`,
    );
    expect(list.runVersion).toBe(3);
    expect(list.entries.map((e) => e.uscc)).toEqual([0, 1, 2].map((i) => ENTERPRISES[i]!.uscc));
    expect(JSON.stringify(list)).not.toMatch(/example\.com|0577-|138\d{8}/);

    const objection = await ok<{ id: string; state: string; receiptNo: string }>(
      null,
      'POST',
      '/api/public/hq/objections',
      {
        batchId,
        uscc: ENTERPRISES[0]!.uscc,
        reason: '名次存疑',
        contactName: '王先生',
        contactPhone: '0577-88889999',
      },
      201,
    );
    expect(objection.state).toBe('open');
    // A 受理编号 of the China date it was filed, and six characters no one can guess.
    expect(objection.receiptNo).toMatch(/^YY20260303-[2-9A-HJKMNP-Z]{6}$/);
    const lookUp = (receiptNo: string) =>
      call<Record<string, unknown>>(null, 'POST', '/api/public/hq/objection-lookup', {
        receiptNo,
      });
    // The objector, signed in nowhere, reads that it is waiting; never the contact or the words.
    const waiting = await lookUp(objection.receiptNo.toLowerCase());
    expect(waiting.status).toBe(200);
    expect(waiting.body).toEqual({
      receiptNo: objection.receiptNo,
      batchTitle: BATCH.title,
      name: '接口测试甲集团有限公司',
      filedAt: '2026-03-03T02:00:00.000Z',
      state: 'open',
      stateLabel: { zh: '待处理', en: 'open' },
      outcomeReason: null,
      figuresChanged: false,
      resolvedAt: null,
    });
    expect((await lookUp('YY20260303-ZZZZZZ')).body).toMatchObject({
      error: { message: '没有受理编号为 YY20260303-ZZZZZZ 的异议，请核对编号' },
    });
    expect((await lookUp('12345')).status).toBe(400);

    const { objections } = await ok<{ objections: Record<string, unknown>[] }>(
      'bureau',
      'GET',
      `/api/hq/batches/${batchId}/objections`,
    );
    expect(objections[0]).toMatchObject({
      receiptNo: objection.receiptNo,
      name: '接口测试甲集团有限公司',
      uscc: ENTERPRISES[0]!.uscc,
      county: '鹿城区',
      filedAt: '2026-03-03T02:00:00.000Z',
      contactName: '王先生',
      contactPhone: '0577-88889999',
      reason: '名次存疑',
      resolvedByName: null,
    });
    // The leading group reads the list, but the objector's contact is the bureau's to answer.
    const seenByGroup = await ok<{ objections: Record<string, unknown>[] }>(
      'group',
      'GET',
      `/api/hq/batches/${batchId}/objections`,
    );
    expect(seenByGroup.objections[0]).not.toHaveProperty('contactPhone');
    const resolved = await ok('bureau', 'POST', `/api/hq/objections/${objection.id}/resolve`, {
      outcome: 'dismissed',
      reason: '经复核数据无误',
    });
    expect(resolved.state).toBe('dismissed');
    const after = await ok<{ objections: Record<string, unknown>[] }>(
      'bureau',
      'GET',
      `/api/hq/batches/${batchId}/objections`,
    );
    expect(after.objections[0]).toMatchObject({
      state: 'dismissed',
      outcomeReason: '经复核数据无误',
      resolvedAt: '2026-03-03T02:00:00.000Z',
      resolvedByName: BUREAU_NAME,
    });
    expect((await lookUp(objection.receiptNo)).body).toMatchObject({
      state: 'dismissed',
      stateLabel: { zh: '不成立' },
      outcomeReason: '经复核数据无误',
      resolvedAt: '2026-03-03T02:00:00.000Z',
    });

    // The enterprise reads how its own published result was reached.
    const explanation = await ok<{ subject: { id: string }; steps: { key: string }[] }>(
      'E0',
      'GET',
      `/api/hq/runs/${run2}/explain/${ENTERPRISES[0]!.uscc}`,
    );
    expect(explanation.subject.id).toBe(ENTERPRISES[0]!.uscc);
    expect(explanation.steps.map((s) => s.key)).toContain('total');
  });

  it('finalizes; benefits, a re-review request and a revocation follow', async () => {
    day('2026-03-11');
    expect((await ok('bureau', 'POST', `/api/hq/batches/${batchId}/finalize`)).state).toBe('final');
    const best = await ok<{ state: string; stars: number; validUntil: string }>(
      'E0',
      'GET',
      `/api/hq/applications/${applicationIds[0]}`,
    );
    expect(best).toMatchObject({ state: 'final', validUntil: '2028-03-10' });
    expect(best.stars).toBeGreaterThanOrEqual(3);
    const claim = await ok(
      'E0',
      'POST',
      `/api/hq/applications/${applicationIds[0]}/benefit-claims`,
      {
        kind: 'star_card',
      },
      201,
    );
    expect(claim).toMatchObject({ kind: 'star_card', state: 'claimed' });
    await ok(
      'bureau',
      'POST',
      `/api/hq/applications/${applicationIds[0]}/supports`,
      {
        kind: 'land_support',
        note: '推送地块信息 2 宗',
      },
      201,
    );

    const request = await ok<{ id: string }>(
      'E1',
      'POST',
      `/api/hq/applications/${applicationIds[1]}/re-review-requests`,
      { reason: '研发费用统计口径有误' },
      201,
    );
    // The bureau's queue: the open request, with whose rating it is; not for the enterprise.
    const queue = await ok<{ requests: unknown[] }>(
      'bureau',
      'GET',
      `/api/hq/re-review-requests?state=open&batch=${batchId}`,
    );
    expect(queue.requests).toMatchObject([
      { id: request.id, applicationId: applicationIds[1], state: 'open', previousStars: 5 },
    ]);
    expect((await call('E1', 'GET', '/api/hq/re-review-requests')).status).toBe(403);
    const decided = await ok<{ request: { outcome: string } }>(
      'bureau',
      'POST',
      `/api/hq/re-review-requests/${request.id}/decide`,
      { outcome: 'kept', reason: '维持原评定' },
    );
    expect(decided.request.outcome).toBe('kept');

    const revoked = await ok<{ endedClaims: { kind: string }[] }>(
      'bureau',
      'POST',
      `/api/hq/applications/${applicationIds[0]}/revoke`,
      { reason: 3, note: '列入严重失信主体名单' },
    );
    expect(revoked.endedClaims.map((c) => c.kind)).toEqual(['star_card']);
    const list = await ok<{ entries: { uscc: string; status: string }[] }>(
      null,
      'GET',
      `/api/public/hq/lists/${batchId}`,
    );
    expect(list.entries.find((e) => e.uscc === ENTERPRISES[0]!.uscc)!.status).toBe('revoked');
    // The bureau's records: the ground in 88号's words and its article, who and when.
    const { revocations } = await ok<{ revocations: Record<string, unknown>[] }>(
      'bureau',
      'GET',
      `/api/hq/revocations?batch=${batchId}`,
    );
    expect(revocations).toEqual([
      expect.objectContaining({
        applicationId: applicationIds[0],
        name: '接口测试甲集团有限公司',
        batchTitle: BATCH.title,
        reason: 3,
        ground: {
          zh: '（3）信用状况恶化，已列入严重失信主体名单',
          en: '(3) credit worsened and it was put on the list of seriously dishonest entities',
        },
        article: '88号 五、3',
        note: '列入严重失信主体名单',
        decidedByName: BUREAU_NAME,
        decidedAt: '2026-03-11T02:00:00.000Z',
        effectiveOn: '2026-03-11',
      }),
    ]);
    const { supports } = await ok<{ supports: Record<string, unknown>[] }>(
      'bureau',
      'GET',
      `/api/hq/supports?application=${applicationIds[0]}`,
    );
    expect(supports).toEqual([
      expect.objectContaining({
        name: '接口测试甲集团有限公司',
        kind: 'land_support',
        kindLabel: { zh: '用地支持', en: 'Land support' },
        article: '88号 四、3',
        note: '推送地块信息 2 宗',
        recordedByName: BUREAU_NAME,
        recordedAt: '2026-03-11T02:00:00.000Z',
      }),
    ]);
    expect((await call('E0', 'GET', '/api/hq/revocations')).status).toBe(403);
    expect((await call('鹿城区', 'GET', '/api/hq/supports')).status).toBe(403);
    // Revoked once is revoked: a second time is refused in words, and so is support after it.
    const again = await call<{ error: { message: string } }>(
      'bureau',
      'POST',
      `/api/hq/applications/${applicationIds[0]}/revoke`,
      { reason: 1, note: '再次取消' },
    );
    expect(again.status).toBe(409);

    // Timelines: the enterprise reads the county's words; the bureau reads the batch's steps.
    const { timeline } = await ok<{ timeline: { action: string; note: string | null }[] }>(
      'E1',
      'GET',
      `/api/hq/applications/${applicationIds[1]}/timeline`,
    );
    expect(timeline.find((t) => t.action === 'county_return')?.note).toBe('请补充在温分公司清单');
    const batchTimeline = await ok<{ timeline: { action: string }[] }>(
      'bureau',
      'GET',
      `/api/hq/batches/${batchId}/timeline`,
    );
    expect(batchTimeline.timeline.map((t) => t.action)).toEqual(
      expect.arrayContaining([
        'create',
        'open',
        'close',
        'send_back',
        'approve',
        'publish',
        'finalize',
      ]),
    );
  });
  it('warns the bureau of a batch opening less than two years after the last (88号 五、1)', async () => {
    const next = await ok<{ id: string }>(
      'bureau',
      'POST',
      '/api/hq/batches',
      {
        ...BATCH,
        year: 2026,
        title: '2026年度总部企业星级评定（接口测试）',
        announcementOn: '2026-11-02',
        opensOn: '2026-11-02',
        closesOn: '2026-12-14',
        ratingDate: '2027-02-01',
      },
      201,
    );
    const { batches } = await ok<{
      batches: { id: string; deadline: string; cadenceWarning: { zh: string } | null }[];
    }>('bureau', 'GET', '/api/hq/batches');
    const byId = new Map(batches.map((b) => [b.id, b]));
    expect(byId.get(next.id)).toMatchObject({ deadline: '2027-03-31' });
    expect(byId.get(next.id)!.cadenceWarning!.zh).toBe(
      `本批次开放日期距上一批次“${BATCH.title}”（2025-11-03 开放）不足 2 年；88号 五、1 规定原则上每两年开展一次`,
    );
    expect(byId.get(batchId)!.cadenceWarning).toBeNull();
  });
});
