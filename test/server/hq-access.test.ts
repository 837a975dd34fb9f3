// Who may reach what of the HQ procedure over HTTP: 401 without a session, 403 for a role the
// step is not for, 404 outside one's scope, the public routes open and unpublished data hidden,
// and request problems named by field in Chinese and English.
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/auth/clock.ts';
import { syntheticUscc } from '../../src/engine/china/uscc.ts';
import type { ApiApp } from '../../src/server/env.ts';
import { DEPARTMENTS, ROLES, type Actor, type Role } from '../../src/workflow/actor.ts';
import { DEMO_MATERIALS, demoForm, demoPdf } from '../../src/workflow/hq-rating/demo-forms.ts';
import { HQ_ROLES } from '../../src/workflow/hq-rating/permissions.ts';
import * as s from '../../src/workflow/hq-rating/services/index.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { seedAccount, signIn, testApp, type ErrorJson } from './support.ts';

const ORIGIN = 'http://localhost';
const ID = '0b7e3c1e-5d1a-4f7e-9a53-3c0b2f0d9e11';
const USCC = syntheticUscc(70_001, '330302');
const CITY: Role[] = ['city_bureau', 'leading_group', 'admin'];
const ALL: Role[] = [...HQ_ROLES];

/** Every signed-in route with the roles it lets through (the services then check scope). */
const GUARDED: { method: string; path: string; roles: Role[] }[] = [
  { method: 'GET', path: '/api/hq/batches', roles: ALL },
  { method: 'POST', path: '/api/hq/batches', roles: ['city_bureau'] },
  { method: 'GET', path: `/api/hq/batches/${ID}`, roles: ALL },
  { method: 'PATCH', path: `/api/hq/batches/${ID}`, roles: ['city_bureau'] },
  { method: 'POST', path: `/api/hq/batches/${ID}/open`, roles: ['city_bureau'] },
  { method: 'POST', path: `/api/hq/batches/${ID}/close`, roles: ['city_bureau'] },
  { method: 'GET', path: `/api/hq/batches/${ID}/timeline`, roles: CITY },
  { method: 'GET', path: '/api/hq/applications', roles: ALL },
  { method: 'POST', path: '/api/hq/applications', roles: ['enterprise'] },
  { method: 'GET', path: `/api/hq/applications/${ID}`, roles: ALL },
  { method: 'PATCH', path: `/api/hq/applications/${ID}`, roles: ['enterprise'] },
  { method: 'POST', path: `/api/hq/applications/${ID}/submit`, roles: ['enterprise'] },
  { method: 'POST', path: `/api/hq/applications/${ID}/materials`, roles: ['enterprise'] },
  { method: 'GET', path: `/api/hq/materials/${ID}`, roles: ALL },
  { method: 'DELETE', path: `/api/hq/materials/${ID}`, roles: ['enterprise'] },
  { method: 'GET', path: `/api/hq/applications/${ID}/timeline`, roles: ALL },
  { method: 'POST', path: `/api/hq/applications/${ID}/county-review`, roles: ['county_office'] },
  { method: 'POST', path: `/api/hq/batches/${ID}/county-reports`, roles: ['county_office'] },
  { method: 'POST', path: `/api/hq/batches/${ID}/start-re-review`, roles: ['city_bureau'] },
  { method: 'POST', path: `/api/hq/applications/${ID}/re-review-reject`, roles: ['city_bureau'] },
  { method: 'GET', path: '/api/hq/items', roles: ['department', ...CITY] },
  { method: 'POST', path: '/api/hq/items/verify', roles: ['department'] },
  { method: 'POST', path: '/api/hq/items/sheet', roles: ['department'] },
  { method: 'POST', path: `/api/hq/items/${ID}/verify`, roles: ['department'] },
  { method: 'POST', path: `/api/hq/items/${ID}/correct`, roles: ['department'] },
  { method: 'POST', path: `/api/hq/batches/${ID}/start-rating`, roles: ['city_bureau'] },
  { method: 'POST', path: `/api/hq/batches/${ID}/runs`, roles: ['city_bureau'] },
  { method: 'GET', path: `/api/hq/batches/${ID}/runs`, roles: CITY },
  { method: 'GET', path: `/api/hq/runs/${ID}`, roles: CITY },
  { method: 'GET', path: `/api/hq/runs/${ID}/diff/${ID}`, roles: CITY },
  { method: 'GET', path: `/api/hq/runs/${ID}/explain/${USCC}`, roles: [...CITY, 'enterprise'] },
  { method: 'POST', path: `/api/hq/runs/${ID}/submit`, roles: ['city_bureau'] },
  { method: 'POST', path: `/api/hq/runs/${ID}/approve`, roles: ['leading_group'] },
  { method: 'POST', path: `/api/hq/runs/${ID}/send-back`, roles: ['leading_group'] },
  { method: 'POST', path: `/api/hq/applications/${ID}/not-approve`, roles: ['leading_group'] },
  { method: 'POST', path: `/api/hq/batches/${ID}/publish`, roles: ['city_bureau'] },
  { method: 'POST', path: `/api/hq/batches/${ID}/finalize`, roles: ['city_bureau'] },
  { method: 'GET', path: `/api/hq/batches/${ID}/objections`, roles: CITY },
  { method: 'GET', path: `/api/hq/batches/${ID}/publicity-notice.pdf`, roles: CITY },
  { method: 'POST', path: `/api/hq/objections/${ID}/resolve`, roles: ['city_bureau'] },
  { method: 'POST', path: `/api/hq/applications/${ID}/benefit-claims`, roles: ['enterprise'] },
  { method: 'POST', path: `/api/hq/applications/${ID}/supports`, roles: ['city_bureau'] },
  { method: 'POST', path: `/api/hq/applications/${ID}/re-review-requests`, roles: ['enterprise'] },
  { method: 'POST', path: `/api/hq/re-review-requests/${ID}/decide`, roles: ['city_bureau'] },
  {
    method: 'GET',
    path: '/api/hq/re-review-requests',
    roles: ['city_bureau', 'leading_group', 'admin'],
  },
  { method: 'POST', path: `/api/hq/applications/${ID}/revoke`, roles: ['city_bureau'] },
  { method: 'GET', path: '/api/hq/revocations', roles: ['city_bureau', 'leading_group', 'admin'] },
  { method: 'GET', path: '/api/hq/supports', roles: ['city_bureau', 'leading_group', 'admin'] },
  { method: 'GET', path: '/api/hq/benefit-claims', roles: ['city_bureau', 'county_office'] },
  {
    method: 'POST',
    path: `/api/hq/benefit-claims/${ID}/decide`,
    roles: ['city_bureau', 'county_office'],
  },
];

/** Services' clock at 10:00 in China on a date, for setting up records directly. */
const on = (date: string) => ({ clock: { now: () => new Date(`${date}T02:00:00Z`) } });

const enterpriseRow = (i: number, county: '鹿城区' | '瑞安市') => ({
  uscc: i === 0 ? USCC : syntheticUscc(70_001 + i, county === '鹿城区' ? '330302' : '330381'),
  name: `权限测试${'甲乙'[i]}集团有限公司`,
  county,
  revenue_2y: String(80 - i * 20),
  contribution_2y: '5.5',
  rd_2y: '30000',
  pension_payers: '800',
  tax_filers: '1000',
  top500: '',
  listings_3y: '0',
});

describeEachDatabase('hq procedure over HTTP: access and validation', (getDb) => {
  // Sessions live at one instant; the records' own dates are set through the services.
  const clock = fixedClock(new Date('2026-01-10T02:00:00Z'));
  let app: ApiApp;
  const cookie = {} as Record<string, string>;
  const actor = {} as Record<string, Actor>;
  /** B1: rated, not published. B2: open, with A's draft. B3: the bureau's draft. */
  const ids = {} as Record<string, string>;

  async function person(key: string, role: Role, scope: Partial<Actor> = {}) {
    const account = await seedAccount(getDb(), { role, ...scope });
    cookie[key] = await signIn(app, account);
    actor[key] = { accountId: account.id, role, displayName: key, ...scope };
  }

  function call(
    method: string,
    path: string,
    who?: string,
    body?: unknown,
    lang?: string,
  ): Promise<Response> {
    const headers: Record<string, string> = { origin: ORIGIN };
    if (who) headers.cookie = cookie[who]!;
    if (lang) headers['accept-language'] = lang;
    // The guard table sends `{}` everywhere; a GET carries no body.
    const send = body !== undefined && method !== 'GET';
    if (send) headers['content-type'] = 'application/json';
    return Promise.resolve(
      app.request(path, { method, headers, body: send ? JSON.stringify(body) : undefined }),
    );
  }

  async function refusal(response: Response) {
    return { status: response.status, error: ((await response.json()) as ErrorJson).error };
  }

  function upload(applicationId: string, who: string, files: [string, File][]) {
    const form = new FormData();
    for (const [kind, file] of files) {
      form.append('kind', kind);
      form.append('file', file);
    }
    return app.request(`/api/hq/applications/${applicationId}/materials`, {
      method: 'POST',
      body: form,
      headers: { cookie: cookie[who]!, origin: ORIGIN },
    });
  }

  beforeAll(async () => {
    const db = getDb();
    app = testApp(db, { clock });
    await person('bureau', 'city_bureau');
    await person('group', 'leading_group');
    await person('admin', 'admin');
    await person('lucheng', 'county_office', { jurisdiction: '鹿城区' });
    await person('ruian', 'county_office', { jurisdiction: '瑞安市' });
    await person('tax', 'department', { department: 'tax' });
    const rows = [enterpriseRow(0, '鹿城区'), enterpriseRow(1, '瑞安市')];
    await person('A', 'enterprise', { enterpriseUscc: rows[0]!.uscc });
    await person('B', 'enterprise', { enterpriseUscc: rows[1]!.uscc });

    // B1 walked to a stored run through the services: rated, neither approved nor published.
    const bureau = actor.bureau!;
    const b1 = await s.createBatch(
      db,
      bureau,
      {
        year: 2025,
        title: '权限测试批次一',
        announcementText: '（演示数据）',
        announcementOn: '2025-11-03',
        opensOn: '2025-11-03',
        closesOn: '2025-12-15',
        ratingDate: '2026-02-02',
        synthetic: true,
      },
      on('2025-11-01'),
    );
    ids.b1 = b1.id;
    await s.openBatch(db, bureau, { batchId: b1.id }, on('2025-11-03'));
    for (const [i, key] of ['A', 'B'].entries()) {
      const created = await s.createApplication(
        db,
        actor[key]!,
        demoForm(b1.id, rows[i]!, i),
        on('2025-11-10'),
      );
      ids[`b1${key}`] = created.id;
      const files = DEMO_MATERIALS.map((kind) => ({
        kind,
        fileName: `${kind}.pdf`,
        contentType: 'application/pdf',
        content: demoPdf(kind),
      }));
      const [material] = await s.uploadMaterials(
        db,
        actor[key]!,
        { applicationId: created.id, files },
        on('2025-11-10'),
      );
      ids[`material${key}`] = material!.id;
      await s.submitApplication(db, actor[key]!, { applicationId: created.id }, on('2025-11-11'));
    }
    await s.closeBatch(db, bureau, { batchId: b1.id }, on('2025-12-16'));
    for (const [key, county] of [
      ['A', 'lucheng'],
      ['B', 'ruian'],
    ] as const) {
      await s.countyPass(db, actor[county]!, { applicationId: ids[`b1${key}`]! }, on('2025-12-17'));
      await s.reportPassList(
        db,
        actor[county]!,
        { batchId: b1.id, letterNumber: `${county}〔2025〕1号`, letterDate: '2025-12-17' },
        on('2025-12-17'),
      );
    }
    await s.startReReview(db, bureau, { batchId: b1.id }, on('2026-01-05'));
    for (const department of DEPARTMENTS) {
      const clerk: Actor = {
        accountId: `dept-${department}`,
        role: 'department',
        displayName: department,
        department,
      };
      const pending = await s.listItems(db, clerk, { batchId: b1.id, state: 'pending' });
      ids[`item_${department}`] = pending[0]!.id;
      await s.verifyItems(db, clerk, { itemIds: pending.map((item) => item.id) }, on('2026-01-06'));
    }
    await s.startRating(db, bureau, { batchId: b1.id }, on('2026-01-07'));
    ids.run1 = (await s.runRating(db, bureau, { batchId: b1.id }, on('2026-01-07'))).id;

    // B2: open now, with A's draft. B3: a draft batch.
    const b2 = await s.createBatch(
      db,
      bureau,
      {
        year: 2025,
        title: '权限测试批次二',
        announcementText: '（演示数据）',
        announcementOn: '2026-01-05',
        opensOn: '2026-01-05',
        closesOn: '2026-02-27',
        ratingDate: '2026-03-16',
        synthetic: true,
      },
      on('2026-01-05'),
    );
    ids.b2 = b2.id;
    await s.openBatch(db, bureau, { batchId: b2.id }, on('2026-01-05'));
    ids.b2A = (
      await s.createApplication(db, actor.A!, demoForm(b2.id, rows[0]!, 0), on('2026-01-09'))
    ).id;
    ids.b3 = (
      await s.createBatch(
        db,
        bureau,
        {
          year: 2026,
          title: '权限测试批次三（草拟）',
          announcementText: '（演示数据）',
          announcementOn: '2026-11-02',
          opensOn: '2026-11-02',
          closesOn: '2026-12-15',
          ratingDate: '2027-02-01',
        },
        on('2026-01-09'),
      )
    ).id;
    // One session of every role, for the guard table.
    await person('enterprise', 'enterprise', { enterpriseUscc: syntheticUscc(70_100) });
    await person('county_office', 'county_office', { jurisdiction: '龙湾区' });
    await person('department', 'department', { department: 'finance' });
    await person('water_office', 'water_office', { office: 'finance' });
    await person('water_county', 'water_county', { jurisdiction: '瑞安市' });
    await person('relief_office', 'relief_office', { office: 'medical_insurance' });
    await person('relief_township', 'relief_township', {
      jurisdiction: '文成县',
      township: '大峃镇',
    });
    cookie.city_bureau = cookie.bureau!;
    cookie.leading_group = cookie.group!;
  });

  describe('role guards', () => {
    it('refuses every signed-in route without a session (401), before reading the body', async () => {
      for (const route of GUARDED) {
        const { status, error } = await refusal(
          await call(route.method, route.path, undefined, {}),
        );
        expect(status, `${route.method} ${route.path}`).toBe(401);
        expect(error.code).toBe('not_signed_in');
      }
    });

    it('refuses each role every step that is not its own (403, naming who may)', async () => {
      // Every role: the water fund's and the relief pilot's reach no step of this procedure.
      for (const role of ROLES) {
        for (const route of GUARDED.filter((r) => !r.roles.includes(role))) {
          const { status, error } = await refusal(await call(route.method, route.path, role, {}));
          expect(status, `${role}: ${route.method} ${route.path}`).toBe(403);
          expect(error.code).toBe('forbidden');
        }
      }
      const en = await refusal(
        await call('POST', `/api/hq/batches/${ids.b1}/open`, 'enterprise', undefined, 'en'),
      );
      expect(en.error.message).toBe(
        'You may not open the batch for applications: this is for city investment-promotion bureau accounts only, and you are signed in as enterprise',
      );
      const zh = await refusal(await call('POST', `/api/hq/runs/${ids.run1}/approve`, 'bureau'));
      expect(zh.error.message).toMatch(/^无权审定通过：此操作仅限市投资促进工作领导小组账户/);
    });
  });

  describe('scope', () => {
    it('hides another enterprise’s application, material and timeline (404)', async () => {
      for (const path of [
        `/api/hq/applications/${ids.b1A}`,
        `/api/hq/applications/${ids.b1A}/timeline`,
        `/api/hq/materials/${ids.materialA}`,
      ]) {
        const { status, error } = await refusal(await call('GET', path, 'B'));
        expect(status, path).toBe(404);
        expect(error.code).toBe('not_found');
      }
      const edit = await call('PATCH', `/api/hq/applications/${ids.b2A}`, 'B', {
        contactName: '乙',
      });
      expect(edit.status).toBe(404);
      const mine = await call('GET', '/api/hq/applications', 'B');
      const { applications } = (await mine.json()) as { applications: { id: string }[] };
      expect(applications.map((a) => a.id)).toEqual([ids.b1B]);
    });

    it('keeps a county office to its own jurisdiction', async () => {
      expect((await call('GET', `/api/hq/applications/${ids.b1A}`, 'ruian')).status).toBe(404);
      const other = await refusal(await call('GET', '/api/hq/applications?county=鹿城区', 'ruian'));
      expect([other.status, other.error.code]).toEqual([403, 'not_your_jurisdiction']);
      const review = await call('POST', `/api/hq/applications/${ids.b1A}/county-review`, 'ruian', {
        decision: 'pass',
      });
      expect(review.status).toBe(404);
      const own = await call('GET', `/api/hq/applications?batch=${ids.b1}`, 'lucheng');
      const { applications } = (await own.json()) as { applications: { id: string }[] };
      expect(applications.map((a) => a.id)).toEqual([ids.b1A]);
    });

    it('keeps a department to its own items', async () => {
      const theirs = await refusal(
        await call('POST', `/api/hq/items/${ids.item_market_supervision}/verify`, 'tax'),
      );
      expect([theirs.status, theirs.error.code]).toEqual([403, 'not_your_item']);
      const filter = await refusal(await call('GET', '/api/hq/items?department=finance', 'tax'));
      expect([filter.status, filter.error.code]).toEqual([403, 'not_your_department']);
      // An application without items of its own is not the department's to see.
      expect((await call('GET', `/api/hq/applications/${ids.b2A}`, 'tax')).status).toBe(404);
      const detail = await call('GET', `/api/hq/applications/${ids.b1A}`, 'tax');
      const { items } = (await detail.json()) as { items: { department: string }[] };
      expect(new Set(items.map((i) => i.department))).toEqual(new Set(['tax']));
    });

    it('explains a result only to the city roles, and to an enterprise once published', async () => {
      const path = `/api/hq/runs/${ids.run1}/explain/${USCC}`;
      expect((await call('GET', path, 'bureau')).status).toBe(200);
      expect((await call('GET', path, 'A')).status).toBe(404);
      expect((await call('GET', path)).status).toBe(401);
      expect((await call('GET', `/api/hq/runs/${ids.run1}`, 'lucheng')).status).toBe(403);
    });
  });

  describe('public routes', () => {
    it('are open without a session and show nothing unpublished', async () => {
      const lists = await call('GET', '/api/public/hq/lists');
      expect(lists.status).toBe(200);
      expect(await lists.json()).toEqual({ batches: [] });
      for (const batchId of [ids.b1, ids.b2, ids.b3]) {
        const { status, error } = await refusal(
          await call('GET', `/api/public/hq/lists/${batchId}`),
        );
        expect([status, error.code]).toEqual([404, 'not_found']);
      }
      const objection = await call('POST', '/api/public/hq/objections', undefined, {
        batchId: ids.b1,
        uscc: USCC,
        reason: '数据存疑',
      });
      expect(objection.status).toBe(404);
    });

    it('hide draft batches from every account but the city roles', async () => {
      const seen = async (who: string) => {
        const response = await call('GET', '/api/hq/batches', who);
        return ((await response.json()) as { batches: { id: string }[] }).batches.map((b) => b.id);
      };
      expect(await seen('A')).not.toContain(ids.b3);
      // A step without its optional body reaches the service, which names the state.
      const early = await refusal(
        await call('POST', `/api/hq/batches/${ids.b2}/publish`, 'bureau'),
      );
      expect([early.status, early.error.code]).toEqual([409, 'transition_not_allowed']);
      expect(await seen('bureau')).toContain(ids.b3);
      expect((await call('GET', `/api/hq/batches/${ids.b3}`, 'lucheng')).status).toBe(404);
    });
  });

  describe('validation', () => {
    it('names each bad field of a request, in zh and en', async () => {
      const body = { year: '2025', announcementText: '公告', settings: { places: 2 } };
      const zh = await refusal(await call('POST', '/api/hq/batches', 'bureau', body));
      expect(zh.status).toBe(400);
      expect(zh.error.code).toBe('invalid_request');
      const byPath = Object.fromEntries(zh.error.issues.map((i) => [i.path, i]));
      expect(byPath.year?.message).toBe('批次年度：应为数字');
      expect(byPath.title).toMatchObject({ code: 'required', message: '批次名称：必须填写' });
      expect(byPath['settings.places']?.code).toBe('unrecognized_keys');
      const en = await refusal(await call('POST', '/api/hq/batches', 'bureau', body, 'en'));
      expect(en.error.issues.find((i) => i.path === 'title')?.message).toBe('title is required');
    });

    it('shows the services’ own checks by field, labelled once', async () => {
      const dates = {
        year: 2026,
        title: '日期有误的批次',
        announcementText: '（演示数据）',
        announcementOn: '2026-11-02',
        opensOn: '2026-11-02',
        closesOn: '2026-10-01',
        ratingDate: '2027-02-01',
      };
      const crossed = await refusal(await call('POST', '/api/hq/batches', 'bureau', dates));
      expect(crossed.status).toBe(400);
      expect(crossed.error.issues.map((i) => [i.path, i.code])).toEqual([
        ['closesOn', 'closes_before_opening'],
      ]);
      const path = `/api/hq/applications/${ids.b1A}/county-review`;
      const zh = await refusal(await call('POST', path, 'lucheng', { decision: 'return' }));
      expect(zh.status).toBe(400);
      expect(zh.error.issues).toEqual([
        // The services' code for a missing field is zod's own.
        { path: 'reason', code: 'invalid_type', message: '理由：必须填写' },
      ]);
      const en = await refusal(
        await call('POST', path, 'lucheng', { decision: 'return', reason: '  ' }, 'en'),
      );
      expect(en.error.issues[0]).toEqual({
        path: 'reason',
        code: 'words_required',
        message: 'reason: must be written, not blank',
      });
      const uuid = await refusal(await call('GET', '/api/hq/applications/123', 'A'));
      expect(uuid.error.issues[0]).toMatchObject({ path: 'applicationId', code: 'invalid_format' });
      expect(uuid.error.issues[0]!.message).toMatch(/^申报编号：应为 UUID/);
    });

    it('checks uploads: type, pairing, 20 MB; withdraws only one’s own', async () => {
      const pdf = new File([demoPdf('x')], '申请表.pdf', { type: 'application/pdf' });
      const good = await upload(ids.b2A!, 'A', [['application_form', pdf]]);
      expect(good.status).toBe(201);
      const [stored] = ((await good.json()) as { materials: { id: string }[] }).materials;

      const text = new File(['hello'], 'a.txt', { type: 'text/plain' });
      const wrong = await refusal(await upload(ids.b2A!, 'A', [['application_form', text]]));
      expect(wrong.status).toBe(400);
      expect(wrong.error.issues[0]).toMatchObject({ path: 'file', code: 'material_type' });
      expect(wrong.error.issues[0]!.message).toMatch(/^不接受的文件类型“text\/plain”/);

      const form = new FormData();
      form.append('kind', 'application_form');
      form.append('file', pdf);
      form.append('file', pdf);
      const unpaired = await refusal(
        await app.request(`/api/hq/applications/${ids.b2A}/materials`, {
          method: 'POST',
          body: form,
          headers: { cookie: cookie.A!, origin: ORIGIN },
        }),
      );
      expect(unpaired.error.issues[0]).toMatchObject({ path: 'kind', code: 'kind_per_file' });

      const huge = new Uint8Array(21 * 1024 * 1024 + 10);
      huge.set([0x25, 0x50, 0x44, 0x46]);
      const big = new File([huge], '大文件.pdf', { type: 'application/pdf' });
      const tooLarge = await refusal(await upload(ids.b2A!, 'A', [['other_evidence', big]]));
      expect([tooLarge.status, tooLarge.error.code]).toEqual([413, 'too_large']);

      expect((await call('DELETE', `/api/hq/materials/${stored!.id}`, 'B')).status).toBe(404);
      const removed = await call('DELETE', `/api/hq/materials/${stored!.id}`, 'A');
      expect(removed.status).toBe(200);
      expect(((await removed.json()) as { removedAt: string | null }).removedAt).not.toBeNull();
    });
  });

  it('lists every route in /api/openapi.json with a Chinese and an English summary', async () => {
    const doc = (await (await call('GET', '/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { summary?: string }>>;
    };
    const operations = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/api/hq/') || path.startsWith('/api/public/hq/'))
      .flatMap(([path, methods]) => Object.entries(methods).map(([m, op]) => ({ path, m, op })));
    // The public ones: the lists, one list, its notice, the objection form and the look-up.
    expect(operations.length).toBe(GUARDED.length + 5);
    for (const { path, m, op } of operations) {
      expect(op.summary, `${m} ${path}`).toMatch(/[\u4e00-\u9fff].* \/ [a-z]/i);
    }
    expect(doc.paths['/api/hq/runs/{runId}/explain/{uscc}']).toBeDefined();
  });
});
