import type { TFunction } from 'i18next';
import type { Lang } from '../shared.ts';
import {
  DEPARTMENT_LABELS,
  JURISDICTIONS,
  OFFICE_LABELS,
  pick,
  type Department,
  type Office,
  type Role,
} from '../shared.ts';

export interface Scoped {
  role: Role;
  jurisdiction?: string;
  department?: string;
  enterpriseUscc?: string;
  office?: string;
  township?: string;
}

/** What an account is limited to, in words: 辖区：瑞安市, 部门：税务部门, 统一社会信用代码：… */
export function describeScope(account: Scoped, t: TFunction, lang: Lang): string {
  if (account.jurisdiction) {
    const info = JURISDICTIONS.find((j) => j.name === account.jurisdiction);
    const name = lang === 'en' && info ? `${info.en} (${info.name})` : account.jurisdiction;
    const value = account.township ? `${name} ${account.township}` : name;
    return t('home.scopeJurisdiction', { value });
  }
  if (account.office) {
    const label = OFFICE_LABELS[account.office as Office] as
      (typeof OFFICE_LABELS)[Office] | undefined;
    return t('home.scopeDepartment', { value: label ? pick(label, lang) : account.office });
  }
  if (account.department) {
    const label = DEPARTMENT_LABELS[account.department as Department] as
      (typeof DEPARTMENT_LABELS)[Department] | undefined;
    return t('home.scopeDepartment', { value: label ? pick(label, lang) : account.department });
  }
  if (account.enterpriseUscc) return t('home.scopeEnterprise', { value: account.enterpriseUscc });
  return account.role === 'admin' ? t('home.scopeSystem') : t('home.scopeCity');
}
