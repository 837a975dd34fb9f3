import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../../store/database.ts';
import { hqReReviewRequest } from '../../../store/schema/hq-after-final.ts';
import { hqApplication } from '../../../store/schema/hq-applications.ts';
import type { Actor } from '../../actor.ts';
import { WorkflowError } from '../errors.ts';
import { CITY_ROLES } from '../permissions.ts';
import { hasLapsed } from '../validity.ts';
import { moment, type ServiceOptions } from './context.ts';
import { parseInput } from './validation.ts';

/** A re-review request as the bureau's list shows it: the request and whose rating it is. */
export interface ReReviewListEntry {
  id: string;
  applicationId: string;
  batchId: string;
  name: string;
  uscc: string;
  county: string;
  /** The stars in effect now. */
  stars: number | null;
  validUntil: string | null;
  /** The rating has lapsed (validity.ts). */
  lapsed: boolean;
  reason: string;
  requestedAt: string;
  state: 'open' | 'decided';
  outcome: 'kept' | 'changed' | null;
  previousStars: number;
  newStars: number | null;
  decisionReason: string | null;
  decidedAt: string | null;
}

const listSchema = z
  .object({
    state: z.enum(['open', 'decided']).optional(),
    batchId: z.uuid().optional(),
  })
  .strict();

/**
 * The enterprises' re-review requests (R13) for the city roles, open ones first, each with the
 * enterprise and the stars in effect: the bureau's queue of requests to decide.
 * @example await listReReviewRequests(db, bureau, { state: 'open' })
 */
export async function listReReviewRequests(
  db: Database,
  actor: Actor,
  input: { state?: 'open' | 'decided'; batchId?: string } = {},
  options?: ServiceOptions,
): Promise<ReReviewListEntry[]> {
  const { today } = moment(options);
  const filter = parseInput(listSchema, input);
  if (!CITY_ROLES.includes(actor.role)) {
    throw new WorkflowError('forbidden', 're_reviews_not_yours', {
      zh: '只有市级角色可以查看复评申请清单',
      en: 'only the city roles read the list of re-review requests',
    });
  }
  const where: SQL[] = [];
  if (filter.state) where.push(eq(hqReReviewRequest.state, filter.state));
  if (filter.batchId) where.push(eq(hqApplication.batchId, filter.batchId));
  const rows = await db
    .select({ request: hqReReviewRequest, application: hqApplication })
    .from(hqReReviewRequest)
    .innerJoin(hqApplication, eq(hqApplication.id, hqReReviewRequest.applicationId))
    .where(and(...where))
    .orderBy(
      sql`case when ${hqReReviewRequest.state} = 'open' then 0 else 1 end`,
      desc(hqReReviewRequest.requestedAt),
      asc(hqReReviewRequest.id),
    );
  return rows.map(({ request, application }) => ({
    id: request.id,
    applicationId: application.id,
    batchId: application.batchId,
    name: application.name,
    uscc: application.uscc,
    county: application.county,
    stars: application.stars,
    validUntil: application.validUntil,
    lapsed: hasLapsed(application, today),
    reason: request.reason,
    requestedAt: request.requestedAt.toISOString(),
    state: request.state,
    outcome: request.outcome,
    previousStars: request.previousStars,
    newStars: request.newStars,
    decisionReason: request.decisionReason,
    decidedAt: request.decidedAt?.toISOString() ?? null,
  }));
}
