import type { Jurisdiction } from '../../engine/china/jurisdictions.ts';
import type { Localized } from '../../engine/localized.ts';
import { demoBatch } from '../../methods/hq-star-rating/demo.ts';
import { RATED_DEMO_ENTERPRISES } from '../../workflow/hq-rating/demo-earlier.ts';
import {
  DEPARTMENT_LABELS,
  DEPARTMENTS,
  OFFICE_LABELS,
  RELIEF_OFFICES,
  ROLE_LABELS,
  WATER_OFFICES,
  type Department,
  type Office,
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
  office?: Office;
  township?: string;
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

/** 28号's receivers (W1) and the largest payer (W2): the counties that act in the water fund. */
const WATER_COUNTIES: Jurisdiction[] = ['瑞安市', '文成县', '泰顺县', '瓯海区', '鹿城区'];

/** Townships of two pilot counties (M2) whose workers visit warned families (M6). */
const RELIEF_TOWNSHIPS: [Jurisdiction, string, string][] = [
  ['文成县', '大峃镇', 'wencheng-daxie'],
  ['泰顺县', '罗阳镇', 'taishun-luoyang'],
];

const OFFICE_SLUGS: Record<Office, string> = {
  finance: 'finance',
  natural_resources: 'natural-resources',
  ecology_environment: 'ecology',
  water_resources: 'water-resources',
  public_security: 'public-security',
  development_reform: 'development-reform',
  medical_insurance: 'medical-insurance',
  civil_affairs: 'civil-affairs',
  charity_federation: 'charity',
};

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
 * credit codes as `pingding demo hq-star-rating`), three enterprises whose 2024 ratings are in
 * effect (five stars, three stars without own office, one star: every benefit journey), the 13
 * county offices, the 7 verifying departments, the city bureau, a leading-group member and an
 * administrator.
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
  list.push(...ratedEnterpriseAccounts());
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
  list.push(...waterAccounts(), ...reliefAccounts());
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

/**
 * enterprise4–6: the enterprises of the 2024 demo batch whose ratings are in effect (演示数据),
 * described with their stars so a visitor picks the journey they want.
 */
function ratedEnterpriseAccounts(): DemoAccount[] {
  const rows = demoBatch();
  const label = ROLE_LABELS.enterprise;
  return RATED_DEMO_ENTERPRISES.map((rated, index) => {
    const row = rows.find((r) => r.name === rated.name)!;
    const slug = `enterprise${DEMO_ENTERPRISES + index + 1}`;
    const office = rated.ownsOfficeProperty ? '' : '，在温无自有办公用房';
    const officeEn = rated.ownsOfficeProperty ? '' : ', no own office in Wenzhou';
    return {
      loginName: slug,
      password: demoPassword(slug),
      displayName: rated.name,
      role: 'enterprise',
      enterpriseUscc: row.uscc!,
      description: {
        zh: `${label.zh}：${rated.name}（${row.county}，2024 年度${rated.stars}星级${office}，演示数据）`,
        en: `${label.en}: ${rated.name} (${row.county}, ${rated.stars} stars in 2024${officeEn}, demo data)`,
      },
    };
  });
}

function slugOf(jurisdiction: Jurisdiction): string {
  return COUNTY_SLUGS.find(([name]) => name === jurisdiction)![1];
}

/** The six city offices of 28号 and the counties that pay or receive the fund. */
function waterAccounts(): DemoAccount[] {
  const list: DemoAccount[] = [];
  for (const office of WATER_OFFICES) {
    const slug = `water.${OFFICE_SLUGS[office]}`;
    list.push(officeAccount(slug, 'water_office', office));
  }
  for (const jurisdiction of WATER_COUNTIES) {
    const slug = `water.${slugOf(jurisdiction)}`;
    const label = ROLE_LABELS.water_county;
    list.push({
      loginName: slug,
      password: demoPassword(slug),
      displayName: `${jurisdiction}人民政府（财政局）`,
      role: 'water_county',
      jurisdiction,
      description: { zh: `${label.zh}：${jurisdiction}`, en: `${label.en}: ${jurisdiction}` },
    });
  }
  return list;
}

/** The three city offices of the 90号 pilot and township workers in two pilot counties. */
function reliefAccounts(): DemoAccount[] {
  const list: DemoAccount[] = [];
  for (const office of RELIEF_OFFICES) {
    const slug = `relief.${OFFICE_SLUGS[office]}`;
    list.push(officeAccount(slug, 'relief_office', office));
  }
  for (const [jurisdiction, township, slugPart] of RELIEF_TOWNSHIPS) {
    const slug = `township.${slugPart}`;
    const label = ROLE_LABELS.relief_township;
    list.push({
      loginName: slug,
      password: demoPassword(slug),
      displayName: `${jurisdiction}${township}工作人员（演示）`,
      role: 'relief_township',
      jurisdiction,
      township,
      description: {
        zh: `${label.zh}：${jurisdiction}${township}`,
        en: `${label.en}: ${jurisdiction} ${township}`,
      },
    });
  }
  return list;
}

function officeAccount(slug: string, role: Role, office: Office): DemoAccount {
  const label = ROLE_LABELS[role];
  return {
    loginName: slug,
    password: demoPassword(slug),
    displayName: OFFICE_LABELS[office].zh,
    role,
    office,
    description: {
      zh: `${label.zh}：${OFFICE_LABELS[office].zh}`,
      en: `${label.en}: ${OFFICE_LABELS[office].en}`,
    },
  };
}
