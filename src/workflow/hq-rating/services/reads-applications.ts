import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Database } from '../../../store/database.ts';
import {
  hqBenefitClaim,
  hqReReviewRequest,
  hqRevocation,
  hqSupportNote,
} from '../../../store/schema/hq-after-final.ts';
import {
  hqApplication,
  hqApplicationEvent,
  hqSubsidiary,
} from '../../../store/schema/hq-applications.ts';
import { hqMaterial } from '../../../store/schema/hq-materials.ts';
import { hqVerificationItem } from '../../../store/schema/hq-verification.ts';
import { DEPARTMENTS, type Actor } from '../../actor.ts';
import { APPLICATION_MACHINE, APPLICATION_STATES } from '../application-machine.ts';
import { WorkflowError } from '../errors.ts';
import { assertCanReadApplication, assertMayFilter, CITY_ROLES } from '../permissions.ts';
import { allowedActions } from '../state-machine.ts';
import { ITEM_STATES } from '../verification-items.ts';
import { claimView } from './benefit-claims.ts';
import { readApplication, scopeOf } from './load.ts';
import { itemView, type ItemView } from './item-view.ts';
import { materialInfo } from './materials.ts';
import { countyField, parseInput } from './validation.ts';
import { applicationForm, applicationSummary, type ApplicationSummary } from './views.ts';

const listSchema = z
  .object({
    batchId: z.uuid().optional(),
    state: z.enum(APPLICATION_STATES).optional(),
    county: countyField.optional(),
  })
  .strict();

/**
 * The applications an actor may see: an enterprise its own, a county office its jurisdiction's
 * queue, a department those with items of its own, the city roles all.
 * @example await listApplications(db, countyOffice, { batchId, state: 'submitted' })
 */
export async function listApplications(
  db: Database,
  actor: Actor,
  input: { batchId?: string; state?: (typeof APPLICATION_STATES)[number]; county?: string } = {},
): Promise<ApplicationSummary[]> {
  const filter = parseInput(listSchema, input);
  assertMayFilter(actor, filter);
  const where: SQL[] = [];
  if (filter.batchId) where.push(eq(hqApplication.batchId, filter.batchId));
  if (filter.state) where.push(eq(hqApplication.state, filter.state));
  if (filter.county) where.push(eq(hqApplication.county, filter.county));
  if (actor.role === 'enterprise') where.push(eq(hqApplication.uscc, actor.enterpriseUscc!));
  if (actor.role === 'county_office') where.push(eq(hqApplication.county, actor.jurisdiction!));
  if (actor.role === 'department') {
    const mine = db
      .selectDistinct({ id: hqVerificationItem.applicationId })
      .from(hqVerificationItem)
      .where(eq(hqVerificationItem.department, actor.department!));
    where.push(inArray(hqApplication.id, mine));
  }
  const rows = await db
    .select()
    .from(hqApplication)
    .where(and(...where))
    .orderBy(asc(hqApplication.county), asc(hqApplication.name));
  return rows.map(applicationSummary);
}

/**
 * Everything about one application the actor may see, with the steps its role may take now. A
 * department sees only its own items.
 * @example (await getApplication(db, enterprise, { applicationId })).form.figures.revenue_2y
 */
export async function getApplication(db: Database, actor: Actor, input: { applicationId: string }) {
  const { applicationId } = parseInput(z.object({ applicationId: z.uuid() }).strict(), input);
  const row = await readApplication(db, applicationId);
  assertCanReadApplication(actor, await scopeOf(db, row, actor));
  const byApplication = (table: { applicationId: AnyPgColumn }) =>
    eq(table.applicationId, applicationId);
  const [subsidiaries, materials, items, claims, supports, reReviews, revocations] =
    await Promise.all([
      db
        .select()
        .from(hqSubsidiary)
        .where(byApplication(hqSubsidiary))
        .orderBy(asc(hqSubsidiary.position)),
      db
        .select()
        .from(hqMaterial)
        .where(byApplication(hqMaterial))
        .orderBy(asc(hqMaterial.uploadedAt)),
      db.select().from(hqVerificationItem).where(byApplication(hqVerificationItem)),
      db.select().from(hqBenefitClaim).where(byApplication(hqBenefitClaim)),
      db.select().from(hqSupportNote).where(byApplication(hqSupportNote)),
      db.select().from(hqReReviewRequest).where(byApplication(hqReReviewRequest)),
      db.select().from(hqRevocation).where(byApplication(hqRevocation)),
    ]);
  const ownItems =
    actor.role === 'department'
      ? items.filter((item) => item.department === actor.department)
      : items;
  return {
    ...applicationSummary(row),
    form: applicationForm(row),
    subsidiaries: subsidiaries.map((unit) => ({
      kind: unit.kind,
      name: unit.name,
      uscc: unit.uscc,
      holdingSharePercent: unit.holdingSharePercent,
    })),
    materials: materials.map(materialInfo),
    items: ownItems.map(itemView),
    finalOn: row.finalOn,
    revokedOn: row.revokedOn,
    claims: claims.map(claimView),
    supports: supports.map((note) => ({
      id: note.id,
      kind: note.kind,
      note: note.note,
      recordedAt: note.recordedAt.toISOString(),
    })),
    reReviewRequests: reReviews,
    revocation: revocations[0] ?? null,
    actions: allowedActions(APPLICATION_MACHINE, row.state, actor),
  };
}

/** One step on an application's timeline. */
export interface TimelineEntry {
  at: string;
  actorId: string;
  actorRole: string;
  actorName: string;
  action: string;
  fromState: string | null;
  toState: string;
  note: string | null;
  details: unknown;
}

/**
 * Every step of an application, oldest first, with who took it and their words (a return's
 * reason, a correction's note, the leading group's written reason).
 * @example (await getTimeline(db, enterprise, { applicationId })).map((e) => e.action) // ['create', 'submit', …]
 */
export async function getTimeline(
  db: Database,
  actor: Actor,
  input: { applicationId: string },
): Promise<TimelineEntry[]> {
  const { applicationId } = parseInput(z.object({ applicationId: z.uuid() }).strict(), input);
  const row = await readApplication(db, applicationId);
  assertCanReadApplication(actor, await scopeOf(db, row, actor));
  const events = await db
    .select()
    .from(hqApplicationEvent)
    .where(eq(hqApplicationEvent.applicationId, applicationId))
    .orderBy(asc(hqApplicationEvent.id));
  return events.map((event) => ({
    at: event.at.toISOString(),
    actorId: event.actorId,
    actorRole: event.actorRole,
    actorName: event.actorName,
    action: event.action,
    fromState: event.fromState,
    toState: event.toState,
    note: event.note,
    details: event.details,
  }));
}

const itemsSchema = z
  .object({
    batchId: z.uuid().optional(),
    state: z.enum(ITEM_STATES).optional(),
    department: z.enum(DEPARTMENTS).optional(),
  })
  .strict();

/**
 * Verification items: a department's own (its work queue, pending first), or any for the city
 * roles. Other roles see items only inside their applications.
 * @example await listItems(db, taxDepartment, { state: 'pending' })
 */
export async function listItems(
  db: Database,
  actor: Actor,
  input: {
    batchId?: string;
    state?: (typeof ITEM_STATES)[number];
    department?: (typeof DEPARTMENTS)[number];
  } = {},
): Promise<(ItemView & { applicationName: string; uscc: string })[]> {
  const filter = parseInput(itemsSchema, input);
  if (actor.role !== 'department' && !CITY_ROLES.includes(actor.role)) {
    throw new WorkflowError('forbidden', 'items_not_yours', {
      zh: '只有核实部门和市级角色可以查看核实事项清单',
      en: 'only verifying departments and the city roles read item lists',
    });
  }
  assertMayFilter(actor, filter);
  const where: SQL[] = [];
  const department = actor.role === 'department' ? actor.department! : filter.department;
  if (department) where.push(eq(hqVerificationItem.department, department));
  if (filter.state) where.push(eq(hqVerificationItem.state, filter.state));
  if (filter.batchId) where.push(eq(hqApplication.batchId, filter.batchId));
  const rows = await db
    .select({ item: hqVerificationItem, name: hqApplication.name, uscc: hqApplication.uscc })
    .from(hqVerificationItem)
    .innerJoin(hqApplication, eq(hqApplication.id, hqVerificationItem.applicationId))
    .where(and(...where))
    .orderBy(
      sql`case when ${hqVerificationItem.state} = 'pending' then 0 else 1 end`,
      asc(hqApplication.name),
      asc(hqVerificationItem.key),
    );
  return rows.map((row) => ({ ...itemView(row.item), applicationName: row.name, uscc: row.uscc }));
}
