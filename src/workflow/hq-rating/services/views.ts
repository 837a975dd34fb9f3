import type { Localized } from '../../../engine/localized.ts';
import { fromYuan } from '../../../engine/units.ts';
import type { RatingSettings } from '../../../methods/hq-star-rating/settings.ts';
import type { Actor } from '../../actor.ts';
import { APPLICATION_MACHINE, type ApplicationState } from '../application-machine.ts';
import { BATCH_MACHINE, type BatchState } from '../batch-machine.ts';
import { batchDeadline } from '../cadence.ts';
import { batchStepsToday } from '../steps-now.ts';
import { decimalText, fromNumeric } from '../decimal-text.ts';
import { allowedActions } from '../state-machine.ts';
import { hasLapsed, LAPSED_LABEL } from '../validity.ts';
import type { ApplicationRow, BatchRow } from './load.ts';

/** A batch as the services return it. */
export interface BatchView {
  id: string;
  year: number;
  title: string;
  announcementText: string;
  announcementOn: string;
  opensOn: string;
  closesOn: string;
  ratingDate: string;
  publicityWorkingDays: number;
  settings: RatingSettings;
  state: BatchState;
  stateLabel: Localized;
  synthetic: boolean;
  publicityRound: number;
  publicityStartsOn: string | null;
  publicityEndsOn: string | null;
  /** 发文字号 of the publicity notice; null: none entered, the notice is a draft. */
  publicityDocumentNumber: string | null;
  approvalRunId: string | null;
  publishedRunId: string | null;
  finalOn: string | null;
  /** The day the batch must be finished by (R12, 88号 五、1): 31 March of the next year. */
  deadline: string;
  /** In the bureau's list: the batch opens less than two years after the one before (R12). */
  cadenceWarning: Localized | null;
  /** What the actor's role may do next (scope aside). */
  actions: string[];
}

/**
 * @example batchView(row, bureau).actions // ['edit', 'open']
 */
export function batchView(
  row: BatchRow & { today?: string },
  actor: Actor | null,
  cadence: Localized | null = null,
): BatchView {
  const actions = allowedActions(BATCH_MACHINE, row.state, actor);
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    announcementText: row.announcementText,
    announcementOn: row.announcementOn,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    ratingDate: row.ratingDate,
    publicityWorkingDays: row.publicityWorkingDays,
    settings: batchSettings(row),
    state: row.state,
    stateLabel: BATCH_MACHINE.stateLabels[row.state],
    synthetic: row.synthetic,
    publicityRound: row.publicityRound,
    publicityStartsOn: row.publicityStartsOn,
    publicityEndsOn: row.publicityEndsOn,
    publicityDocumentNumber: row.publicityDocumentNumber,
    approvalRunId: row.approvalRunId,
    publishedRunId: row.publishedRunId,
    finalOn: row.finalOn,
    deadline: batchDeadline(row.year),
    cadenceWarning: cadence,
    // Read with the procedure's date, only what can be done today is offered.
    actions: row.today === undefined ? actions : batchStepsToday(actions, row, row.today),
  };
}

/** The batch's full D-settings, D7 from its own column. */
export function batchSettings(row: BatchRow): RatingSettings {
  return { ...row.settings, publicityWorkingDays: row.publicityWorkingDays };
}

/** One line of a list of applications. */
export interface ApplicationSummary {
  id: string;
  batchId: string;
  uscc: string;
  name: string;
  county: string;
  state: ApplicationState;
  /** The state as read today: a final rating past its last day reads 星级已过有效期. */
  stateLabel: Localized;
  submittedAt: string | null;
  stars: number | null;
  validUntil: string | null;
  /** Final, and past its last day (R13): shown as lapsed, it brings nothing any more. */
  lapsed: boolean;
  version: number;
}

/** What a summary reads of an application: lists select only these columns. */
export type SummaryRow = Pick<
  ApplicationRow,
  | 'id'
  | 'batchId'
  | 'uscc'
  | 'name'
  | 'county'
  | 'state'
  | 'submittedAt'
  | 'stars'
  | 'validUntil'
  | 'version'
>;

/**
 * An application's line as read on `today` (China), the procedure's date.
 * @example applicationSummary(finalRow, '2028-03-25').stateLabel.zh // '星级已过有效期'
 */
export function applicationSummary(row: SummaryRow, today: string): ApplicationSummary {
  const lapsed = hasLapsed(row, today);
  return {
    id: row.id,
    batchId: row.batchId,
    uscc: row.uscc,
    name: row.name,
    county: row.county,
    state: row.state,
    stateLabel: lapsed ? LAPSED_LABEL : APPLICATION_MACHINE.stateLabels[row.state],
    submittedAt: row.submittedAt?.toISOString() ?? null,
    stars: row.stars,
    validUntil: row.validUntil,
    lapsed,
    version: row.version,
  };
}

/** The 附件2 form and the declared figures, amounts in the form's units (D8). */
export interface ApplicationForm {
  uscc: string;
  name: string;
  county: string;
  registeredCapital: string | null;
  paidInCapital: string | null;
  legalRepresentative: string | null;
  registeredOn: string | null;
  registeredAddress: string | null;
  businessAddress: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactMobile: string | null;
  contactEmail: string | null;
  hqType: string | null;
  industryCode: string | null;
  mainBusiness: string | null;
  registrationType: string | null;
  shareholderType: string | null;
  listingVenue: string | null;
  listingVenueOther: string | null;
  top500LastYear: string[] | null;
  outsideWenzhouCount: number | null;
  ownsOfficeProperty: boolean | null;
  figures: {
    revenue_2y: string | null;
    contribution_2y: string | null;
    rd_2y: string | null;
    pension_payers: number | null;
    tax_filers: number | null;
    top500: string[] | null;
    listings_3y: number | null;
  };
}

const inUnit = (yuan: string | null, unit: '亿元' | '万元') =>
  yuan === null ? null : decimalText(fromYuan(fromNumeric(yuan), unit));

/**
 * The form as the enterprise filled it, amounts back in 亿元 / 万元.
 * @example applicationForm(row).figures.revenue_2y // '56.78'
 */
export function applicationForm(row: ApplicationRow): ApplicationForm {
  return {
    uscc: row.uscc,
    name: row.name,
    county: row.county,
    registeredCapital: inUnit(row.registeredCapitalYuan, '万元'),
    paidInCapital: inUnit(row.paidInCapitalYuan, '万元'),
    legalRepresentative: row.legalRepresentative,
    registeredOn: row.registeredOn,
    registeredAddress: row.registeredAddress,
    businessAddress: row.businessAddress,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    contactMobile: row.contactMobile,
    contactEmail: row.contactEmail,
    hqType: row.hqType,
    industryCode: row.industryCode,
    mainBusiness: row.mainBusiness,
    registrationType: row.registrationType,
    shareholderType: row.shareholderType,
    listingVenue: row.listingVenue,
    listingVenueOther: row.listingVenueOther,
    top500LastYear: row.top500LastYear,
    outsideWenzhouCount: row.outsideWenzhouCount,
    ownsOfficeProperty: row.ownsOfficeProperty,
    figures: {
      revenue_2y: inUnit(row.revenue2yYuan, '亿元'),
      contribution_2y: inUnit(row.contribution2yYuan, '亿元'),
      rd_2y: inUnit(row.rd2yYuan, '万元'),
      pension_payers: row.pensionPayers,
      tax_filers: row.taxFilers,
      top500: row.top5003y,
      listings_3y: row.listings3y,
    },
  };
}

/** An application with its form, as the enterprise sees it after a change. */
export interface ApplicationWithForm extends ApplicationSummary {
  form: ApplicationForm;
}

export const applicationWithForm = (row: ApplicationRow, today: string): ApplicationWithForm => ({
  ...applicationSummary(row, today),
  form: applicationForm(row),
});
