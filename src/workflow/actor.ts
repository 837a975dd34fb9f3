import type { Jurisdiction } from '../engine/china/jurisdictions.ts';
import type { Localized } from '../engine/localized.ts';

/** The people of 88号 §3 and the system's own administrator (hq-star-rating.md, "roles"). */
export const ROLES = [
  'enterprise',
  'county_office',
  'department',
  'city_bureau',
  'leading_group',
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
 * Who is acting. Scope fields hold what the role is limited to: a county office its jurisdiction,
 * a department its department, an enterprise its credit code. The anonymous public has no actor.
 */
export interface Actor {
  accountId: string;
  role: Role;
  displayName: string;
  jurisdiction?: Jurisdiction;
  department?: Department;
  enterpriseUscc?: string;
}
