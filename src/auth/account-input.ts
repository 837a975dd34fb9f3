import {
  isJurisdiction,
  jurisdictionIssue,
  type Jurisdiction,
} from '../engine/china/jurisdictions.ts';
import { usccIssue } from '../engine/china/uscc.ts';
import { InputError, type InputIssue } from '../engine/input-issue.ts';
import type { Localized } from '../engine/localized.ts';
import {
  DEPARTMENTS,
  OFFICES_OF_ROLE,
  ROLE_LABELS,
  ROLES,
  SCOPE_FIELDS_OF_ROLE,
  type Department,
  type Office,
  type Role,
  type ScopeField,
} from '../workflow/actor.ts';
import { loginNameIssue, normalizeLoginName } from './login-name.ts';
import { passwordIssues } from './password-rules.ts';

/** A new account as an administrator fills it in. */
export interface NewAccount {
  loginName: string;
  displayName: string;
  role: Role;
  /** county_office only: one of Wenzhou's 13 jurisdictions. */
  jurisdiction?: string | null;
  /** department only. */
  department?: string | null;
  /** enterprise only: the unified social credit code. */
  enterpriseUscc?: string | null;
  /** water_office, relief_office only: one of the role's offices. */
  office?: string | null;
  /** relief_township only: the township or street. */
  township?: string | null;
  password: string;
}

/** A new account once checked: normalized, scope consistent with the role. */
export interface CheckedAccount {
  loginName: string;
  displayName: string;
  role: Role;
  jurisdiction: Jurisdiction | null;
  department: Department | null;
  enterpriseUscc: string | null;
  office: Office | null;
  township: string | null;
  password: string;
}

const SCOPE_KEYS: readonly ScopeField[] = [
  'jurisdiction',
  'department',
  'enterpriseUscc',
  'office',
  'township',
];

/**
 * Checks a new account and returns it normalized, or throws an InputError with every problem,
 * each naming its field: login name, display name, role, the scope the role needs (and no other),
 * password rules. Only demo accounts (`publishedPasswordAllowed`) may carry a published password.
 * @example checkNewAccount({ loginName: 'Ruian', displayName: '瑞安市投促局', role: 'county_office', jurisdiction: '瑞安市', password: '…' }).loginName // 'ruian'
 */
export function checkNewAccount(
  input: NewAccount,
  options: { publishedPasswordAllowed?: boolean } = {},
): CheckedAccount {
  const issues: InputIssue[] = [];
  const loginName = normalizeLoginName(input.loginName);
  const nameProblem = loginNameIssue(loginName);
  if (nameProblem) issues.push(nameProblem);
  const displayName = input.displayName.trim();
  if (displayName === '' || [...displayName].length > 100) {
    issues.push({
      column: 'displayName',
      code: 'display_name_length',
      message: { zh: '应为 1 至 100 个字符', en: 'must be 1 to 100 characters' },
    });
  }
  if (!(ROLES as readonly string[]).includes(input.role)) {
    issues.push({
      column: 'role',
      code: 'unknown_role',
      message: {
        zh: `应为以下之一：${ROLES.join('、')}`,
        en: `must be one of ${ROLES.join(', ')}`,
      },
    });
  }
  issues.push(...scopeIssues(input));
  issues.push(...passwordIssues(input.password, loginName, 'password', options));
  if (issues.length > 0) throw new InputError(issues);
  const scope = (key: ScopeField) =>
    SCOPE_FIELDS_OF_ROLE[input.role]?.includes(key) ? (input[key]?.trim() ?? null) : null;
  return {
    loginName,
    displayName,
    role: input.role,
    jurisdiction: scope('jurisdiction') as Jurisdiction | null,
    department: scope('department') as Department | null,
    enterpriseUscc: scope('enterpriseUscc'),
    office: scope('office') as Office | null,
    township: scope('township'),
    password: input.password,
  };
}

function scopeIssues(input: NewAccount): InputIssue[] {
  const issues: InputIssue[] = [];
  const needed = SCOPE_FIELDS_OF_ROLE[input.role] ?? [];
  const role = ROLE_LABELS[input.role] ?? { zh: input.role, en: input.role };
  for (const key of SCOPE_KEYS) {
    const value = input[key]?.trim() ?? '';
    if (!needed.includes(key)) {
      if (value !== '') issues.push(notForRole(key, role));
      continue;
    }
    if (value === '') {
      issues.push({ column: key, code: 'scope_required', message: required(role) });
      continue;
    }
    const problem = scopeValueProblem(key, value, input.role);
    if (problem) issues.push({ column: key, code: problem.code, message: problem.message });
  }
  return issues;
}

function scopeValueProblem(
  key: ScopeField,
  value: string,
  role: Role,
): { code: string; message: Localized } | null {
  if (key === 'township') {
    return [...value].length <= 50
      ? null
      : {
          code: 'township_length',
          message: { zh: '应不超过 50 个字符', en: 'must be at most 50 characters' },
        };
  }
  if (key === 'office') {
    const offices = OFFICES_OF_ROLE[role] ?? [];
    return (offices as readonly string[]).includes(value)
      ? null
      : {
          code: 'unknown_office',
          message: {
            zh: `应为以下之一：${offices.join('、')}`,
            en: `must be one of ${offices.join(', ')}`,
          },
        };
  }
  if (key === 'jurisdiction') {
    return isJurisdiction(value)
      ? null
      : { code: 'unknown_county', message: jurisdictionIssue(value)! };
  }
  if (key === 'department') {
    return (DEPARTMENTS as readonly string[]).includes(value)
      ? null
      : {
          code: 'unknown_department',
          message: {
            zh: `应为以下之一：${DEPARTMENTS.join('、')}`,
            en: `must be one of ${DEPARTMENTS.join(', ')}`,
          },
        };
  }
  const problem = usccIssue(value);
  return problem ? { code: problem.code, message: problem.message } : null;
}

function required(role: Localized): Localized {
  return { zh: `${role.zh}账户必须填写`, en: `is required for a ${role.en.toLowerCase()} account` };
}

function notForRole(key: ScopeField, role: Localized): InputIssue {
  return {
    column: key,
    code: 'scope_not_for_role',
    message: {
      zh: `${role.zh}账户不应填写此项`,
      en: `does not apply to a ${role.en.toLowerCase()} account; leave it empty`,
    },
  };
}
