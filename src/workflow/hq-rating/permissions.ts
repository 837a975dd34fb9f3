import type { Localized } from '../../engine/localized.ts';
import {
  DEPARTMENT_LABELS,
  ROLE_LABELS,
  type Actor,
  type Department,
  type Role,
} from '../actor.ts';
import { PUBLIC_BATCH_STATES, type BatchState } from './batch-machine.ts';
import { notFound, RECORD_LABELS, WorkflowError } from './errors.ts';
import { ITEMS, type ItemKey } from './verification-items.ts';

/**
 * The scope rules of docs/hq-procedure.md ("Roles and what each may reach"). The state machines
 * say which role may take a step; these say on which records: an enterprise its own credit code,
 * a county office its own jurisdiction, a department its own items, the city roles everything.
 */

/** Roles whose scope is the whole city. `admin` reads everything and decides nothing. */
export const CITY_ROLES: readonly Role[] = ['city_bureau', 'leading_group', 'admin'];

/** The roles of 88号 §3 and the administrator: the water fund's and relief pilot's reach nothing here. */
export const HQ_ROLES: readonly Role[] = [
  'enterprise',
  'county_office',
  'department',
  ...CITY_ROLES,
];

/** What decides who may see an application. */
export interface ApplicationScope {
  id: string;
  uscc: string;
  county: string;
  /** Departments owning an item of this application (none before re-review). */
  itemDepartments: readonly Department[];
}

/**
 * Refuses an actor whose role needs a scope it lacks (a county office without a jurisdiction…):
 * an account set up wrongly must reach nothing rather than everything.
 * @example assertActorScope({ accountId: 'c1', role: 'county_office', displayName: '' }) // throws
 */
export function assertActorScope(actor: Actor | null): void {
  if (!actor) return;
  if (!HQ_ROLES.includes(actor.role)) {
    throw new WorkflowError('forbidden', 'not_in_procedure', {
      zh: `${ROLE_LABELS[actor.role].zh}账户不参与总部企业星级评定`,
      en: `a ${ROLE_LABELS[actor.role].en.toLowerCase()} account takes no part in the HQ star rating`,
    });
  }
  const missing: Record<string, Localized | undefined> = {
    enterprise: actor.enterpriseUscc ? undefined : { zh: '统一社会信用代码', en: 'credit code' },
    county_office: actor.jurisdiction ? undefined : { zh: '所属县（市、区）', en: 'jurisdiction' },
    department: actor.department ? undefined : { zh: '所属核实部门', en: 'department' },
  };
  const lack = missing[actor.role];
  if (lack) {
    throw new WorkflowError('forbidden', 'actor_scope_missing', {
      zh: `账号“${actor.displayName}”（${ROLE_LABELS[actor.role].zh}）未设置${lack.zh}，不能访问任何申报`,
      en: `account "${actor.displayName}" (${ROLE_LABELS[actor.role].en}) has no ${lack.en}, so it reaches nothing`,
    });
  }
}

/**
 * Whether the actor may read an application at all.
 * @example canReadApplication(enterprise, { id: 'a', uscc: enterprise.enterpriseUscc!, county: '鹿城区', itemDepartments: [] }) // true
 */
export function canReadApplication(actor: Actor | null, scope: ApplicationScope): boolean {
  if (!actor) return false;
  switch (actor.role) {
    case 'enterprise':
      return actor.enterpriseUscc !== undefined && actor.enterpriseUscc === scope.uscc;
    case 'county_office':
      return actor.jurisdiction !== undefined && actor.jurisdiction === scope.county;
    case 'department':
      return actor.department !== undefined && scope.itemDepartments.includes(actor.department);
    default:
      return CITY_ROLES.includes(actor.role);
  }
}

/**
 * Refuses, as "not found", an application outside the actor's scope: another enterprise's file, or
 * another county's, is not theirs even to know of (docs/hq-procedure.md).
 * @example assertCanReadApplication(otherEnterprise, scope) // throws not_found
 */
export function assertCanReadApplication(actor: Actor | null, scope: ApplicationScope): void {
  assertActorScope(actor);
  if (!canReadApplication(actor, scope)) throw notFound(RECORD_LABELS.application, scope.id);
}

/**
 * An enterprise applies only under its own credit code.
 * @example assertMayApplyFor(enterprise, '91330302MAR6FJP20Q')
 */
export function assertMayApplyFor(actor: Actor, uscc: string): void {
  assertActorScope(actor);
  if (actor.role === 'enterprise' && actor.enterpriseUscc !== uscc) {
    throw new WorkflowError('forbidden', 'not_your_enterprise', {
      zh: `只能以本企业（${actor.enterpriseUscc}）的名义申报，不能代 ${uscc} 申报`,
      en: `you may apply only for your own enterprise (${actor.enterpriseUscc}), not for ${uscc}`,
    });
  }
}

/**
 * A department acts only on the items it owns (88号 五、2).
 * @example assertOwnsItem(taxDepartment, { id: 'i1', key: 'revenue_2y' })
 */
export function assertOwnsItem(actor: Actor | null, item: { id: string; key: ItemKey }): void {
  assertActorScope(actor);
  const owner = ITEMS[item.key].department;
  if (actor?.role === 'department' && actor.department !== owner) {
    const label = ITEMS[item.key].label;
    throw new WorkflowError('forbidden', 'not_your_item', {
      zh: `“${label.zh}”由${DEPARTMENT_LABELS[owner].zh}核实，不属于${DEPARTMENT_LABELS[actor.department!].zh}`,
      en: `"${label.en}" is verified by ${DEPARTMENT_LABELS[owner].en}, not by ${DEPARTMENT_LABELS[actor.department!].en}`,
    });
  }
}

/**
 * A county office reads only its own jurisdiction's queue; a department only its own items.
 * @example assertMayFilter(countyOffice, { county: '瑞安市' }) // throws unless it is 瑞安市's office
 */
export function assertMayFilter(
  actor: Actor,
  filter: { county?: string; department?: Department },
): void {
  assertActorScope(actor);
  if (actor.role === 'county_office' && filter.county && filter.county !== actor.jurisdiction) {
    throw new WorkflowError('forbidden', 'not_your_jurisdiction', {
      zh: `${actor.jurisdiction}投促部门不能查看${filter.county}的申报`,
      en: `the ${actor.jurisdiction} office may not read the applications of ${filter.county}`,
    });
  }
  if (actor.role === 'department' && filter.department && filter.department !== actor.department) {
    throw new WorkflowError('forbidden', 'not_your_department', {
      zh: `${DEPARTMENT_LABELS[actor.department!].zh}不能查看${DEPARTMENT_LABELS[filter.department].zh}的核实事项`,
      en: `${DEPARTMENT_LABELS[actor.department!].en} may not read the items of ${DEPARTMENT_LABELS[filter.department].en}`,
    });
  }
}

/** Roles that see every application: the city roles. Others see their own scope only. */
export function seesWholeCity(actor: Actor): boolean {
  return CITY_ROLES.includes(actor.role);
}

/**
 * Rating runs (with every figure and warning) are for the bureau, the leading group and admin.
 * @example assertMayReadRuns(countyOffice) // throws forbidden
 */
export function assertMayReadRuns(actor: Actor | null): void {
  if (actor && CITY_ROLES.includes(actor.role)) return;
  const who = actor ? ROLE_LABELS[actor.role] : { zh: '公众', en: 'the public' };
  throw new WorkflowError('forbidden', 'runs_not_yours', {
    zh: `${who.zh}无权查看评定计算过程；公示名单请查看公示页面`,
    en: `${who.en} may not read rating runs; see the published list instead`,
  });
}

/**
 * Who may read how a result was reached: the city roles for any run; an enterprise for its own
 * result once it is published. The public reads the published list only, since the explanation
 * shows an enterprise's revenue and contribution (our decision; 88号 三、5 publishes the list).
 * @example assertMayExplain(enterprise, { uscc: enterprise.enterpriseUscc!, published: true })
 */
export function assertMayExplain(
  actor: Actor | null,
  target: { uscc: string; published: boolean; runId: string },
): void {
  if (actor && CITY_ROLES.includes(actor.role)) return;
  if (actor?.role === 'enterprise') {
    assertActorScope(actor);
    if (actor.enterpriseUscc === target.uscc && target.published) return;
    throw notFound(RECORD_LABELS.run, `${target.runId}/${target.uscc}`);
  }
  assertMayReadRuns(actor);
}

/**
 * The public and every account see a batch's list only once it is published (88号 三、5); before
 * that it is "not found" to them.
 * @example assertPublished('rating', 'b1') // throws not_found
 */
export function assertPublished(state: BatchState, batchId: string): void {
  if (!PUBLIC_BATCH_STATES.includes(state)) throw notFound(RECORD_LABELS.batch, batchId);
}
