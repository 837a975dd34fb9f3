import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { creditCodeCountyIssue } from '../../../engine/china/credit-code-region.ts';
import type { InputIssue } from '../../../engine/input-issue.ts';
import type { Database, Transaction } from '../../../store/database.ts';
import {
  hqApplication,
  hqEnterprise,
  hqSubsidiary,
} from '../../../store/schema/hq-applications.ts';
import type { Actor } from '../../actor.ts';
import { APPLICATION_MACHINE } from '../application-machine.ts';
import { WorkflowError } from '../errors.ts';
import { assertCanReadApplication, assertMayApplyFor } from '../permissions.ts';
import { creation, transition } from '../state-machine.ts';
import {
  formColumns,
  formSchema,
  type FormInput,
  type ParsedSubsidiary,
} from './application-form.ts';
import { inTransaction, moment, type ServiceOptions } from './context.ts';
import { FIELD_LABELS } from './field-labels.ts';
import { lockApplication, lockBatch, scopeOf } from './load.ts';
import { logApplicationStep } from './record.ts';
import { countyField, parseInput, textField, throwIssues, usccField } from './validation.ts';
import { applicationForm, applicationWithForm, type ApplicationWithForm } from './views.ts';
import { assertWindowOpen } from './window.ts';

const identity = { uscc: usccField, name: textField(200), county: countyField };
const createSchema = z.object({ batchId: z.uuid(), ...identity, ...formSchema.shape }).strict();
const updateSchema = z
  .object({
    applicationId: z.uuid(),
    name: identity.name.optional(),
    county: identity.county.optional(),
    ...formSchema.shape,
  })
  .strict();

export type CreateApplicationInput = {
  batchId: string;
  uscc: string;
  name: string;
  county: string;
} & FormInput;
export type UpdateApplicationInput = {
  applicationId: string;
  name?: string;
  county?: string;
} & FormInput;

function subsidiaryIssues(
  uscc: string,
  units: readonly ParsedSubsidiary[] | undefined,
): InputIssue[] {
  const issues: InputIssue[] = [];
  const seen = new Map<string, number>();
  (units ?? []).forEach((unit, index) => {
    const column = `subsidiaries.${index}.uscc`;
    if (unit.uscc === uscc) {
      issues.push({
        column,
        code: 'subsidiary_is_applicant',
        message: {
          zh: `第 ${index + 1} 家分支机构的统一社会信用代码与申报企业本身相同`,
          en: `unit #${index + 1} has the applicant's own credit code`,
        },
      });
    }
    const first = seen.get(unit.uscc);
    if (first !== undefined) {
      issues.push({
        column,
        code: 'subsidiary_repeated',
        message: {
          zh: `第 ${index + 1} 家与第 ${first + 1} 家分支机构的统一社会信用代码重复`,
          en: `unit #${index + 1} repeats the credit code of unit #${first + 1}`,
        },
      });
    } else seen.set(unit.uscc, index);
  });
  return issues;
}

async function replaceSubsidiaries(
  tx: Transaction,
  applicationId: string,
  units: readonly ParsedSubsidiary[],
  creating = false,
): Promise<void> {
  if (!creating) await tx.delete(hqSubsidiary).where(eq(hqSubsidiary.applicationId, applicationId));
  if (units.length === 0) return;
  await tx.insert(hqSubsidiary).values(
    units.map((unit, position) => ({
      applicationId,
      position,
      kind: unit.kind,
      name: unit.name.trim(),
      uscc: unit.uscc,
      holdingSharePercent: unit.holdingSharePercent.toDecimal(4),
    })),
  );
}

/**
 * An enterprise starts its application to an open batch, under its own credit code (88号 三、1).
 * Any 附件2 field may be given now or later; submitting checks that all are there.
 * @example await createApplication(db, enterprise, { batchId, uscc, name: '某某集团有限公司', county: '鹿城区' })
 */
export async function createApplication(
  db: Database,
  actor: Actor,
  input: CreateApplicationInput,
  options?: ServiceOptions,
): Promise<ApplicationWithForm> {
  const { batchId, uscc, name, county, subsidiaries, ...form } = parseInput(createSchema, input);
  throwIssues(subsidiaryIssues(uscc, subsidiaries));
  const state = creation(APPLICATION_MACHINE, actor);
  assertMayApplyFor(actor, uscc);
  const { at, today } = moment(options);
  return inTransaction(db, async (tx) => {
    const batch = await lockBatch(tx, batchId, 'share');
    assertWindowOpen(batch, today);
    const [existing] = await tx
      .select({ id: hqApplication.id })
      .from(hqApplication)
      .where(and(eq(hqApplication.batchId, batchId), eq(hqApplication.uscc, uscc)));
    if (existing) {
      throw new WorkflowError('conflict', 'already_applied', {
        zh: `本企业已在本批次申报（申报编号 ${existing.id}），请修改原申报`,
        en: `this enterprise already has an application in this batch (${existing.id}); edit that one`,
      });
    }
    await tx
      .insert(hqEnterprise)
      .values({ uscc, name: name.trim(), county, createdAt: at, updatedAt: at })
      .onConflictDoUpdate({
        target: hqEnterprise.uscc,
        set: { name: name.trim(), county, updatedAt: at },
      });
    const columns = formColumns(form);
    const [row] = await tx
      .insert(hqApplication)
      .values({
        batchId,
        uscc,
        state,
        county,
        name: name.trim(),
        ...columns,
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    await replaceSubsidiaries(tx, row!.id, subsidiaries ?? [], true);
    await logApplicationStep(tx, row!.id, {
      actor,
      at,
      action: 'create',
      fromState: null,
      toState: state,
      after: { ...applicationForm(row!), subsidiaries: subsidiaries?.length ?? 0 },
    });
    return applicationWithForm(row!, today);
  });
}

/**
 * The enterprise changes its draft, or its returned application (88号 三、2: it answers the
 * county's reasons). Fields left out stay as they are; `subsidiaries`, when given, replaces the list.
 * @example await updateApplication(db, enterprise, { applicationId, contactEmail: 'li@example.com' })
 */
/**
 * A changed county must be where the credit code says the enterprise is registered: its office
 * pre-reviews it (88号 三、2; positions 3-8 of the code, GB 32100).
 */
function countyIssues(uscc: string, county: string | undefined): InputIssue[] {
  const issue = county === undefined ? null : creditCodeCountyIssue(uscc, county);
  if (!issue) return [];
  const label = FIELD_LABELS.county!;
  return [
    {
      column: 'county',
      code: 'county_not_of_credit_code',
      message: { zh: `${label.zh}：${issue.zh}`, en: `${label.en}: ${issue.en}` },
    },
  ];
}

export async function updateApplication(
  db: Database,
  actor: Actor,
  input: UpdateApplicationInput,
  options?: ServiceOptions,
): Promise<ApplicationWithForm> {
  const { applicationId, name, county, subsidiaries, ...form } = parseInput(updateSchema, input);
  const { at, today } = moment(options);
  return inTransaction(db, async (tx) => {
    const { batch, application } = await lockApplication(tx, applicationId);
    assertCanReadApplication(actor, await scopeOf(tx, application, actor));
    transition(APPLICATION_MACHINE, application.state, 'edit', actor);
    if (application.state === 'draft') assertWindowOpen(batch, today);
    throwIssues(subsidiaryIssues(application.uscc, subsidiaries));
    throwIssues(countyIssues(application.uscc, county));
    if (county !== undefined && county !== application.county && application.state !== 'draft') {
      throw new WorkflowError('conflict', 'county_fixed', {
        zh: '已提交过的申报不能更改注册地县（市、区）：初审由原县级投促部门负责',
        en: 'the jurisdiction cannot change once submitted: its county office pre-reviews it',
      });
    }
    const columns = {
      ...formColumns(form),
      ...(name === undefined ? {} : { name: name.trim() }),
      ...(county === undefined ? {} : { county }),
    };
    const [row] = await tx
      .update(hqApplication)
      .set({ ...columns, version: application.version + 1, updatedAt: at })
      .where(eq(hqApplication.id, applicationId))
      .returning();
    if (subsidiaries !== undefined) await replaceSubsidiaries(tx, applicationId, subsidiaries);
    await logApplicationStep(tx, applicationId, {
      actor,
      at,
      action: 'edit',
      fromState: application.state,
      toState: application.state,
      before: applicationForm(application),
      after: {
        ...applicationForm(row!),
        ...(subsidiaries ? { subsidiaries: subsidiaries.length } : {}),
      },
    });
    return applicationWithForm(row!, today);
  });
}
