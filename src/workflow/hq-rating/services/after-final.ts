import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../../store/database.ts';
import { hqApplication } from '../../../store/schema/hq-applications.ts';
import { hqReReviewRequest, hqRevocation } from '../../../store/schema/hq-after-final.ts';
import type { Actor } from '../../actor.ts';
import { APPLICATION_MACHINE } from '../application-machine.ts';
import { BENEFITS } from '../benefits.ts';
import { notFound, RECORD_LABELS, WorkflowError } from '../errors.ts';
import { assertCanReadApplication } from '../permissions.ts';
import { REVOCATION_LABELS, REVOCATION_REASONS, type RevocationReason } from '../revocation.ts';
import { transition } from '../state-machine.ts';
import { assertInEffect, endClaims, type ClaimView } from './benefit-claims.ts';
import { inTransaction, moment, type ServiceOptions } from './context.ts';
import { lockApplication, scopeOf } from './load.ts';
import { logApplicationStep } from './record.ts';
import { parseInput, wordsField } from './validation.ts';

export type ReReviewRow = typeof hqReReviewRequest.$inferSelect;

/**
 * The enterprise asks for its rating to be reviewed again (R13, 88号 五、1): one open request
 * at a time, while the rating is in effect.
 * @example await requestReReview(db, enterprise, { applicationId, reason: '2025 年营业收入大幅增长' })
 */
export async function requestReReview(
  db: Database,
  actor: Actor,
  input: { applicationId: string; reason: string },
  options?: ServiceOptions,
): Promise<ReReviewRow> {
  const fields = parseInput(
    z.object({ applicationId: z.uuid(), reason: wordsField }).strict(),
    input,
  );
  const { at, today } = moment(options);
  return inTransaction(db, async (tx) => {
    const { application } = await lockApplication(tx, fields.applicationId);
    assertCanReadApplication(actor, await scopeOf(tx, application, actor));
    transition(APPLICATION_MACHINE, application.state, 'request_re_review', actor);
    assertInEffect(application, today);
    const [open] = await tx
      .select({ id: hqReReviewRequest.id })
      .from(hqReReviewRequest)
      .where(
        and(
          eq(hqReReviewRequest.applicationId, application.id),
          eq(hqReReviewRequest.state, 'open'),
        ),
      );
    if (open) {
      throw new WorkflowError('conflict', 're_review_open', {
        zh: '已有一件复评申请正在处理',
        en: 'a re-review request is already open',
      });
    }
    const [row] = await tx
      .insert(hqReReviewRequest)
      .values({
        applicationId: application.id,
        reason: fields.reason,
        requestedBy: actor.accountId,
        requestedAt: at,
        state: 'open',
        previousStars: application.stars!,
      })
      .returning();
    await logApplicationStep(tx, application.id, {
      actor,
      at,
      action: 'request_re_review',
      fromState: application.state,
      toState: application.state,
      note: fields.reason,
      details: { requestId: row!.id },
    });
    return row!;
  });
}

const decideSchema = z
  .object({
    requestId: z.uuid(),
    outcome: z.enum(['kept', 'changed']),
    newStars: z.number().int().min(1).max(5).optional(),
    reason: wordsField,
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.outcome === 'changed' && value.newStars === undefined) {
      const message = {
        zh: '星级有变化时必须填写复评后星级',
        en: 'give the new stars when they change',
      };
      ctx.addIssue({
        code: 'custom',
        path: ['newStars'],
        message: message.en,
        params: { code: 'new_stars_required', ...message },
      });
    }
  });

/**
 * The bureau decides a re-review request. When the stars change, the rating in effect changes and
 * benefits above the new level end (R13: benefits follow the stars).
 * @example await decideReReview(db, bureau, { requestId, outcome: 'changed', newStars: 4, reason: '…' })
 */
export async function decideReReview(
  db: Database,
  actor: Actor,
  input: z.input<typeof decideSchema>,
  options?: ServiceOptions,
): Promise<{ request: ReReviewRow; endedClaims: ClaimView[] }> {
  const fields = parseInput(decideSchema, input);
  const { at } = moment(options);
  return inTransaction(db, async (tx) => {
    const [peek] = await tx
      .select()
      .from(hqReReviewRequest)
      .where(eq(hqReReviewRequest.id, fields.requestId));
    if (!peek) throw notFound(RECORD_LABELS.reReviewRequest, fields.requestId);
    const { application } = await lockApplication(tx, peek.applicationId);
    assertCanReadApplication(actor, await scopeOf(tx, application, actor));
    transition(APPLICATION_MACHINE, application.state, 'decide_re_review', actor);
    if (peek.state !== 'open') {
      throw new WorkflowError('conflict', 're_review_decided', {
        zh: '该复评申请已经作出结论',
        en: 'this re-review request has already been decided',
      });
    }
    const stars = fields.outcome === 'changed' ? fields.newStars! : application.stars!;
    const [request] = await tx
      .update(hqReReviewRequest)
      .set({
        state: 'decided',
        outcome: fields.outcome,
        newStars: stars,
        decisionReason: fields.reason,
        decidedBy: actor.accountId,
        decidedAt: at,
      })
      .where(eq(hqReReviewRequest.id, peek.id))
      .returning();
    let endedClaims: ClaimView[] = [];
    if (stars !== application.stars) {
      await tx
        .update(hqApplication)
        .set({ stars, version: application.version + 1, updatedAt: at })
        .where(eq(hqApplication.id, application.id));
      endedClaims = await endClaims(
        tx,
        application.id,
        (kind) => BENEFITS[kind].minStars > stars,
        fields.reason,
        at,
      );
    }
    await logApplicationStep(tx, application.id, {
      actor,
      at,
      action: 'decide_re_review',
      fromState: application.state,
      toState: application.state,
      note: fields.reason,
      details: {
        requestId: peek.id,
        outcome: fields.outcome,
        stars,
        endedClaims: endedClaims.map((c) => c.kind),
      },
      before: { stars: application.stars },
      after: { stars, endedClaims: endedClaims.map((c) => c.id) },
    });
    return { request: request!, endedClaims };
  });
}

const revokeSchema = z
  .object({
    applicationId: z.uuid(),
    /** R14 ground (1)-(4). */
    reason: z.number().int().min(1).max(REVOCATION_REASONS.length),
    note: wordsField,
  })
  .strict();

/**
 * The bureau withdraws a rating on one of the four R14 grounds (88号 五、3), with a note; the
 * benefits end with it. Who decided and when is kept beside the ground.
 * @example await revokeRating(db, bureau, { applicationId, reason: 3, note: '2026-05-10 列入严重失信主体名单' })
 */
export async function revokeRating(
  db: Database,
  actor: Actor,
  input: { applicationId: string; reason: RevocationReason; note: string },
  options?: ServiceOptions,
): Promise<{ applicationId: string; reason: RevocationReason; endedClaims: ClaimView[] }> {
  const fields = parseInput(revokeSchema, input);
  const { at, today } = moment(options);
  return inTransaction(db, async (tx) => {
    const { application } = await lockApplication(tx, fields.applicationId);
    assertCanReadApplication(actor, await scopeOf(tx, application, actor));
    const to = transition(APPLICATION_MACHINE, application.state, 'revoke', actor);
    const reason = fields.reason as RevocationReason;
    await tx.insert(hqRevocation).values({
      applicationId: application.id,
      reason,
      note: fields.note,
      decidedBy: actor.accountId,
      decidedByName: actor.displayName,
      decidedAt: at,
      effectiveOn: today,
    });
    await tx
      .update(hqApplication)
      .set({ state: to, revokedOn: today, version: application.version + 1, updatedAt: at })
      .where(eq(hqApplication.id, application.id));
    const endedClaims = await endClaims(
      tx,
      application.id,
      () => true,
      REVOCATION_LABELS[reason].zh,
      at,
    );
    await logApplicationStep(tx, application.id, {
      actor,
      at,
      action: 'revoke',
      fromState: application.state,
      toState: to,
      note: fields.note,
      details: {
        reason,
        ground: REVOCATION_LABELS[reason],
        endedClaims: endedClaims.map((c) => c.kind),
      },
    });
    return { applicationId: application.id, reason, endedClaims };
  });
}
