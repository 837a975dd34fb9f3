import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { InputError } from '../../../src/engine/input-issue.ts';
import { demoForm } from '../../../src/workflow/hq-rating/demo-forms.ts';
import { WorkflowError } from '../../../src/workflow/hq-rating/errors.ts';
import * as s from '../../../src/workflow/hq-rating/services/index.ts';
import { bureau, county, department, on } from './actors.ts';
import { BATCH_INPUT } from './batch.ts';
import type { RefusalContext } from './refusal-context.ts';
import { snapshot } from './snapshot.ts';

/** The database's own message, which Drizzle wraps as the cause of its error. */
const causeText = (error: unknown) => String((error as { cause?: unknown }).cause ?? error);

/**
 * A refused step leaves every table exactly as it was, the audit log included: nothing half
 * written, even when the refusal comes after some rows were already changed in the transaction.
 */
export function atomicityCases(ctx: RefusalContext): void {
  async function unchangedBy(step: () => Promise<unknown>): Promise<unknown> {
    const before = await snapshot(ctx.db);
    const error = await step().then(
      () => new Error('the step was expected to fail'),
      (x: unknown) => x,
    );
    expect(await snapshot(ctx.db)).toEqual(before);
    return error;
  }

  it('a failed validation: every bad field named, nothing written', async () => {
    const error = await unchangedBy(() =>
      s.createApplication(
        ctx.db,
        ctx.e[0]!.actor,
        {
          ...demoForm(ctx.batchId, ctx.e[0]!.row, 0),
          uscc: `${ctx.e[0]!.uscc.slice(0, 17)}0`,
          industryCode: 'C3911',
          contactEmail: 'li＠qq.com',
          contactMobile: '+86 138 1234 5678',
          registeredOn: '2025-02-29',
          subsidiaries: [
            {
              kind: 'subsidiary',
              name: '子公司',
              uscc: ctx.e[1]!.uscc,
              holdingSharePercent: '49.9',
            },
          ],
        },
        on('2025-11-20'),
      ),
    );
    expect(error).toBeInstanceOf(InputError);
    const issues = (error as InputError).issues;
    expect(issues.map((issue) => issue.column).sort()).toEqual(
      [
        'contactEmail',
        'contactMobile',
        'industryCode',
        'registeredOn',
        'subsidiaries.0.holdingSharePercent',
        'uscc',
      ].sort(),
    );
    const uscc = issues.find((issue) => issue.column === 'uscc')!;
    expect(uscc.message.zh).toMatch(/^1 统一社会信用代码：第 18 位（校验码）应为/);
    expect(uscc.message.en).toContain('check character');
    expect(issues.find((i) => i.column === 'industryCode')!.message.zh).toContain('门类字母');
  });

  it('a transition the state does not allow', async () => {
    const error = await unchangedBy(() =>
      s.countyPass(ctx.db, county('鹿城区'), { applicationId: ctx.ids[0]! }),
    );
    expect(error).toMatchObject({ kind: 'conflict', code: 'transition_not_allowed' });
  });

  it('a list with one item that is not the department’s: none of the list is verified', async () => {
    const tax = department('tax');
    const own = (await s.getApplication(ctx.db, tax, { applicationId: ctx.ids[0]! })).items[0]!;
    const finance = (
      await s.getApplication(ctx.db, department('finance'), { applicationId: ctx.ids[0]! })
    ).items[0]!;
    const error = await unchangedBy(() =>
      s.verifyItems(ctx.db, tax, { itemIds: [own.id, finance.id] }, on('2026-01-06')),
    );
    expect(error).toBeInstanceOf(WorkflowError);
  });

  it('a step that fails after it wrote its rows: the audit append refused', async () => {
    // A test-only trigger makes the audit insert of one action fail, after the service has
    // already updated the application and written its timeline in the same transaction.
    // Only the table owner may add a trigger: the service's own role may not (docs/audit.md).
    const asOwner = (statement: string) =>
      ctx.db.transaction(async (tx) => {
        await tx.execute(sql`set local role none`);
        await tx.execute(sql.raw(statement));
      });
    await asOwner(
      `create function test_refuse_audit() returns trigger language plpgsql as $$
        begin
          if new.action = 'hq.application.re_review_reject' then raise exception 'audit refused for the test'; end if;
          return new;
        end $$`,
    );
    await asOwner(
      `create trigger test_refuse_audit before insert on audit_log
        for each row execute function test_refuse_audit()`,
    );
    try {
      const error = await unchangedBy(() =>
        s.reReviewReject(
          ctx.db,
          bureau,
          { applicationId: ctx.ids[0]!, reason: '测试' },
          on('2026-01-09'),
        ),
      );
      expect(causeText(error)).toContain('audit refused for the test');
      expect((await s.getApplication(ctx.db, bureau, { applicationId: ctx.ids[0]! })).state).toBe(
        're_review',
      );
    } finally {
      await asOwner('drop trigger test_refuse_audit on audit_log');
      await asOwner('drop function test_refuse_audit()');
    }
  });

  it('a step the database itself refuses rolls back with it', async () => {
    // No service writes stars outside 1-5; the check constraint stops a direct write too, and the
    // batch row changed before it in the same transaction is restored.
    const error = await unchangedBy(() =>
      ctx.db.transaction(async (tx) => {
        await tx.execute(
          sql`update hq_batch set publicity_round = publicity_round + 1 where id = ${ctx.batchId}`,
        );
        await tx.execute(sql`update hq_application set stars = 9 where id = ${ctx.ids[0]!}`);
      }),
    );
    expect(causeText(error)).toMatch(/hq_application_stars_check/);
  });

  it('history cannot be deleted', async () => {
    const error = await unchangedBy(() =>
      ctx.db.execute(sql`delete from hq_application where id = ${ctx.ids[9]!}`),
    );
    expect(causeText(error)).toMatch(/kept as history/);
  });

  it('a batch-wide step refused part-way: starting rating with items pending', async () => {
    const error = await unchangedBy(() =>
      s.startRating(ctx.db, bureau, { batchId: ctx.batchId }, on('2026-01-20')),
    );
    expect(error).toMatchObject({ code: 'verification_pending' });
  });

  it('a planned publicity the calendar cannot count: refused with the calendar’s message', async () => {
    const error = await unchangedBy(() =>
      s.createBatch(ctx.db, bureau, {
        ...BATCH_INPUT,
        year: 2030,
        announcementOn: '2030-11-01',
        opensOn: '2030-11-01',
        closesOn: '2030-12-15',
        ratingDate: '2031-02-03',
        publicityStartsOn: '2031-03-03',
      }),
    );
    expect(error).toBeInstanceOf(InputError);
    const [issue] = (error as InputError).issues;
    expect(issue).toMatchObject({ column: 'publicityStartsOn', code: 'calendar_not_covered' });
    expect(issue!.message.zh).toContain('2031 年');
  });

  it('a publication refused by the state before any date is counted', async () => {
    const error = await unchangedBy(() =>
      s.publishList(ctx.db, bureau, { batchId: ctx.batchId, startsOn: '2031-03-03' }),
    );
    expect(error).toMatchObject({ code: 'transition_not_allowed' });
  });
}
