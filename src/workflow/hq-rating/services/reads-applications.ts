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
import { hqBatch } from '../../../store/schema/hq-batches.ts';
import { hqMaterial } from '../../../store/schema/hq-materials.ts';
import { hqVerificationItem } from '../../../store/schema/hq-verification.ts';
import { DEPARTMENTS, type Actor } from '../../actor.ts';
import { APPLICATION_STATES } from '../application-machine.ts';
import { notFound, RECORD_LABELS, WorkflowError } from '../errors.ts';
import { assertCanReadApplication, assertMayFilter, CITY_ROLES } from '../permissions.ts';
import { itemStepsNow, stepsNow } from '../steps-now.ts';
import { ITEM_STATES } from '../verification-items.ts';
import { claimView } from './benefit-claims.ts';
import { moment, type ServiceOptions } from './context.ts';
import { readApplication, scopeOf } from './load.ts';
import { itemView, type ItemView } from './item-view.ts';
import { materialInfo } from './materials.ts';
import { relatedRows } from './related-rows.ts';
import { countyField, parseInput } from './validation.ts';
import { applicationForm, applicationSummary, type ApplicationSummary } from './views.ts';

/** The most applications one list answers with when a page is asked for. */
export const MAX_PAGE = 1000;

const listSchema = z
  .object({
    batchId: z.uuid().optional(),
    state: z.enum(APPLICATION_STATES).optional(),
    county: countyField.optional(),
    limit: z.number().int().min(1).max(MAX_PAGE).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .strict();

/** The columns of a line of the list: never the form, never a file. */
const SUMMARY_COLUMNS = {
  id: hqApplication.id,
  batchId: hqApplication.batchId,
  uscc: hqApplication.uscc,
  name: hqApplication.name,
  county: hqApplication.county,
  state: hqApplication.state,
  submittedAt: hqApplication.submittedAt,
  stars: hqApplication.stars,
  validUntil: hqApplication.validUntil,
  version: hqApplication.version,
};

/**
 * The applications an actor may see: an enterprise its own, a county office its jurisdiction's
 * queue, a department those with items of its own, the city roles all.
 * @example await listApplications(db, countyOffice, { batchId, state: 'submitted' })
 */
export async function listApplications(
  db: Database,
  actor: Actor,
  input: {
    batchId?: string;
    state?: (typeof APPLICATION_STATES)[number];
    county?: string;
    /** A page: at most this many, after skipping `offset` (in the list's order). */
    limit?: number;
    offset?: number;
  } = {},
  options?: ServiceOptions,
): Promise<ApplicationSummary[]> {
  const { limit, offset, ...filter } = parseInput(listSchema, input);
  assertMayFilter(actor, filter);
  // Each condition by a placeholder, so every shape of the list is one prepared statement.
  const values: Record<string, string | number> = {};
  if (filter.batchId) values.batchId = filter.batchId;
  if (filter.state) values.state = filter.state;
  if (filter.county) values.county = filter.county;
  if (actor.role === 'enterprise') values.ownUscc = actor.enterpriseUscc!;
  if (actor.role === 'county_office') values.ownCounty = actor.jurisdiction!;
  if (actor.role === 'department') values.ownDepartment = actor.department!;
  if (limit !== undefined) values.limit = limit;
  if (offset !== undefined) values.offset = offset;
  const shape = Object.keys(values) as ListParameter[];
  let shapes = listQueries.get(db);
  if (!shapes) listQueries.set(db, (shapes = new Map()));
  const key = shape.map((parameter) => LIST_CODES[parameter]).join('');
  let query = shapes.get(key);
  if (!query) {
    query = prepareList(db, shape, `pingding_hq_application_list_${key}`);
    shapes.set(key, query);
  }
  const { today } = moment(options);
  return (await query.execute(values)).map((row) => applicationSummary(row, today));
}

type ListParameter =
  'batchId' | 'state' | 'county' | 'ownUscc' | 'ownCounty' | 'ownDepartment' | 'limit' | 'offset';

/** Letters naming a shape's statement: the same shape gets the same name on every connection. */
const LIST_CODES: Record<ListParameter, string> = {
  batchId: 'b',
  state: 's',
  county: 'c',
  ownUscc: 'u',
  ownCounty: 'o',
  ownDepartment: 'd',
  limit: 'l',
  offset: 'f',
};

const listQueries = new WeakMap<Database, Map<string, ReturnType<typeof prepareList>>>();

function prepareList(db: Database, shape: readonly ListParameter[], name: string) {
  const where: SQL[] = [];
  const has = (parameter: ListParameter) => shape.includes(parameter);
  const value = (parameter: ListParameter) => sql.placeholder(parameter);
  if (has('batchId')) where.push(eq(hqApplication.batchId, value('batchId')));
  if (has('state')) where.push(eq(hqApplication.state, value('state')));
  if (has('county')) where.push(eq(hqApplication.county, value('county')));
  if (has('ownUscc')) where.push(eq(hqApplication.uscc, value('ownUscc')));
  if (has('ownCounty')) where.push(eq(hqApplication.county, value('ownCounty')));
  if (has('ownDepartment')) {
    const mine = db
      .selectDistinct({ id: hqVerificationItem.applicationId })
      .from(hqVerificationItem)
      .where(eq(hqVerificationItem.department, value('ownDepartment')));
    where.push(inArray(hqApplication.id, mine));
  }
  const query = db
    .select(SUMMARY_COLUMNS)
    .from(hqApplication)
    .where(and(...where))
    // The id last, so pages of equal names never overlap or skip.
    .orderBy(asc(hqApplication.county), asc(hqApplication.name), asc(hqApplication.id))
    .$dynamic();
  if (has('limit')) query.limit(value('limit'));
  if (has('offset')) query.offset(value('offset'));
  return query.prepare(name);
}

/**
 * Everything about one application the actor may see, with the steps its role may take now (its
 * state, the batch's stage and, after final, whether the rating has lapsed: steps-now.ts). A
 * department sees only its own items. One query: the application with the rows that hang off it
 * as JSON (materials without their bytes); the scope is checked before anything is returned.
 * @example (await getApplication(db, enterprise, { applicationId })).form.figures.revenue_2y
 */
export async function getApplication(
  db: Database,
  actor: Actor,
  input: { applicationId: string },
  options?: ServiceOptions,
) {
  const { applicationId } = parseInput(z.object({ applicationId: z.uuid() }).strict(), input);
  const [found] = await prepared(detailQueries, db, prepareDetail).execute({ id: applicationId });
  if (!found) throw notFound(RECORD_LABELS.application, applicationId);
  const { row } = found;
  const items = ITEMS.decode(found.items);
  // As scopeOf reads them: the departments with items decide a department's reach.
  const itemDepartments = [...new Set(items.map((item) => item.department))];
  assertCanReadApplication(actor, {
    id: row.id,
    uscc: row.uscc,
    county: row.county,
    itemDepartments: actor.role === 'department' ? itemDepartments : [],
  });
  const ownItems =
    actor.role === 'department'
      ? items.filter((item) => item.department === actor.department)
      : items;
  const { today } = moment(options);
  return {
    ...applicationSummary(row, today),
    form: applicationForm(row),
    subsidiaries: SUBSIDIARIES.decode(found.subsidiaries).map((unit) => ({
      kind: unit.kind,
      name: unit.name,
      uscc: unit.uscc,
      holdingSharePercent: unit.holdingSharePercent,
    })),
    materials: MATERIALS.decode(found.materials).map(materialInfo),
    items: ownItems.map(itemView),
    finalOn: row.finalOn,
    revokedOn: row.revokedOn,
    claims: CLAIMS.decode(found.claims).map(claimView),
    supports: SUPPORTS.decode(found.supports).map((note) => ({
      id: note.id,
      kind: note.kind,
      note: note.note,
      recordedAt: note.recordedAt.toISOString(),
    })),
    reReviewRequests: RE_REVIEWS.decode(found.reReviews),
    revocation: REVOCATIONS.decode(found.revocations)[0] ?? null,
    actions: stepsNow({ ...row, batchState: found.batchState }, actor, today),
  };
}

/**
 * The reads of every screen run as named prepared statements, built once per database: the
 * detail's SQL is long, and PostgreSQL would otherwise parse and plan it on every request.
 */
function prepared<Q>(cache: WeakMap<Database, Q>, db: Database, prepare: (db: Database) => Q): Q {
  let query = cache.get(db);
  if (!query) {
    query = prepare(db);
    cache.set(db, query);
  }
  return query;
}

const detailQueries = new WeakMap<Database, ReturnType<typeof prepareDetail>>();

function prepareDetail(db: Database) {
  return db
    .select({
      row: hqApplication,
      batchState: hqBatch.state,
      subsidiaries: SUBSIDIARIES.query,
      materials: MATERIALS.query,
      items: ITEMS.query,
      claims: CLAIMS.query,
      supports: SUPPORTS.query,
      reReviews: RE_REVIEWS.query,
      revocations: REVOCATIONS.query,
    })
    .from(hqApplication)
    .innerJoin(hqBatch, eq(hqBatch.id, hqApplication.batchId))
    .where(eq(hqApplication.id, sql.placeholder('id')))
    .prepare('pingding_hq_application_detail');
}

const ofApplication = (table: { applicationId: AnyPgColumn }) =>
  eq(table.applicationId, hqApplication.id);
const SUBSIDIARIES = relatedRows(
  hqSubsidiary,
  ofApplication(hqSubsidiary),
  sql`${hqSubsidiary.position}`,
);
const MATERIALS = relatedRows(
  hqMaterial,
  ofApplication(hqMaterial),
  sql`${hqMaterial.uploadedAt}`,
  ['content'],
);
const ITEMS = relatedRows(hqVerificationItem, ofApplication(hqVerificationItem));
const CLAIMS = relatedRows(hqBenefitClaim, ofApplication(hqBenefitClaim));
const SUPPORTS = relatedRows(hqSupportNote, ofApplication(hqSupportNote));
const RE_REVIEWS = relatedRows(hqReReviewRequest, ofApplication(hqReReviewRequest));
const REVOCATIONS = relatedRows(hqRevocation, ofApplication(hqRevocation));

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
  options?: ServiceOptions,
): Promise<(ItemView & { applicationName: string; uscc: string; actions: string[] })[]> {
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
  const { today } = moment(options);
  const rows = await db
    .select({
      item: hqVerificationItem,
      name: hqApplication.name,
      uscc: hqApplication.uscc,
      state: hqApplication.state,
      validUntil: hqApplication.validUntil,
      batchState: hqBatch.state,
    })
    .from(hqVerificationItem)
    .innerJoin(hqApplication, eq(hqApplication.id, hqVerificationItem.applicationId))
    .innerJoin(hqBatch, eq(hqBatch.id, hqApplication.batchId))
    .where(and(...where))
    .orderBy(
      sql`case when ${hqVerificationItem.state} = 'pending' then 0 else 1 end`,
      asc(hqApplication.name),
      asc(hqVerificationItem.key),
    );
  return rows.map((row) => ({
    ...itemView(row.item),
    applicationName: row.name,
    uscc: row.uscc,
    actions: itemStepsNow(row.item.state, row, actor, today),
  }));
}
