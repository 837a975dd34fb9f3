import { isJurisdiction, type Jurisdiction } from '../../engine/china/jurisdictions.ts';
import { demoBatch } from '../../methods/hq-star-rating/demo.ts';
import {
  DEPARTMENT_LABELS,
  DEPARTMENTS,
  type Actor,
  type Department,
  type Role,
} from '../actor.ts';

/**
 * How many enterprises apply in the demo batch. Sixty-one scored are needed for one-star results
 * (R10: ranks 61 and below); two are rejected on the way and one cannot be scored (D5).
 */
export const DEMO_ENTERPRISES = 68;

/** The seed of the figures, the same as `pingding demo hq-star-rating` (src/methods/hq-star-rating/demo.ts). */
export const DEMO_SEED = 2025;

/** A demo account the seed acts as; the accounts themselves are made by src/server/demo. */
export interface DemoActorSpec {
  role: Role;
  displayName: string;
  jurisdiction?: Jurisdiction;
  department?: Department;
  enterpriseUscc?: string;
}

/** The demo batch's rows: public names and counties, invented figures (演示数据). */
export function demoRows(): Record<string, string>[] {
  return demoBatch({ count: DEMO_ENTERPRISES, seed: DEMO_SEED });
}

/**
 * Every actor `seedDemo` acts as: one enterprise per demo application (by credit code; the first
 * three are those of src/server/demo/accounts.ts), the county offices of their jurisdictions, the
 * seven departments, the bureau and the leading group.
 * @example demoActorSpecs().filter((a) => a.role === 'enterprise').length // 68
 */
export function demoActorSpecs(): DemoActorSpec[] {
  const rows = demoRows();
  const specs: DemoActorSpec[] = rows.map((row) => ({
    role: 'enterprise',
    displayName: row.name!,
    enterpriseUscc: row.uscc!,
  }));
  const counties = [...new Set(rows.map((row) => row.county!))].filter(isJurisdiction);
  for (const jurisdiction of counties) {
    specs.push({ role: 'county_office', displayName: `${jurisdiction}投资促进部门`, jurisdiction });
  }
  for (const department of DEPARTMENTS) {
    specs.push({
      role: 'department',
      displayName: `温州市${DEPARTMENT_LABELS[department].zh}`,
      department,
    });
  }
  specs.push({ role: 'city_bureau', displayName: '温州市投资促进局' });
  specs.push({ role: 'leading_group', displayName: '领导小组成员（演示）' });
  return specs;
}

/** Whether an actor fills a spec: same role and same scope. */
function fills(actor: Actor, spec: DemoActorSpec): boolean {
  return (
    actor.role === spec.role &&
    (spec.jurisdiction === undefined || actor.jurisdiction === spec.jurisdiction) &&
    (spec.department === undefined || actor.department === spec.department) &&
    (spec.enterpriseUscc === undefined || actor.enterpriseUscc === spec.enterpriseUscc)
  );
}

/**
 * The actor for each spec: a given one when it fits, otherwise a stand-in (`demo-seed:…`) so the
 * demo walks through even when only some demo accounts exist. Stand-ins are named as such in the
 * audit log.
 * @example resolveDemoActors(actors).bureau.role // 'city_bureau'
 */
export function resolveDemoActors(given: readonly Actor[]) {
  const pick = (spec: DemoActorSpec, slug: string): Actor =>
    given.find((actor) => fills(actor, spec)) ?? {
      accountId: `demo-seed:${slug}`,
      role: spec.role,
      displayName: `${spec.displayName}（演示）`,
      ...(spec.jurisdiction ? { jurisdiction: spec.jurisdiction } : {}),
      ...(spec.department ? { department: spec.department } : {}),
      ...(spec.enterpriseUscc ? { enterpriseUscc: spec.enterpriseUscc } : {}),
    };
  const specs = demoActorSpecs();
  const enterprise = new Map<string, Actor>();
  const county = new Map<string, Actor>();
  const department = new Map<Department, Actor>();
  let bureau: Actor | undefined;
  let leadingGroup: Actor | undefined;
  for (const spec of specs) {
    if (spec.role === 'enterprise')
      enterprise.set(spec.enterpriseUscc!, pick(spec, spec.enterpriseUscc!));
    if (spec.role === 'county_office')
      county.set(spec.jurisdiction!, pick(spec, spec.jurisdiction!));
    if (spec.role === 'department') department.set(spec.department!, pick(spec, spec.department!));
    if (spec.role === 'city_bureau') bureau = pick(spec, 'city-bureau');
    if (spec.role === 'leading_group') leadingGroup = pick(spec, 'leading-group');
  }
  return { enterprise, county, department, bureau: bureau!, leadingGroup: leadingGroup! };
}

export type DemoActors = ReturnType<typeof resolveDemoActors>;
