import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { dec, parseDecimal } from '../../../engine/exact/decimal.ts';
import { Exact } from '../../../engine/exact/exact.ts';
import type { Database } from '../../../store/database.ts';
import { hqBenefitClaim, CLAIM_STATES } from '../../../store/schema/hq-after-final.ts';
import { hqApplication } from '../../../store/schema/hq-applications.ts';
import type { Actor } from '../../actor.ts';
import { APPLICATION_MACHINE } from '../application-machine.ts';
import { BENEFIT_KINDS, BENEFITS, type BenefitKind } from '../benefits.ts';
import { notFound, RECORD_LABELS, WorkflowError } from '../errors.ts';
import { assertCanReadApplication } from '../permissions.ts';
import { transition } from '../state-machine.ts';
import { subsidyGranted } from '../subsidy-grant.ts';
import { hasLapsed } from '../validity.ts';
import { assertInEffect, claimView, type ClaimView } from './benefit-claims.ts';
import { inTransaction, moment, type ServiceOptions } from './context.ts';
import { lockApplication, scopeOf } from './load.ts';
import { logApplicationStep } from './record.ts';
import { parseInput, textField, throwIssues } from './validation.ts';

/** A claim in a granting office's queue: the claim and whose rating it rests on. */
export interface ClaimQueueEntry extends ClaimView {
  name: string;
  uscc: string;
  county: string;
  stars: number | null;
  validUntil: string | null;
  /** The rating has lapsed (validity.ts): a claim can only be refused now. */
  lapsed: boolean;
}

/** The kinds an office grants: the county office the subsidies, the bureau the city's services. */
const kindsGrantedBy = (role: 'city_bureau' | 'county_office'): BenefitKind[] =>
  BENEFIT_KINDS.filter((kind) => BENEFITS[kind].grantedBy === role);

/**
 * The claims an office grants, waiting ones first: a county office those of the enterprises
 * registered in its jurisdiction, the city bureau every claim (it follows the subsidies too).
 * @example await listBenefitClaims(db, countyOffice, { state: 'claimed' })
 */
export async function listBenefitClaims(
  db: Database,
  actor: Actor,
  input: { state?: (typeof CLAIM_STATES)[number] } = {},
  options?: ServiceOptions,
): Promise<ClaimQueueEntry[]> {
  const { today } = moment(options);
  const filter = parseInput(z.object({ state: z.enum(CLAIM_STATES).optional() }).strict(), input);
  const where: SQL[] = [];
  if (actor.role === 'county_office') {
    where.push(eq(hqApplication.county, actor.jurisdiction!));
    where.push(inArray(hqBenefitClaim.kind, kindsGrantedBy('county_office')));
  } else if (actor.role !== 'city_bureau') {
    throw new WorkflowError('forbidden', 'claims_not_yours', {
      zh: '只有市投资促进局和县（市、区）兑现部门可以查看政策兑现申领',
      en: 'only the city bureau and the county offices read the benefit claims',
    });
  }
  if (filter.state) where.push(eq(hqBenefitClaim.state, filter.state));
  const rows = await db
    .select({ claim: hqBenefitClaim, application: hqApplication })
    .from(hqBenefitClaim)
    .innerJoin(hqApplication, eq(hqApplication.id, hqBenefitClaim.applicationId))
    .where(and(...where))
    .orderBy(
      sql`case when ${hqBenefitClaim.state} = 'claimed' then 0 else 1 end`,
      desc(hqBenefitClaim.claimedAt),
      asc(hqBenefitClaim.id),
    );
  return rows.map(({ claim, application }) => ({
    ...claimView(claim),
    name: application.name,
    uscc: application.uscc,
    county: application.county,
    stars: application.stars,
    validUntil: application.validUntil,
    lapsed: hasLapsed(application, today),
  }));
}

/** 0 < share ≤ 100 per cent, at most two decimals. */
const shareField = z.string().transform((text, ctx): Exact => {
  const value = parseDecimal(text.trim());
  const ok =
    value !== null &&
    value.compare(Exact.ZERO) > 0 &&
    value.compare(Exact.of(100n)) <= 0 &&
    value.roundTo(2).equals(value);
  if (!ok) {
    const message = {
      zh: `“${text}”不是有效比例：应填写大于 0、不超过 100 的百分数，最多两位小数，如 30`,
      en: `"${text}" is not a valid share: expected a percentage above 0 and at most 100, two decimals at most, such as 30`,
    };
    ctx.addIssue({ code: 'custom', message: message.en, params: { code: 'share', ...message } });
    return z.NEVER;
  }
  return value;
});

const decisionSchema = z
  .object({
    claimId: z.uuid(),
    outcome: z.enum(['granted', 'refused']),
    sharePercent: shareField.optional(),
    note: textField(2000).optional(),
  })
  .strict();

/**
 * The granting office records a claim's outcome. A subsidy is granted as a share of the amount
 * claimed, set by the local government (88号 四、2), the amount computed exactly to the fen; the
 * city's services are granted as they are. A refusal needs its reason, and the enterprise may
 * claim that kind again. Only a rating still in effect is granted (R13).
 * @example await decideBenefitClaim(db, countyOffice, { claimId, outcome: 'granted', sharePercent: '30' })
 */
export async function decideBenefitClaim(
  db: Database,
  actor: Actor,
  input: { claimId: string; outcome: 'granted' | 'refused'; sharePercent?: string; note?: string },
  options?: ServiceOptions,
): Promise<ClaimView> {
  const fields = parseInput(decisionSchema, input);
  const { at, today } = moment(options);
  return inTransaction(db, async (tx) => {
    const [peek] = await tx
      .select({ applicationId: hqBenefitClaim.applicationId })
      .from(hqBenefitClaim)
      .where(eq(hqBenefitClaim.id, fields.claimId));
    if (!peek) throw notFound(RECORD_LABELS.claim, fields.claimId);
    const { application } = await lockApplication(tx, peek.applicationId);
    try {
      assertCanReadApplication(actor, await scopeOf(tx, application, actor));
    } catch {
      throw notFound(RECORD_LABELS.claim, fields.claimId);
    }
    const [claim] = await tx
      .select()
      .from(hqBenefitClaim)
      .where(eq(hqBenefitClaim.id, fields.claimId))
      .for('update');
    const rule = BENEFITS[claim!.kind];
    transition(APPLICATION_MACHINE, application.state, 'decide_benefit', actor);
    if (actor.role !== rule.grantedBy) {
      const office = rule.grantedBy === 'county_office' ? '属地县（市、区）' : '市投资促进局';
      const officeEn = rule.grantedBy === 'county_office' ? 'the county office' : 'the city bureau';
      throw new WorkflowError('forbidden', 'not_your_benefit', {
        zh: `“${rule.label.zh}”由${office}兑现`,
        en: `${rule.label.en} is granted by ${officeEn}`,
      });
    }
    if (claim!.state !== 'claimed') {
      throw new WorkflowError('conflict', 'claim_already_decided', {
        zh: `该申领已处理（${CLAIM_STATE_LABELS[claim!.state].zh}）`,
        en: `the claim was already dealt with (${CLAIM_STATE_LABELS[claim!.state].en})`,
      });
    }
    const subsidy = rule.grantedBy === 'county_office';
    throwIssues(decisionIssues(fields, subsidy));
    if (fields.outcome === 'granted') assertInEffect(application, today);
    const granted =
      fields.outcome === 'granted' && subsidy
        ? subsidyGranted(claimedAmount(claim!.amountYuan), fields.sharePercent!)
        : null;
    const [row] = await tx
      .update(hqBenefitClaim)
      .set({
        state: fields.outcome,
        decidedBy: actor.accountId,
        decidedAt: at,
        decisionNote: fields.note?.trim() || null,
        sharePercent: granted ? fields.sharePercent!.toDecimal(2) : null,
        grantedYuan: granted?.grantedYuan ?? null,
      })
      .where(eq(hqBenefitClaim.id, claim!.id))
      .returning();
    await logApplicationStep(tx, application.id, {
      actor,
      at,
      action: 'decide_benefit',
      fromState: application.state,
      toState: application.state,
      ...(fields.note ? { note: fields.note.trim() } : {}),
      details: { claimId: claim!.id, kind: claim!.kind, outcome: fields.outcome },
      before: claimView(claim!),
      after: claimView(row!),
    });
    return claimView(row!);
  });
}

/** Claims made before amounts were required have none: such a subsidy cannot be computed. */
function claimedAmount(amountYuan: string | null): Exact {
  if (amountYuan === null) {
    throw new WorkflowError('conflict', 'claim_without_amount', {
      zh: '该申领未填写金额，无法按比例计算补助；请企业重新申领',
      en: 'the claim has no amount, so no share of it can be computed; the enterprise should claim again',
    });
  }
  return dec(amountYuan);
}

const CLAIM_STATE_LABELS = {
  claimed: { zh: '待兑现', en: 'waiting' },
  granted: { zh: '已兑现', en: 'granted' },
  refused: { zh: '不予兑现', en: 'refused' },
  ended: { zh: '已终止', en: 'ended' },
} as const;

function decisionIssues(
  fields: { outcome: 'granted' | 'refused'; sharePercent?: Exact; note?: string },
  subsidy: boolean,
) {
  if (fields.outcome === 'refused') {
    return fields.note?.trim()
      ? []
      : [
          {
            column: 'note',
            code: 'reason_required',
            message: {
              zh: '理由：不予兑现必须写明理由',
              en: 'reason: a refusal must say why',
            },
          },
        ];
  }
  if (subsidy && !fields.sharePercent) {
    return [
      {
        column: 'sharePercent',
        code: 'share_required',
        message: {
          zh: '补助比例：租房、购房补助按属地政府确定的比例兑现，必须填写',
          en: 'share: a rent or purchase subsidy is granted at the share the local government sets',
        },
      },
    ];
  }
  if (!subsidy && fields.sharePercent) {
    return [
      {
        column: 'sharePercent',
        code: 'share_not_applicable',
        message: {
          zh: '补助比例：仅租房、购房补助按比例兑现',
          en: 'share: only rent and purchase subsidies are granted as a share',
        },
      },
    ];
  }
  return [];
}
