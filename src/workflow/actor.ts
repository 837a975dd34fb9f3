import type { Jurisdiction } from '../engine/china/jurisdictions.ts';
import type { Localized } from '../engine/localized.ts';

/**
 * Who signs in: the people of 88号 §3 (hq-star-rating.md, "roles"), of 28号 (a city office of the
 * water fund, a county government paying or receiving it), of 90号 (a city office of the relief
 * pilot, a township worker who visits families), and the system's own administrator.
 */
export const ROLES = [
  'enterprise',
  'county_office',
  'department',
  'city_bureau',
  'leading_group',
  'water_office',
  'water_county',
  'relief_office',
  'relief_township',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/** The verifying departments of 88号 §5.2 and 附件1 审核单位. */
export const DEPARTMENTS = [
  'market_supervision',
  'financial_regulation',
  'tax',
  'finance',
  'development_reform',
  'hr_social_security',
  'investment_promotion',
] as const;
export type Department = (typeof DEPARTMENTS)[number];

export const ROLE_LABELS: Record<Role, Localized> = {
  enterprise: { zh: '企业', en: 'Enterprise' },
  county_office: { zh: '县级投促部门', en: 'County investment-promotion office' },
  department: { zh: '核实部门', en: 'Verifying department' },
  city_bureau: { zh: '市投资促进局', en: 'City investment-promotion bureau' },
  leading_group: { zh: '市投资促进工作领导小组', en: 'City investment-promotion leading group' },
  water_office: { zh: '水源地补偿市级部门', en: 'City office of the water-source fund' },
  water_county: { zh: '县级政府（水源地补偿）', en: 'County government (water-source fund)' },
  relief_office: { zh: '医保纾困市级部门', en: 'City office of the medical-relief pilot' },
  relief_township: { zh: '乡镇（街道）工作人员', en: 'Township worker' },
  admin: { zh: '系统管理员', en: 'Administrator' },
};

export const DEPARTMENT_LABELS: Record<Department, Localized> = {
  market_supervision: { zh: '市场监管部门', en: 'Market supervision' },
  financial_regulation: { zh: '地方金融监管部门', en: 'Local financial regulator' },
  tax: { zh: '税务部门', en: 'Tax' },
  finance: { zh: '财政部门', en: 'Finance' },
  development_reform: { zh: '发改部门', en: 'Development and reform' },
  hr_social_security: { zh: '人力社保部门', en: 'Human resources and social security' },
  investment_promotion: { zh: '投促部门', en: 'Investment promotion' },
};

/**
 * The city offices of 28号 (water-source-compensation.md, "who is involved"): the finance bureau
 * opens the year and keeps the ledger; natural resources runs the allocation; the others own
 * factor figures or scores (W5, W7). The development-and-reform commission publishes the county
 * high-quality development index that the green-development rate comes from.
 */
export const WATER_OFFICES = [
  'finance',
  'natural_resources',
  'ecology_environment',
  'water_resources',
  'public_security',
  'development_reform',
] as const;
export type WaterOffice = (typeof WATER_OFFICES)[number];

/**
 * The city offices of the 90号 pilot: medical insurance keeps families' costs and computes the
 * relief (M3), civil affairs decides who is in the second category (M1), the charity federation
 * holds the fund (M4).
 */
export const RELIEF_OFFICES = ['medical_insurance', 'civil_affairs', 'charity_federation'] as const;
export type ReliefOffice = (typeof RELIEF_OFFICES)[number];

export const OFFICES = [...WATER_OFFICES, ...RELIEF_OFFICES] as const;
export type Office = WaterOffice | ReliefOffice;

export const OFFICE_LABELS: Record<Office, Localized> = {
  finance: { zh: '市财政局', en: 'City finance bureau' },
  natural_resources: {
    zh: '市自然资源和规划局',
    en: 'City natural resources and planning bureau',
  },
  ecology_environment: { zh: '市生态环境局', en: 'City ecology and environment bureau' },
  water_resources: { zh: '市水利局', en: 'City water resources bureau' },
  public_security: { zh: '市公安局', en: 'City public security bureau' },
  development_reform: { zh: '市发展改革委', en: 'City development and reform commission' },
  medical_insurance: { zh: '市医疗保障局', en: 'City medical insurance bureau' },
  civil_affairs: { zh: '市民政局', en: 'City civil affairs bureau' },
  charity_federation: { zh: '市慈善总会', en: 'City charity federation' },
};

/** The offices a role may hold: a water office one of 28号's, a relief office one of 90号's. */
export const OFFICES_OF_ROLE: Partial<Record<Role, readonly Office[]>> = {
  water_office: WATER_OFFICES,
  relief_office: RELIEF_OFFICES,
};

/** A field of an account that limits what it reaches. */
export type ScopeField = 'jurisdiction' | 'department' | 'enterpriseUscc' | 'office' | 'township';

/**
 * The scope fields each role must fill in; every other scope field stays empty (the accounts
 * table checks the same, accounts_scope_matches_role).
 * @example SCOPE_FIELDS_OF_ROLE.relief_township // ['jurisdiction', 'township']
 */
export const SCOPE_FIELDS_OF_ROLE: Record<Role, readonly ScopeField[]> = {
  enterprise: ['enterpriseUscc'],
  county_office: ['jurisdiction'],
  department: ['department'],
  city_bureau: [],
  leading_group: [],
  water_office: ['office'],
  water_county: ['jurisdiction'],
  relief_office: ['office'],
  relief_township: ['jurisdiction', 'township'],
  admin: [],
};

/**
 * Who is acting. Scope fields hold what the role is limited to: a county office, a water county
 * or a township worker its jurisdiction (the worker also its township), a department its
 * department, an office its office, an enterprise its credit code. The anonymous public has no actor.
 */
export interface Actor {
  accountId: string;
  role: Role;
  displayName: string;
  jurisdiction?: Jurisdiction;
  department?: Department;
  enterpriseUscc?: string;
  /** water_office, relief_office: which city office. */
  office?: Office;
  /** relief_township: the township or street (乡镇、街道) within its jurisdiction. */
  township?: string;
}
