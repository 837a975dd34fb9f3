import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { InputIssue } from '../../../engine/input-issue.ts';
import type { Database, Transaction } from '../../../store/database.ts';
import { hqApplication } from '../../../store/schema/hq-applications.ts';
import { hqMaterial } from '../../../store/schema/hq-materials.ts';
import type { Actor } from '../../actor.ts';
import { APPLICATION_MACHINE, type ApplicationAction } from '../application-machine.ts';
import { WorkflowError } from '../errors.ts';
import { MATERIAL_LABELS, REQUIRED_MATERIALS } from '../materials.ts';
import { assertCanReadApplication } from '../permissions.ts';
import { transition } from '../state-machine.ts';
import { completenessIssues, noListAnswers } from './application-form.ts';
import { inTransaction, moment, type ServiceOptions } from './context.ts';
import { lockApplication, scopeOf } from './load.ts';
import { logApplicationStep } from './record.ts';
import { parseInput, throwIssues } from './validation.ts';
import { applicationForm, applicationWithForm, type ApplicationWithForm } from './views.ts';
import { assertWindowOpen } from './window.ts';

const idSchema = z.object({ applicationId: z.uuid() }).strict();

async function submitAs(
  db: Database,
  actor: Actor,
  input: { applicationId: string },
  only: ApplicationAction | undefined,
  options?: ServiceOptions,
): Promise<ApplicationWithForm> {
  const { applicationId } = parseInput(idSchema, input);
  const { at, today } = moment(options);
  return inTransaction(db, async (tx) => {
    const { batch, application } = await lockApplication(tx, applicationId);
    assertCanReadApplication(actor, await scopeOf(tx, application, actor));
    const action = only ?? (application.state === 'returned' ? 'resubmit' : 'submit');
    const to = transition(APPLICATION_MACHINE, application.state, action, actor);
    if (action === 'submit') assertWindowOpen(batch, today);
    else if (batch.state !== 'review' && batch.state !== 'open') {
      throw new WorkflowError('conflict', 'pre_review_over', {
        zh: '初审已经结束，不能再补正提交',
        en: 'county pre-review is over; a returned application can no longer be resubmitted',
      });
    }
    throwIssues([...completenessIssues(application), ...(await materialIssues(tx, applicationId))]);
    const [row] = await tx
      .update(hqApplication)
      .set({
        ...noListAnswers(application),
        state: to,
        submittedAt: at,
        version: application.version + 1,
        updatedAt: at,
      })
      .where(eq(hqApplication.id, applicationId))
      .returning();
    await logApplicationStep(tx, applicationId, {
      actor,
      at,
      action,
      fromState: application.state,
      toState: to,
      after: { state: to, form: applicationForm(row!) },
    });
    return applicationWithForm(row!, today);
  });
}

/** 附件3 items 1-5 must be uploaded before submitting (materials.ts). */
async function materialIssues(tx: Transaction, applicationId: string): Promise<InputIssue[]> {
  const present = await tx
    .select({ kind: hqMaterial.kind })
    .from(hqMaterial)
    .where(and(eq(hqMaterial.applicationId, applicationId), isNull(hqMaterial.removedAt)));
  const kinds = new Set(present.map((row) => row.kind));
  return REQUIRED_MATERIALS.filter((kind) => !kinds.has(kind)).map((kind) => ({
    column: `materials.${kind}`,
    code: 'material_missing',
    message: {
      zh: `申报材料“${MATERIAL_LABELS[kind].zh}”尚未上传`,
      en: `material "${MATERIAL_LABELS[kind].en}" has not been uploaded`,
    },
  }));
}

/**
 * Submits a complete draft, or resubmits a returned application, to the county (88号 三、1).
 * Every missing field and material is listed at once.
 * @example await submitApplication(db, enterprise, { applicationId })
 */
export function submitApplication(
  db: Database,
  actor: Actor,
  input: { applicationId: string },
  options?: ServiceOptions,
): Promise<ApplicationWithForm> {
  return submitAs(db, actor, input, undefined, options);
}

/**
 * Resubmits a returned application after answering the county's reasons; refused for any other state.
 * @example await resubmitApplication(db, enterprise, { applicationId })
 */
export function resubmitApplication(
  db: Database,
  actor: Actor,
  input: { applicationId: string },
  options?: ServiceOptions,
): Promise<ApplicationWithForm> {
  return submitAs(db, actor, input, 'resubmit', options);
}
