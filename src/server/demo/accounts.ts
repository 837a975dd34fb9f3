import type { Jurisdiction } from '../../engine/china/jurisdictions.ts';
import type { Localized } from '../../engine/localized.ts';
import { demoBatch } from '../../methods/hq-star-rating/demo.ts';
import {
  DEPARTMENT_LABELS,
  DEPARTMENTS,
  ROLE_LABELS,
  type Department,
  type Role,
} from '../../workflow/actor.ts';

/** A demo account with its published password (演示账户). */
export interface DemoAccount {
  loginName: string;
  password: string;
  displayName: string;
  role: Role;
  jurisdiction?: Jurisdiction;
  department?: Department;
  enterpriseUscc?: string;
  /** What the account is for, for the start-up listing and the login page. */
  description: Localized;
}

/** Login-name slugs of the 13 jurisdictions, in the official order. */
const COUNTY_SLUGS: [Jurisdiction, string][] = [
  ['鹿城区', 'lucheng'],
  ['龙湾区', 'longwan'],
  ['瓯海区', 'ouhai'],
  ['洞头区', 'dongtou'],
  ['乐清市', 'yueqing'],
  ['瑞安市', 'ruian'],
  ['永嘉县', 'yongjia'],
  ['文成县', 'wencheng'],
  ['平阳县', 'pingyang'],
  ['泰顺县', 'taishun'],
  ['苍南县', 'cangnan'],
  ['龙港市', 'longgang'],
  ['温州海经区', 'haijing'],
];

const DEMO_ENTERPRISES = 3;

/**
 * A memorable password that follows the rules (upper, lower, digit, symbol, 10+ characters) and
 * differs per account. Demo passwords are published on purpose: never use demo mode with real data.
 * @example demoPassword('lucheng') // 'Demo-Lucheng#2025'
 */
export function demoPassword(slug: string): string {
  const word = slug
    .split(/[._-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
  return `Demo-${word}#2025`;
}

/**
 * The demo accounts, one or more for every role: three enterprises of the demo batch (the same
 * credit codes as `pingding demo hq-star-rating`), the 13 county offices, the 7 verifying
 * departments, the city bureau, a leading-group member and an administrator.
 * @example demoAccountList().find((a) => a.role === 'admin')?.loginName // 'admin'
 */
export function demoAccountList(): DemoAccount[] {
  const list: DemoAccount[] = [];
  const role = (r: Role) => ROLE_LABELS[r];
  demoBatch()
    .slice(0, DEMO_ENTERPRISES)
    .forEach((row, index) => {
      const slug = `enterprise${index + 1}`;
      list.push({
        loginName: slug,
        password: demoPassword(slug),
        displayName: row.name!,
        role: 'enterprise',
        enterpriseUscc: row.uscc!,
        description: {
          zh: `${role('enterprise').zh}：${row.name}（${row.county}）`,
          en: `${role('enterprise').en}: ${row.name} (${row.county})`,
        },
      });
    });
  for (const [jurisdiction, slug] of COUNTY_SLUGS) {
    list.push({
      loginName: `county.${slug}`,
      password: demoPassword(slug),
      displayName: `${jurisdiction}投资促进部门`,
      role: 'county_office',
      jurisdiction,
      description: {
        zh: `${role('county_office').zh}：${jurisdiction}`,
        en: `${role('county_office').en}: ${jurisdiction}`,
      },
    });
  }
  for (const department of DEPARTMENTS) {
    const slug = department.replace(/_/g, '-');
    list.push({
      loginName: `dept.${slug}`,
      password: demoPassword(slug),
      displayName: `温州市${DEPARTMENT_LABELS[department].zh}`,
      role: 'department',
      department,
      description: {
        zh: `${role('department').zh}：${DEPARTMENT_LABELS[department].zh}`,
        en: `${role('department').en}: ${DEPARTMENT_LABELS[department].en}`,
      },
    });
  }
  const city: [string, Role, string][] = [
    ['city.bureau', 'city_bureau', '温州市投资促进局'],
    ['leading.group', 'leading_group', '领导小组成员（演示）'],
    ['admin', 'admin', '系统管理员（演示）'],
  ];
  for (const [loginName, r, displayName] of city) {
    list.push({
      loginName,
      password: demoPassword(loginName),
      displayName,
      role: r,
      description: role(r),
    });
  }
  return list;
}
