import type { Localized } from '../../engine/localized.ts';

/** 附件2 item 12: the kind of HQ. */
export const HQ_TYPES = ['top500_hq', 'listed_hq', 'other'] as const;
export type HqType = (typeof HQ_TYPES)[number];

export const HQ_TYPE_LABELS: Record<HqType, Localized> = {
  top500_hq: { zh: '500强企业总部', en: 'HQ of a top-500 enterprise' },
  listed_hq: { zh: '上市公司企业总部', en: 'HQ of a listed company' },
  other: { zh: '其他', en: 'Other' },
};

/**
 * 附件2 item 15: registration type, in the three groups the form names (domestic, Hong Kong,
 * Macao and Taiwan, foreign) with the statistical sub-types of each.
 */
export const REGISTRATION_TYPES = [
  'domestic_state_owned',
  'domestic_collective',
  'domestic_joint_stock_cooperative',
  'domestic_limited_liability',
  'domestic_joint_stock',
  'domestic_private',
  'domestic_other',
  'hmt_joint_venture',
  'hmt_cooperative',
  'hmt_sole',
  'hmt_joint_stock',
  'hmt_other',
  'foreign_joint_venture',
  'foreign_cooperative',
  'foreign_sole',
  'foreign_joint_stock',
  'foreign_other',
] as const;
export type RegistrationType = (typeof REGISTRATION_TYPES)[number];

export const REGISTRATION_TYPE_LABELS: Record<RegistrationType, Localized> = {
  domestic_state_owned: { zh: '内资：国有企业', en: 'Domestic: state-owned' },
  domestic_collective: { zh: '内资：集体企业', en: 'Domestic: collective' },
  domestic_joint_stock_cooperative: { zh: '内资：股份合作企业', en: 'Domestic: joint-stock co-op' },
  domestic_limited_liability: { zh: '内资：有限责任公司', en: 'Domestic: limited liability' },
  domestic_joint_stock: { zh: '内资：股份有限公司', en: 'Domestic: joint-stock company' },
  domestic_private: { zh: '内资：私营企业', en: 'Domestic: private' },
  domestic_other: { zh: '内资：其他', en: 'Domestic: other' },
  hmt_joint_venture: { zh: '港澳台商投资：合资经营', en: 'HK/Macao/Taiwan: joint venture' },
  hmt_cooperative: { zh: '港澳台商投资：合作经营', en: 'HK/Macao/Taiwan: co-operative' },
  hmt_sole: { zh: '港澳台商投资：独资', en: 'HK/Macao/Taiwan: wholly owned' },
  hmt_joint_stock: { zh: '港澳台商投资：股份有限公司', en: 'HK/Macao/Taiwan: joint-stock' },
  hmt_other: { zh: '港澳台商投资：其他', en: 'HK/Macao/Taiwan: other' },
  foreign_joint_venture: { zh: '外商投资：中外合资经营', en: 'Foreign: equity joint venture' },
  foreign_cooperative: { zh: '外商投资：中外合作经营', en: 'Foreign: co-operative venture' },
  foreign_sole: { zh: '外商投资：外资企业', en: 'Foreign: wholly foreign-owned' },
  foreign_joint_stock: { zh: '外商投资：股份有限公司', en: 'Foreign: joint-stock' },
  foreign_other: { zh: '外商投资：其他', en: 'Foreign: other' },
};

/** 附件2 item 16: who controls the enterprise. */
export const SHAREHOLDER_TYPES = [
  'state',
  'collective',
  'private',
  'hmt',
  'foreign',
  'other',
] as const;
export type ShareholderType = (typeof SHAREHOLDER_TYPES)[number];

export const SHAREHOLDER_TYPE_LABELS: Record<ShareholderType, Localized> = {
  state: { zh: '国有控股', en: 'State-controlled' },
  collective: { zh: '集体控股', en: 'Collective-controlled' },
  private: { zh: '私人控股', en: 'Privately controlled' },
  hmt: { zh: '港澳台商控股', en: 'HK/Macao/Taiwan-controlled' },
  foreign: { zh: '外商控股', en: 'Foreign-controlled' },
  other: { zh: '其他', en: 'Other' },
};

/** 附件2 item 17: where the HQ itself (not a subsidiary) is listed. */
export const LISTING_VENUES = [
  'bse',
  'sse',
  'szse',
  'hkex',
  'nasdaq',
  'nyse',
  'other',
  'not_listed',
] as const;
export type ListingVenue = (typeof LISTING_VENUES)[number];

export const LISTING_VENUE_LABELS: Record<ListingVenue, Localized> = {
  bse: { zh: '北京证券交易所', en: 'Beijing Stock Exchange' },
  sse: { zh: '上海证券交易所', en: 'Shanghai Stock Exchange' },
  szse: { zh: '深圳证券交易所', en: 'Shenzhen Stock Exchange' },
  hkex: { zh: '香港联交所', en: 'Hong Kong Stock Exchange' },
  nasdaq: { zh: '纳斯达克交易所', en: 'NASDAQ' },
  nyse: { zh: '纽约证券交易所', en: 'New York Stock Exchange' },
  other: { zh: '其他交易所', en: 'Other exchange' },
  not_listed: { zh: '非上市企业', en: 'Not listed' },
};

/** 附件2 item 19: a Wenzhou branch or a controlled subsidiary. */
export const UNIT_KINDS = ['branch', 'subsidiary'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
