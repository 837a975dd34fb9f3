import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import { z } from 'zod';
import { Exact } from '../../../engine/exact/exact.ts';
import type { Localized } from '../../../engine/localized.ts';
import type { Database } from '../../../store/database.ts';
import { hqApplication } from '../../../store/schema/hq-applications.ts';
import { hqBatch, hqBatchEvent } from '../../../store/schema/hq-batches.ts';
import { hqRatingRun } from '../../../store/schema/hq-runs.ts';
import type { Actor } from '../../actor.ts';
import { APPLICATION_MACHINE, type ApplicationState } from '../application-machine.ts';
import { PUBLIC_BATCH_STATES } from '../batch-machine.ts';
import { cadenceWarning } from '../cadence.ts';
import { assertMayReadRuns, assertPublished, CITY_ROLES } from '../permissions.ts';
import { hasLapsed, LAPSED_LABEL } from '../validity.ts';
import { moment, type ServiceOptions } from './context.ts';
import { readBatch } from './load.ts';
import { parseInput } from './validation.ts';
import { batchView, type BatchView } from './views.ts';

const idSchema = z.object({ batchId: z.uuid() }).strict();

/**
 * The batches an actor may see: the public only published ones; accounts every announced one;
 * the city roles drafts too.
 * @example (await listBatches(db, null)).every((b) => ['publicity', 'final'].includes(b.state)) // true
 */
export async function listBatches(
  db: Database,
  actor: Actor | null,
  options?: ServiceOptions,
): Promise<BatchView[]> {
  const { today } = moment(options);
  const where = !actor
    ? inArray(hqBatch.state, [...PUBLIC_BATCH_STATES])
    : CITY_ROLES.includes(actor.role)
      ? undefined
      : ne(hqBatch.state, 'draft');
  const rows = await db
    .select()
    .from(hqBatch)
    .where(where)
    .orderBy(desc(hqBatch.year), desc(hqBatch.createdAt));
  // The bureau sets batches up: it is told when one comes sooner than the usual two years.
  const warnsOnCadence = actor !== null && CITY_ROLES.includes(actor.role);
  return rows.map((row) =>
    batchView(
      { ...row, today },
      actor,
      warnsOnCadence
        ? cadenceWarning(
            row,
            // Demo batches are weighed against demo batches only.
            rows.filter((other) => other.id !== row.id && other.synthetic === row.synthetic),
          )
        : null,
    ),
  );
}

/**
 * One batch, under the same rule as `listBatches`.
 * @example await getBatch(db, countyOffice, { batchId })
 */
export async function getBatch(
  db: Database,
  actor: Actor | null,
  input: { batchId: string },
  options?: ServiceOptions,
): Promise<BatchView> {
  const { today } = moment(options);
  const { batchId } = parseInput(idSchema, input);
  const row = await readBatch(db, batchId);
  if (!actor) assertPublished(row.state, batchId);
  else if (!CITY_ROLES.includes(actor.role) && row.state === 'draft')
    assertPublished(row.state, batchId);
  return batchView({ ...row, today }, actor);
}

/**
 * A batch's own steps, with who took them and their words (city roles).
 * @example (await getBatchTimeline(db, bureau, { batchId })).map((e) => e.action)
 */
export async function getBatchTimeline(db: Database, actor: Actor, input: { batchId: string }) {
  const { batchId } = parseInput(idSchema, input);
  assertMayReadRuns(actor);
  await readBatch(db, batchId);
  const events = await db
    .select()
    .from(hqBatchEvent)
    .where(eq(hqBatchEvent.batchId, batchId))
    .orderBy(asc(hqBatchEvent.id));
  return events.map((event) => ({ ...event, at: event.at.toISOString() }));
}

/** One line of the published list: nothing personal, nothing unpublished. */
export interface PublishedEntry {
  rank: number;
  uscc: string;
  name: string;
  county: string;
  stars: number;
  /** Rounded half-up to the batch's display places (D3). */
  total: string;
  status: ApplicationState;
  /** As read today: a final rating past its last day reads 星级已过有效期. */
  statusLabel: Localized;
  /** The last day of the rating once final (R13), else null. */
  validUntil: string | null;
  /** Final and past its last day on the procedure's date (validity.ts). */
  lapsed: boolean;
}

export interface PublishedList {
  batchId: string;
  year: number;
  title: string;
  state: string;
  runVersion: number;
  publicityStartsOn: string | null;
  publicityEndsOn: string | null;
  synthetic: boolean;
  entries: PublishedEntry[];
}

function fromFraction(text: string): Exact {
  const [num, den = '1'] = text.split('/');
  return Exact.of(BigInt(num!), BigInt(den));
}

/**
 * The list as published (88号 三、5), for anyone: the run the bureau published, only the
 * enterprises published, final or revoked under it, without contacts or figures. A batch not in
 * publicity or final is "not found" here.
 * @example (await publishedList(db, null, { batchId })).entries[0].stars // 5
 */
export async function publishedList(
  db: Database,
  _actor: Actor | null,
  input: { batchId: string },
  options?: ServiceOptions,
): Promise<PublishedList> {
  const { today } = moment(options);
  const { batchId } = parseInput(idSchema, input);
  const batch = await readBatch(db, batchId);
  assertPublished(batch.state, batchId);
  const [run] = await db
    .select()
    .from(hqRatingRun)
    .where(eq(hqRatingRun.id, batch.publishedRunId!));
  const shown: ApplicationState[] = ['published', 'final', 'revoked'];
  const applications = await db
    .select({
      id: hqApplication.id,
      state: hqApplication.state,
      stars: hqApplication.stars,
      validUntil: hqApplication.validUntil,
    })
    .from(hqApplication)
    .where(and(eq(hqApplication.batchId, batchId), inArray(hqApplication.state, shown)));
  const byId = new Map(applications.map((row) => [row.id, row]));
  const places = batch.settings.displayPlaces;
  const entries = run!.results
    .filter((result) => byId.has(result.applicationId))
    .map((result) => {
      const application = byId.get(result.applicationId)!;
      const lapsed = hasLapsed(application, today);
      return {
        rank: result.rank,
        uscc: result.uscc,
        name: result.name,
        county: result.county,
        stars: application.stars ?? result.stars,
        total: fromFraction(result.total).toDecimal(places),
        status: application.state,
        statusLabel: lapsed ? LAPSED_LABEL : APPLICATION_MACHINE.stateLabels[application.state],
        validUntil: application.validUntil,
        lapsed,
      };
    });
  return {
    batchId,
    year: batch.year,
    title: batch.title,
    state: batch.state,
    runVersion: run!.version,
    publicityStartsOn: batch.publicityStartsOn,
    publicityEndsOn: batch.publicityEndsOn,
    synthetic: batch.synthetic,
    entries,
  };
}
