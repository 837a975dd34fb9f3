import type { Localized } from '../../engine/localized.ts';
import { RECEIVERS, type Receiver } from '../../methods/water-source-compensation/parameters.ts';
import { OFFICE_LABELS, type Actor, type WaterOffice } from '../actor.ts';
import { WorkflowError } from '../hq-rating/errors.ts';

/**
 * Who may do what with a fund year (water-source-compensation.md, "who is involved"): the city
 * offices of 28号 and the administrator read everything; a county government reads the year and
 * what is its own; only the office a step belongs to takes it.
 */

const signIn = (): WorkflowError =>
  new WorkflowError('forbidden', 'not_signed_in', { zh: '请先登录', en: 'sign in first' });

/** A city office of 28号 or the administrator: reads every record of the fund. */
export function isCityReader(actor: Actor | null): boolean {
  return actor?.role === 'admin' || (actor?.role === 'water_office' && actor.office !== undefined);
}

/**
 * Refuses everyone but the fund's roles (and admin); returns the actor.
 * @example requireWaterReader(actor, { zh: '查看资金年度', en: 'read fund years' })
 */
export function requireWaterReader(actor: Actor | null, what: Localized): Actor {
  if (!actor) throw signIn();
  if (isCityReader(actor)) return actor;
  if (actor.role === 'water_county' && actor.jurisdiction) return actor;
  throw new WorkflowError('forbidden', 'role_not_allowed', {
    zh: `${what.zh}：仅限水源地补偿市级部门、县级政府和系统管理员`,
    en: `${what.en}: only the fund's city offices, county governments and the administrator may`,
  });
}

/**
 * Refuses everyone but the named city offices (W2 finance, W4 natural resources, …).
 * @example requireOffice(actor, ['finance'], { zh: '开启资金年度', en: 'open a fund year' })
 */
export function requireOffice(
  actor: Actor | null,
  offices: readonly WaterOffice[],
  what: Localized,
): Actor & { office: WaterOffice } {
  if (!actor) throw signIn();
  if (actor.role === 'water_office' && offices.includes(actor.office as WaterOffice))
    return actor as Actor & { office: WaterOffice };
  const names = offices.map((office) => OFFICE_LABELS[office]);
  throw new WorkflowError('forbidden', 'office_not_allowed', {
    zh: `${what.zh}：仅限${names.map((name) => name.zh).join('、')}`,
    en: `${what.en}: only the ${names.map((name) => name.en).join(', ')} may`,
  });
}

/**
 * A receiving county government (W1, 28号 第四条) acting for itself: its county.
 * @example requireReceiver(actor, { zh: '填报资金使用', en: 'record a use' }) // '文成县'
 */
export function requireReceiver(actor: Actor | null, what: Localized): Receiver {
  if (!actor) throw signIn();
  const county = actor.jurisdiction as string | undefined;
  if (actor.role === 'water_county' && county && isReceiver(county)) return county;
  throw new WorkflowError('forbidden', 'not_a_receiver', {
    zh: `${what.zh}：仅限受偿地区（${RECEIVERS.join('、')}）县级政府（28号 第四条）`,
    en: `${what.en}: only the governments of the receiving jurisdictions (${RECEIVERS.join(', ')}) may (28号 第四条)`,
  });
}

export const isReceiver = (county: string): county is Receiver =>
  (RECEIVERS as readonly string[]).includes(county);

/** A county actor's own county; undefined for city readers. */
export function countyScope(actor: Actor): string | undefined {
  return actor.role === 'water_county' ? actor.jurisdiction : undefined;
}
