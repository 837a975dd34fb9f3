import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Top500List } from '../../methods/hq-star-rating/parameters.ts';
import {
  APPLICATION_STATES,
  type ApplicationState,
} from '../../workflow/hq-rating/application-machine.ts';
import {
  HQ_TYPES,
  LISTING_VENUES,
  REGISTRATION_TYPES,
  SHAREHOLDER_TYPES,
  UNIT_KINDS,
  type HqType,
  type ListingVenue,
  type RegistrationType,
  type ShareholderType,
  type UnitKind,
} from '../../workflow/hq-rating/form-choices.ts';
import { hqBatch, hqCountyReport } from './hq-batches.ts';
import { actorId, at, json, oneOf } from './hq-columns.ts';

/** An enterprise known to the service, by its credit code; its applications follow. */
export const hqEnterprise = pgTable('hq_enterprise', {
  uscc: text('uscc').primaryKey(),
  name: text('name').notNull(),
  county: text('county').notNull(),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
});

/**
 * One enterprise's application in one batch: the 21 fields of 附件2 (numbered in the comments),
 * the declared rating figures (amounts in yuan, D8) and, after final, the rating in effect.
 * Form fields are nullable: a draft may be incomplete; submitting checks completeness.
 */
export const hqApplication = pgTable(
  'hq_application',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => hqBatch.id),
    /** 1 */
    uscc: text('uscc')
      .notNull()
      .references(() => hqEnterprise.uscc),
    state: text('state').$type<ApplicationState>().notNull(),
    /** Where it is registered: the county office that pre-reviews it (88号 三、1). */
    county: text('county').notNull(),
    /** 2 */
    name: text('name').notNull(),
    /** 3, 4 */
    registeredCapitalYuan: numeric('registered_capital_yuan'),
    paidInCapitalYuan: numeric('paid_in_capital_yuan'),
    /** 5, 6 */
    legalRepresentative: text('legal_representative'),
    registeredOn: date('registered_on', { mode: 'string' }),
    /** 7, 8 */
    registeredAddress: text('registered_address'),
    businessAddress: text('business_address'),
    /** 9, 10, 11: personal data, never on a public list. */
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    contactMobile: text('contact_mobile'),
    contactEmail: text('contact_email'),
    /** 12, 13, 14 */
    hqType: text('hq_type').$type<HqType>(),
    industryCode: text('industry_code'),
    mainBusiness: text('main_business'),
    /** 15, 16 */
    registrationType: text('registration_type').$type<RegistrationType>(),
    shareholderType: text('shareholder_type').$type<ShareholderType>(),
    /** 17 */
    listingVenue: text('listing_venue').$type<ListingVenue>(),
    listingVenueOther: text('listing_venue_other'),
    /** 18 */
    top500LastYear: json<Top500List[]>('top500_last_year'),
    /** 19 is the hq_subsidiary rows; 20: */
    outsideWenzhouCount: integer('outside_wenzhou_count'),
    /** 21 */
    ownsOfficeProperty: boolean('owns_office_property'),
    /** Declared figures of the interchange file (88号 附件1), amounts in yuan. */
    revenue2yYuan: numeric('revenue_2y_yuan'),
    contribution2yYuan: numeric('contribution_2y_yuan'),
    rd2yYuan: numeric('rd_2y_yuan'),
    pensionPayers: integer('pension_payers'),
    taxFilers: integer('tax_filers'),
    top5003y: json<Top500List[]>('top500_3y'),
    listings3y: integer('listings_3y'),
    countyReportId: uuid('county_report_id').references(() => hqCountyReport.id),
    submittedAt: at('submitted_at'),
    /** R13: the stars in effect from final_on to valid_until; changed by a re-review. */
    stars: integer('stars'),
    finalOn: date('final_on', { mode: 'string' }),
    validUntil: date('valid_until', { mode: 'string' }),
    revokedOn: date('revoked_on', { mode: 'string' }),
    /** Bumped on every write, so a screen can tell that what it shows is stale. */
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    unique('hq_application_batch_uscc_unique').on(t.batchId, t.uscc),
    index('hq_application_batch_county_idx').on(t.batchId, t.county, t.state),
    // A county office's queue across batches, and an enterprise's own applications.
    index('hq_application_county_state_idx').on(t.county, t.state),
    index('hq_application_uscc_idx').on(t.uscc),
    check('hq_application_state_check', oneOf(t.state, APPLICATION_STATES)),
    check('hq_application_hq_type_check', oneOf(t.hqType, HQ_TYPES)),
    check('hq_application_registration_type_check', oneOf(t.registrationType, REGISTRATION_TYPES)),
    check('hq_application_shareholder_type_check', oneOf(t.shareholderType, SHAREHOLDER_TYPES)),
    check('hq_application_listing_venue_check', oneOf(t.listingVenue, LISTING_VENUES)),
    check('hq_application_stars_check', sql`${t.stars} between 1 and 5`),
    check(
      'hq_application_amounts_check',
      sql`${t.revenue2yYuan} >= 0 and ${t.contribution2yYuan} >= 0 and ${t.rd2yYuan} >= 0`,
    ),
  ],
);

/** 附件2 item 19: Wenzhou branches and controlled subsidiaries (控股 50 % 以上, R5). */
export const hqSubsidiary = pgTable(
  'hq_subsidiary',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => hqApplication.id),
    position: integer('position').notNull(),
    kind: text('kind').$type<UnitKind>().notNull(),
    name: text('name').notNull(),
    uscc: text('uscc').notNull(),
    /** Percent; a branch is the company itself, 100. */
    holdingSharePercent: numeric('holding_share_percent').notNull(),
  },
  (t) => [
    unique('hq_subsidiary_position_unique').on(t.applicationId, t.position),
    check('hq_subsidiary_kind_check', oneOf(t.kind, UNIT_KINDS)),
    check(
      'hq_subsidiary_share_check',
      sql`${t.holdingSharePercent} >= 50 and ${t.holdingSharePercent} <= 100`,
    ),
  ],
);

/**
 * An application's timeline: every step with who took it and their words (a return's reason, a
 * correction's note). Append-only, like the audit log it mirrors for reading.
 */
export const hqApplicationEvent = pgTable(
  'hq_application_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => hqApplication.id),
    at: at('at').notNull(),
    actorId: actorId('actor_id').notNull(),
    actorRole: text('actor_role').notNull(),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    note: text('note'),
    details: json('details'),
  },
  (t) => [index('hq_application_event_application_idx').on(t.applicationId, t.id)],
);
