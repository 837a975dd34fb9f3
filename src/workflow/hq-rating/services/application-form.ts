import { z } from 'zod';
import { Exact } from '../../../engine/exact/exact.ts';
import type { InputIssue } from '../../../engine/input-issue.ts';
import { toYuan } from '../../../engine/units.ts';
import { TOP500_LISTS } from '../../../methods/hq-star-rating/parameters.ts';
import { decimalText } from '../decimal-text.ts';
import {
  HQ_TYPES,
  LISTING_VENUES,
  REGISTRATION_TYPES,
  SHAREHOLDER_TYPES,
  UNIT_KINDS,
} from '../form-choices.ts';
import { fieldLabel } from './field-labels.ts';
import type { ApplicationRow } from './load.ts';
import {
  amountField,
  countField,
  dateField,
  emailField,
  industryCodeField,
  mobileField,
  phoneField,
  textField,
  usccField,
} from './validation.ts';

/**
 * 附件2 item 19: a controlled unit "50 % 以上". In Chinese legal usage 以上 includes the number
 * itself (Civil Code art. 1259), so 50 % counts; our reading of R5's "over 50 %".
 */
const FIFTY = Exact.of(50n);
const HUNDRED = Exact.of(100n);

const shareField = amountField('%').superRefine((share, ctx) => {
  if (share.compare(FIFTY) < 0 || share.compare(HUNDRED) > 0) {
    const message = {
      zh: '控股比例应在 50% 至 100% 之间（含 50%）',
      en: 'the holding share must be from 50 % to 100 %',
    };
    ctx.addIssue({
      code: 'custom',
      message: message.en,
      params: { code: 'share_range', ...message },
    });
  }
});

const subsidiarySchema = z
  .object({
    kind: z.enum(UNIT_KINDS),
    name: textField(200),
    uscc: usccField,
    holdingSharePercent: shareField,
  })
  .strict();

const figuresSchema = z
  .object({
    revenue_2y: amountField('亿元').nullable(),
    contribution_2y: amountField('亿元').nullable(),
    rd_2y: amountField('万元').nullable(),
    pension_payers: countField.nullable(),
    tax_filers: countField.nullable(),
    top500: z.array(z.enum(TOP500_LISTS)).max(5).nullable(),
    listings_3y: countField.nullable(),
  })
  .partial()
  .strict();

/** Every field of 附件2 but the identity, each optional: a draft may be saved half done. */
export const formFields = {
  registeredCapital: amountField('万元').nullable(),
  paidInCapital: amountField('万元').nullable(),
  legalRepresentative: textField(100).nullable(),
  registeredOn: dateField.nullable(),
  registeredAddress: textField(300).nullable(),
  businessAddress: textField(300).nullable(),
  contactName: textField(100).nullable(),
  contactPhone: phoneField.nullable(),
  contactMobile: mobileField.nullable(),
  contactEmail: emailField.nullable(),
  hqType: z.enum(HQ_TYPES).nullable(),
  industryCode: industryCodeField.nullable(),
  mainBusiness: textField(2000).nullable(),
  registrationType: z.enum(REGISTRATION_TYPES).nullable(),
  shareholderType: z.enum(SHAREHOLDER_TYPES).nullable(),
  listingVenue: z.enum(LISTING_VENUES).nullable(),
  listingVenueOther: textField(100).nullable(),
  top500LastYear: z.array(z.enum(TOP500_LISTS)).max(5).nullable(),
  subsidiaries: z.array(subsidiarySchema).max(500),
  outsideWenzhouCount: countField.nullable(),
  ownsOfficeProperty: z.boolean().nullable(),
  figures: figuresSchema,
};

export const formSchema = z.object(formFields).partial();
export type FormInput = z.input<typeof formSchema>;
export type ParsedForm = z.output<typeof formSchema>;
export type ParsedSubsidiary = z.output<typeof subsidiarySchema>;

const yuan = (value: Exact | null | undefined, unit: '亿元' | '万元') =>
  value === undefined ? undefined : value === null ? null : decimalText(toYuan(value, unit));

/**
 * The columns a (partial) form sets; fields left out are left as they are.
 * @example formColumns({ registeredCapital: dec('5000') }).registeredCapitalYuan // '50000000'
 */
export function formColumns(form: ParsedForm): Partial<ApplicationRow> {
  const f = form.figures ?? {};
  const columns: Partial<ApplicationRow> = {
    registeredCapitalYuan: yuan(form.registeredCapital, '万元'),
    paidInCapitalYuan: yuan(form.paidInCapital, '万元'),
    legalRepresentative: form.legalRepresentative,
    registeredOn: form.registeredOn,
    registeredAddress: form.registeredAddress,
    businessAddress: form.businessAddress,
    contactName: form.contactName,
    contactPhone: form.contactPhone,
    contactMobile: form.contactMobile,
    contactEmail: form.contactEmail,
    hqType: form.hqType,
    industryCode: form.industryCode,
    mainBusiness: form.mainBusiness,
    registrationType: form.registrationType,
    shareholderType: form.shareholderType,
    listingVenue: form.listingVenue,
    listingVenueOther: form.listingVenueOther,
    top500LastYear: form.top500LastYear,
    outsideWenzhouCount: form.outsideWenzhouCount,
    ownsOfficeProperty: form.ownsOfficeProperty,
    revenue2yYuan: yuan(f.revenue_2y, '亿元'),
    contribution2yYuan: yuan(f.contribution_2y, '亿元'),
    rd2yYuan: yuan(f.rd_2y, '万元'),
    pensionPayers: f.pension_payers,
    taxFilers: f.tax_filers,
    top5003y: f.top500,
    listings3y: f.listings_3y,
  };
  return Object.fromEntries(
    Object.entries(columns).filter(([, value]) => value !== undefined),
  ) as Partial<ApplicationRow>;
}

/** The columns that must be filled before submitting, by input field name. */
const REQUIRED: [string, keyof ApplicationRow][] = [
  ['registeredCapital', 'registeredCapitalYuan'],
  ['paidInCapital', 'paidInCapitalYuan'],
  ['legalRepresentative', 'legalRepresentative'],
  ['registeredOn', 'registeredOn'],
  ['registeredAddress', 'registeredAddress'],
  ['businessAddress', 'businessAddress'],
  ['contactName', 'contactName'],
  ['contactPhone', 'contactPhone'],
  ['contactMobile', 'contactMobile'],
  ['contactEmail', 'contactEmail'],
  ['hqType', 'hqType'],
  ['industryCode', 'industryCode'],
  ['mainBusiness', 'mainBusiness'],
  ['registrationType', 'registrationType'],
  ['shareholderType', 'shareholderType'],
  ['listingVenue', 'listingVenue'],
  ['outsideWenzhouCount', 'outsideWenzhouCount'],
  ['ownsOfficeProperty', 'ownsOfficeProperty'],
  ['figures.revenue_2y', 'revenue2yYuan'],
  ['figures.contribution_2y', 'contribution2yYuan'],
  ['figures.rd_2y', 'rd2yYuan'],
  ['figures.pension_payers', 'pensionPayers'],
  ['figures.tax_filers', 'taxFilers'],
  ['figures.listings_3y', 'listings3y'],
];

/**
 * The optional multi-choice fields: the form says to leave every box empty when the enterprise is
 * on no list (附件2 item 18, the three-year top-500 lists), so empty is an answer, never a gap.
 */
const CHOICE_LISTS = ['top500LastYear', 'top5003y'] as const satisfies (keyof ApplicationRow)[];

/**
 * The answers a submission stores for choice lists left empty: "on no list", as an empty list, so
 * the record and the rating read "none" rather than "not answered".
 * @example noListAnswers({ top500LastYear: null, top5003y: ['world'] }) // { top500LastYear: [] }
 */
export function noListAnswers(
  row: Pick<ApplicationRow, (typeof CHOICE_LISTS)[number]>,
): Partial<ApplicationRow> {
  return Object.fromEntries(
    CHOICE_LISTS.filter((column) => row[column] === null).map((column) => [column, []]),
  ) as Partial<ApplicationRow>;
}

/**
 * What a complete 附件2 still lacks, one issue per field, for the refusal of a submission.
 * @example completenessIssues(draftRow).map((i) => i.column) // ['registeredCapital', …]
 */
export function completenessIssues(row: ApplicationRow): InputIssue[] {
  const issues: InputIssue[] = REQUIRED.filter(([, column]) => row[column] === null).map(
    ([field]) => {
      const label = fieldLabel(field.split('.'));
      return {
        column: field,
        code: 'required_to_submit',
        message: {
          zh: `${label.zh}：提交前必须填写`,
          en: `${label.en}: must be filled in before submitting`,
        },
      };
    },
  );
  if (row.listingVenue === 'other' && !row.listingVenueOther) {
    const label = fieldLabel(['listingVenueOther']);
    issues.push({
      column: 'listingVenueOther',
      code: 'required_to_submit',
      message: {
        zh: `${label.zh}：选择“其他交易所”时必须填写交易所名称`,
        en: `${label.en}: name the exchange when choosing "other"`,
      },
    });
  }
  return issues;
}
