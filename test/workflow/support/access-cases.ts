import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import type { Actor } from '../../../src/workflow/actor.ts';
import { demoForm } from '../../../src/workflow/hq-rating/demo-forms.ts';
import * as s from '../../../src/workflow/hq-rating/services/index.ts';
import { admin, bureau, county, department, enterprise, leadingGroup, on } from './actors.ts';
import type { RefusalContext } from './refusal-context.ts';

const refused = (kind: 'forbidden' | 'not_found', code?: string) =>
  expect.objectContaining({ kind, ...(code ? { code } : {}) });

/**
 * Each role reaches only what is its own (docs/hq-procedure.md, "Roles"): one test per rule, on
 * a batch in re-review with one application rejected by its county.
 */
export function accessCases(ctx: RefusalContext): void {
  const lucheng = county('鹿城区');
  const ruian = county('瑞安市');
  const tax = department('tax');
  const finance = department('finance');
  const itemOf = async (actor: Actor, applicationId: string, key: string) =>
    (await s.getApplication(ctx.db, actor, { applicationId })).items.find(
      (item) => item.key === key,
    )!;

  it('an enterprise cannot read another enterprise’s application: it is not found', async () => {
    await expect(
      s.getApplication(ctx.db, ctx.e[0]!.actor, { applicationId: ctx.ids[1]! }),
    ).rejects.toEqual(refused('not_found'));
    await expect(
      s.getTimeline(ctx.db, ctx.e[0]!.actor, { applicationId: ctx.ids[1]! }),
    ).rejects.toEqual(refused('not_found'));
  });

  it('an enterprise cannot change another enterprise’s application', async () => {
    await expect(
      s.updateApplication(
        ctx.db,
        ctx.e[0]!.actor,
        { applicationId: ctx.ids[1]!, contactName: '冒名' },
        on('2025-11-20'),
      ),
    ).rejects.toEqual(refused('not_found'));
  });

  it('an enterprise cannot apply under another credit code', async () => {
    await expect(
      s.createApplication(
        ctx.db,
        ctx.e[0]!.actor,
        demoForm(ctx.batchId, ctx.e[1]!.row, 1),
        on('2025-11-20'),
      ),
    ).rejects.toEqual(refused('forbidden', 'not_your_enterprise'));
  });

  it('an enterprise lists only its own applications', async () => {
    const mine = await s.listApplications(ctx.db, ctx.e[2]!.actor, { batchId: ctx.batchId });
    expect(mine.map((a) => a.uscc)).toEqual([ctx.e[2]!.uscc]);
  });

  it('an enterprise cannot read another enterprise’s materials', async () => {
    const material = (
      await s.getApplication(ctx.db, ctx.e[1]!.actor, { applicationId: ctx.ids[1]! })
    ).materials[0]!;
    await expect(
      s.readMaterial(ctx.db, ctx.e[0]!.actor, { materialId: material.id }),
    ).rejects.toEqual(refused('not_found'));
    const read = await s.readMaterial(ctx.db, lucheng, { materialId: material.id });
    expect(createHash('sha256').update(read.content).digest('hex')).toBe(material.sha256);
  });

  it('a county office cannot read another county’s applications or queue', async () => {
    await expect(s.getApplication(ctx.db, ruian, { applicationId: ctx.ids[0]! })).rejects.toEqual(
      refused('not_found'),
    );
    await expect(s.listApplications(ctx.db, ruian, { county: '鹿城区' })).rejects.toEqual(
      refused('forbidden', 'not_your_jurisdiction'),
    );
    const queue = await s.listApplications(ctx.db, ruian, { batchId: ctx.batchId });
    expect(new Set(queue.map((a) => a.county))).toEqual(new Set(['瑞安市']));
  });

  it('a county office cannot decide another county’s application', async () => {
    await expect(
      s.countyReturn(
        ctx.db,
        ruian,
        { applicationId: ctx.ids[0]!, reason: '越权' },
        on('2025-12-17'),
      ),
    ).rejects.toEqual(refused('not_found'));
  });

  it('a department cannot verify or correct another department’s items', async () => {
    const revenue = await itemOf(tax, ctx.ids[0]!, 'revenue_2y');
    await expect(
      s.verifyItems(ctx.db, finance, { itemIds: [revenue.id] }, on('2026-01-06')),
    ).rejects.toEqual(refused('forbidden', 'not_your_item'));
    await expect(
      s.correctItem(
        ctx.db,
        finance,
        { itemId: revenue.id, value: '1', note: '越权' },
        on('2026-01-06'),
      ),
    ).rejects.toEqual(refused('forbidden', 'not_your_item'));
  });

  it('a department sees only its own items, and no application without them', async () => {
    const own = await s.getApplication(ctx.db, tax, { applicationId: ctx.ids[0]! });
    expect(new Set(own.items.map((item) => item.department))).toEqual(new Set(['tax']));
    await expect(s.listItems(ctx.db, tax, { department: 'finance' })).rejects.toEqual(
      refused('forbidden', 'not_your_department'),
    );
    // The application the county rejected never reached re-review: no items, not found.
    await expect(s.getApplication(ctx.db, tax, { applicationId: ctx.ids[9]! })).rejects.toEqual(
      refused('not_found'),
    );
  });

  it('a county office cannot rate, and cannot read runs', async () => {
    await expect(s.runRating(ctx.db, lucheng, { batchId: ctx.batchId })).rejects.toEqual(
      refused('forbidden', 'role_not_allowed'),
    );
    await expect(s.listRuns(ctx.db, lucheng, { batchId: ctx.batchId })).rejects.toEqual(
      refused('forbidden', 'runs_not_yours'),
    );
  });

  it('an enterprise cannot approve, send back or publish', async () => {
    await expect(s.approveRun(ctx.db, ctx.e[0]!.actor, { batchId: ctx.batchId })).rejects.toEqual(
      refused('forbidden', 'role_not_allowed'),
    );
    await expect(
      s.sendBack(ctx.db, ctx.e[0]!.actor, { batchId: ctx.batchId, reason: '不服' }),
    ).rejects.toEqual(refused('forbidden', 'role_not_allowed'));
    await expect(s.publishList(ctx.db, ctx.e[0]!.actor, { batchId: ctx.batchId })).rejects.toEqual(
      refused('forbidden', 'role_not_allowed'),
    );
  });

  it('the leading group cannot rate or publish, the bureau cannot approve', async () => {
    await expect(s.runRating(ctx.db, leadingGroup, { batchId: ctx.batchId })).rejects.toEqual(
      refused('forbidden', 'role_not_allowed'),
    );
    await expect(s.publishList(ctx.db, leadingGroup, { batchId: ctx.batchId })).rejects.toEqual(
      refused('forbidden', 'role_not_allowed'),
    );
    await expect(s.approveRun(ctx.db, bureau, { batchId: ctx.batchId })).rejects.toEqual(
      refused('forbidden', 'role_not_allowed'),
    );
  });

  it('an admin reads everything and decides nothing', async () => {
    expect((await s.listApplications(ctx.db, admin, { batchId: ctx.batchId })).length).toBe(10);
    await expect(
      s.reReviewReject(ctx.db, admin, { applicationId: ctx.ids[0]!, reason: '试试' }),
    ).rejects.toEqual(refused('forbidden', 'role_not_allowed'));
    await expect(
      s.createBatch(ctx.db, admin, {
        year: 2026,
        title: 't',
        announcementText: 'a',
        announcementOn: '2026-01-01',
        opensOn: '2026-01-01',
        closesOn: '2026-02-01',
        ratingDate: '2026-03-01',
      }),
    ).rejects.toEqual(refused('forbidden', 'role_not_allowed'));
  });

  it('the public cannot read unpublished data', async () => {
    await expect(s.publishedList(ctx.db, null, { batchId: ctx.batchId })).rejects.toEqual(
      refused('not_found'),
    );
    await expect(s.getBatch(ctx.db, null, { batchId: ctx.batchId })).rejects.toEqual(
      refused('not_found'),
    );
    expect(await s.listBatches(ctx.db, null)).toEqual([]);
    await expect(
      s.fileObjection(ctx.db, null, { batchId: ctx.batchId, uscc: ctx.e[0]!.uscc, reason: '试探' }),
    ).rejects.toEqual(refused('not_found'));
  });

  it('enterprises and departments cannot read rating runs', async () => {
    await expect(s.listRuns(ctx.db, ctx.e[0]!.actor, { batchId: ctx.batchId })).rejects.toEqual(
      refused('forbidden', 'runs_not_yours'),
    );
    await expect(s.listRuns(ctx.db, tax, { batchId: ctx.batchId })).rejects.toEqual(
      refused('forbidden', 'runs_not_yours'),
    );
    await expect(s.listObjections(ctx.db, lucheng, { batchId: ctx.batchId })).rejects.toEqual(
      refused('forbidden', 'runs_not_yours'),
    );
  });

  it('an account without its scope reaches nothing', async () => {
    const broken: Actor = { accountId: 'x', role: 'county_office', displayName: '未配置' };
    await expect(s.listApplications(ctx.db, broken, { batchId: ctx.batchId })).rejects.toEqual(
      refused('forbidden', 'actor_scope_missing'),
    );
    const noCode = enterprise('');
    await expect(
      s.getApplication(
        ctx.db,
        { ...noCode, enterpriseUscc: undefined },
        { applicationId: ctx.ids[0]! },
      ),
    ).rejects.toEqual(refused('forbidden', 'actor_scope_missing'));
  });
}
