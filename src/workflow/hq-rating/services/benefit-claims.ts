import { and, eq, inArray, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Transaction } from '../../../store/database.ts';
import { hqBenefitClaim, hqSupportNote } from '../../../store/schema/hq-after-final.ts';
import type { Actor } from '../../actor.ts';
import { APPLICATION_MACHINE } from '../application-machine.ts';
import { dec } from '../../../engine/exact/decimal.ts';
import type { ExplanationStep } from '../../../engine/explanation.ts';
import type { ClaimState } from '../../../store/schema/hq-after-final.ts';
import {
  BENEFIT_KINDS,
  BENEFITS,
  benefitRefusal,
  SUPPORT_KINDS,
  type BenefitKind,
  type SupportKind,
} from '../benefits.ts';
import { decimalText } from '../decimal-text.ts';
import { WorkflowError } from '../errors.ts';
import { assertCanReadApplication } from '../permissions.ts';
import { transition } from '../state-machine.ts';
import { subsidyGranted } from '../subsidy-grant.ts';
import { inEffect, notInEffectMessage } from '../validity.ts';
import { inTransaction, moment, type ServiceOptions } from './context.ts';
import { lockApplication, scopeOf, type ApplicationRow } from './load.ts';
import { logApplicationStep } from './record.ts';
import { amountField, parseInput, textField, throwIssues, wordsField } from './validation.ts';

export type ClaimRow = typeof hqBenefitClaim.$inferSelect;

export interface ClaimView {
  id: string;
  applicationId: string;
  kind: BenefitKind;
  state: ClaimState;
  amountYuan: string | null;
  note: string | null;
  claimedAt: string;
  /** The office that grants this kind (88号 四、1 the city; 四、2 the local government). */
  grantedBy: 'city_bureau' | 'county_office';
  decidedAt: string | null;
  decisionNote: string | null;
  sharePercent: string | null;
  grantedYuan: string | null;
  /** How a granted subsidy was reached: amount, share, product (88号 四、2). */
  explanation: ExplanationStep[] | null;
  endedAt: string | null;
  endReason: string | null;
}

export const claimView = (row: ClaimRow): ClaimView => ({
  id: row.id,
  applicationId: row.applicationId,
  kind: row.kind,
  state: row.state,
  amountYuan: row.amountYuan,
  note: row.note,
  claimedAt: row.claimedAt.toISOString(),
  grantedBy: BENEFITS[row.kind].grantedBy,
  decidedAt: row.decidedAt?.toISOString() ?? null,
  decisionNote: row.decisionNote,
  sharePercent: row.sharePercent,
  grantedYuan: row.grantedYuan,
  explanation:
    row.amountYuan !== null && row.sharePercent !== null
      ? subsidyGranted(dec(row.amountYuan), dec(row.sharePercent)).steps
      : null,
  endedAt: row.endedAt?.toISOString() ?? null,
  endReason: row.endReason,
});

/** A rating that is final, not revoked and inside its two years (R13). */
export function assertInEffect(application: ApplicationRow, today: string): void {
  const rating = {
    finalOn: application.finalOn,
    validUntil: application.validUntil,
    revoked: application.state === 'revoked',
  };
  if (!inEffect(rating, today)) {
    throw new WorkflowError('conflict', 'rating_not_in_effect', notInEffectMessage(rating, today));
  }
}

const claimSchema = z
  .object({
    applicationId: z.uuid(),
    kind: z.enum(BENEFIT_KINDS),
    amountYuan: amountField('元').optional(),
    note: textField(2000).optional(),
  })
  .strict();

/**
 * The enterprise claims a benefit of its rating in effect (R15, 88号 四): the stars must reach
 * the benefit's level, rent and purchase subsidies need no own office and exclude each other
 * (88号 四、2), and no benefit is claimed twice (R16, 88号 五、5).
 * @example await claimBenefit(db, enterprise, { applicationId, kind: 'rent_subsidy', amountYuan: '360000' })
 */
export async function claimBenefit(
  db: Database,
  actor: Actor,
  input: { applicationId: string; kind: BenefitKind; amountYuan?: string; note?: string },
  options?: ServiceOptions,
): Promise<ClaimView> {
  const fields = parseInput(claimSchema, input);
  if (BENEFITS[fields.kind].grantedBy === 'county_office' && !fields.amountYuan) {
    // The subsidy is a share of this amount (88号 四、2): the county cannot grant it without one.
    throwIssues([
      {
        column: 'amountYuan',
        code: 'amount_required',
        message: {
          zh: '申请金额：补助按实际支付的租金或成交金额的一定比例计算，必须填写（元）',
          en: 'amount: the subsidy is a share of the rent paid or the price, so it is required (yuan)',
        },
      },
    ]);
  }
  const { at, today } = moment(options);
  return inTransaction(db, async (tx) => {
    const { application } = await lockApplication(tx, fields.applicationId);
    assertCanReadApplication(actor, await scopeOf(tx, application, actor));
    transition(APPLICATION_MACHINE, application.state, 'claim_benefit', actor);
    assertInEffect(application, today);
    const held = await tx
      .select({ kind: hqBenefitClaim.kind })
      .from(hqBenefitClaim)
      .where(
        and(eq(hqBenefitClaim.applicationId, application.id), ne(hqBenefitClaim.state, 'refused')),
      );
    const refusal = benefitRefusal(fields.kind, {
      stars: application.stars!,
      ownsOfficeProperty: application.ownsOfficeProperty === true,
      held: held.map((row) => row.kind),
    });
    if (refusal) throw new WorkflowError('conflict', refusal.code, refusal.message);
    const [row] = await tx
      .insert(hqBenefitClaim)
      .values({
        applicationId: application.id,
        kind: fields.kind,
        state: 'claimed',
        amountYuan: fields.amountYuan ? decimalText(fields.amountYuan) : null,
        note: fields.note ?? null,
        claimedBy: actor.accountId,
        claimedAt: at,
      })
      .returning();
    await logApplicationStep(tx, application.id, {
      actor,
      at,
      action: 'claim_benefit',
      fromState: application.state,
      toState: application.state,
      details: { claimId: row!.id, kind: fields.kind },
      before: null,
      after: claimView(row!),
    });
    return claimView(row!);
  });
}

/**
 * The bureau notes land, finance or credit support given under a rating (88号 四、3).
 * @example await recordSupport(db, bureau, { applicationId, kind: 'land_support', note: '推送地块信息 3 宗' })
 */
export async function recordSupport(
  db: Database,
  actor: Actor,
  input: { applicationId: string; kind: SupportKind; note: string },
  options?: ServiceOptions,
): Promise<{ id: string; kind: SupportKind; note: string }> {
  const fields = parseInput(
    z.object({ applicationId: z.uuid(), kind: z.enum(SUPPORT_KINDS), note: wordsField }).strict(),
    input,
  );
  const { at } = moment(options);
  return inTransaction(db, async (tx) => {
    const { application } = await lockApplication(tx, fields.applicationId);
    assertCanReadApplication(actor, await scopeOf(tx, application, actor));
    transition(APPLICATION_MACHINE, application.state, 'record_support', actor);
    const [row] = await tx
      .insert(hqSupportNote)
      .values({
        applicationId: application.id,
        kind: fields.kind,
        note: fields.note,
        recordedBy: actor.accountId,
        recordedAt: at,
      })
      .returning();
    await logApplicationStep(tx, application.id, {
      actor,
      at,
      action: 'record_support',
      fromState: application.state,
      toState: application.state,
      note: fields.note,
      details: { supportId: row!.id, kind: fields.kind },
    });
    return { id: row!.id, kind: row!.kind, note: row!.note };
  });
}

/**
 * Ends the claims, waiting or granted, a rating no longer supports: all of them on revocation
 * (R14), those above the new stars after a re-review (R13).
 * @example await endClaims(tx, applicationId, (kind) => true, '资格已取消', at)
 */
export async function endClaims(
  tx: Transaction,
  applicationId: string,
  ends: (kind: BenefitKind) => boolean,
  reason: string,
  at: Date,
): Promise<ClaimView[]> {
  const claims = await tx
    .select()
    .from(hqBenefitClaim)
    .where(
      and(
        eq(hqBenefitClaim.applicationId, applicationId),
        inArray(hqBenefitClaim.state, ['claimed', 'granted']),
      ),
    )
    .for('update');
  const ended: ClaimView[] = [];
  for (const claim of claims.filter((c) => ends(c.kind))) {
    const [row] = await tx
      .update(hqBenefitClaim)
      .set({ state: 'ended', endedAt: at, endReason: reason })
      .where(eq(hqBenefitClaim.id, claim.id))
      .returning();
    ended.push(claimView(row!));
  }
  return ended;
}
