// The enterprise and public pages' door into the project's pure modules (no Node APIs behind
// them): the 附件2 choices, the 附件3 materials, the application states and the field checks are
// the server's own, not copies.
export {
  HQ_TYPES,
  HQ_TYPE_LABELS,
  LISTING_VENUES,
  LISTING_VENUE_LABELS,
  REGISTRATION_TYPES,
  REGISTRATION_TYPE_LABELS,
  SHAREHOLDER_TYPES,
  SHAREHOLDER_TYPE_LABELS,
  UNIT_KINDS,
  type HqType,
  type ListingVenue,
  type RegistrationType,
  type ShareholderType,
  type UnitKind,
} from '../../../../src/workflow/hq-rating/form-choices.ts';
export {
  MATERIAL_KINDS,
  MATERIAL_LABELS,
  MAX_MATERIAL_BYTES,
  REQUIRED_MATERIALS,
  type MaterialKind,
} from '../../../../src/workflow/hq-rating/materials.ts';
export {
  APPLICATION_MACHINE,
  type ApplicationState,
} from '../../../../src/workflow/hq-rating/application-machine.ts';
export { checkIndustryClassCode } from '../../../../src/engine/china/industry-code.ts';
export { checkEmail, checkMobile, checkPhone } from '../../../../src/engine/china/contact.ts';

/** The top-500 lists of 附件2 item 18 and the rating's top-500 figure (parameters.ts). */
export const TOP500_LISTS = ['world', 'china', 'private', 'manufacturing', 'service'] as const;
export type Top500List = (typeof TOP500_LISTS)[number];
