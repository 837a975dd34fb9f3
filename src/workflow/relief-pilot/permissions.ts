import type { Localized } from '../../engine/localized.ts';
import { maskIdNumber, maskMiddle, maskMobile } from '../../engine/privacy/mask.ts';
import { OFFICE_LABELS, ROLE_LABELS, type Actor, type ReliefOffice } from '../actor.ts';
import { WorkflowError } from '../hq-rating/errors.ts';

/**
 * Who sees what of a family in the 90号 pilot (docs/relief-api.md, "Who sees what"): the
 * medical-insurance bureau everything; civil affairs ID numbers but no health figures; the charity
 * federation names and relief amounts, ID numbers masked; a township worker its own township's
 * families and warnings, ID numbers masked, no figures beyond the warning level. `admin` reads no
 * personal data at all.
 */
export interface ReliefView {
  actor: Actor;
  office: ReliefOffice | null;
  /** Full ID numbers (medical insurance, civil affairs). */
  fullIds: boolean;
  /** Costs and out-of-pocket amounts (medical insurance). */
  health: boolean;
  /** Relief amounts (medical insurance, charity federation). */
  relief: boolean;
  /**
   * A family's address and phone in full: `all` (medical insurance), `warned` (a township worker,
   * for its own township's families warned in the year: it visits them), `none` (masked).
   */
  contact: 'all' | 'warned' | 'none';
  /** A township worker's place; null for the city offices. */
  place: { county: string; township: string } | null;
}

/** What an actor may see; refuses every role outside the pilot (admin included). */
export function reliefView(actor: Actor | null, what: Localized): ReliefView {
  if (actor?.role === 'relief_office' && isReliefOffice(actor.office)) {
    const office = actor.office;
    return {
      actor,
      office,
      fullIds: office !== 'charity_federation',
      health: office === 'medical_insurance',
      relief: office !== 'civil_affairs',
      contact: office === 'medical_insurance' ? 'all' : 'none',
      place: null,
    };
  }
  if (actor?.role === 'relief_township' && actor.jurisdiction && actor.township) {
    return {
      actor,
      office: null,
      fullIds: false,
      health: false,
      relief: false,
      contact: 'warned',
      place: { county: actor.jurisdiction, township: actor.township },
    };
  }
  throw refusedRole(
    actor,
    what,
    '医保纾困各部门及乡镇（街道）',
    'the pilot’s offices and townships',
  );
}

/**
 * The actor when it is one of the pilot's city offices in `offices`; 403 naming who may otherwise.
 * @example requireOffice(actor, ['medical_insurance'], { zh: '录入费用', en: 'enter costs' })
 */
export function requireOffice(
  actor: Actor | null,
  offices: readonly ReliefOffice[],
  what: Localized,
): ReliefView {
  const view = actor?.role === 'relief_office' ? reliefView(actor, what) : null;
  if (view?.office && offices.includes(view.office)) return view;
  throw refusedRole(
    actor,
    what,
    offices.map((office) => OFFICE_LABELS[office].zh).join('、'),
    offices.map((office) => OFFICE_LABELS[office].en).join(' or '),
  );
}

/** A township worker on a family outside its township is told the family is not found (404). */
export function inPlace(view: ReliefView, family: { county: string; township: string }): boolean {
  return (
    !view.place || (view.place.county === family.county && view.place.township === family.township)
  );
}

/**
 * An ID number as the view may show it.
 * @example shownId(charityView, '330399198001010417') // '3303**********0417'
 */
export function shownId(view: ReliefView, idNumber: string): string {
  return view.fullIds ? idNumber : maskIdNumber(idNumber);
}

/** Where to find a family, as a view shows it. */
export interface ContactView {
  village: string | null;
  address: string | null;
  phone: string | null;
  /** Whether the address and phone are shown in full. */
  contactShown: boolean;
}

/**
 * A family's village, address and phone as the view may show them: the village always (a place),
 * the address and phone in full for medical insurance and for a township worker on a family of
 * its own township warned in the year (it visits it), masked for every other.
 * @example shownContact(civilView, { village: '岙底村', address: '文成县大峃镇岙底村12号', phone: '13812345678' }, false)
 * // { village: '岙底村', address: '文成县*********', phone: '138****5678', contactShown: false }
 */
export function shownContact(
  view: ReliefView,
  family: { village: string | null; address: string | null; phone: string | null },
  warned: boolean,
): ContactView {
  // A township only ever reads families of its own township (the lists and details are scoped).
  const full = view.contact === 'all' || (view.contact === 'warned' && warned);
  return {
    village: family.village,
    address:
      family.address === null ? null : full ? family.address : maskMiddle(family.address, 3, 0),
    phone: family.phone === null ? null : full ? family.phone : maskMobile(family.phone),
    contactShown: full,
  };
}

/** The actor's name for messages. */
export function actorLabel(actor: Actor | null): Localized {
  if (!actor) return { zh: '未登录用户', en: 'a visitor not signed in' };
  if (actor.role === 'relief_office' && isReliefOffice(actor.office))
    return OFFICE_LABELS[actor.office];
  return ROLE_LABELS[actor.role];
}

function isReliefOffice(office: string | undefined): office is ReliefOffice {
  return (
    office === 'medical_insurance' || office === 'civil_affairs' || office === 'charity_federation'
  );
}

function refusedRole(actor: Actor | null, what: Localized, zh: string, en: string): WorkflowError {
  const who = actorLabel(actor);
  return new WorkflowError('forbidden', 'relief_not_allowed', {
    zh: `${who.zh}不能${what.zh}：仅限${zh}`,
    en: `${who.en} may not ${what.en}: only ${en} may`,
  });
}
