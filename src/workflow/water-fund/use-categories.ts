import type { Localized } from '../../engine/localized.ts';

/** W8 (28号 第十二条): what the fund may be spent on; the balance on other source protection. */
export const USE_CATEGORIES = [
  'sewage_facilities',
  'refuse',
  'livestock',
  'shoreline',
  'aquatic_ecology',
  'monitoring_emergency',
  'online_monitoring',
  'protection_works',
  'villagers_medical_insurance',
  'hardship_relief',
  'village_collective_income',
  'village_rewards',
  'other_source_protection',
] as const;
export type UseCategory = (typeof USE_CATEGORIES)[number];

/** W8 (28号 第十三条): uses refused whatever the amount. */
export const FORBIDDEN_CATEGORIES = ['personal_allowance', 'unrelated'] as const;
export type ForbiddenCategory = (typeof FORBIDDEN_CATEGORIES)[number];

export const USE_CATEGORY_LABELS: Record<UseCategory | ForbiddenCategory, Localized> = {
  sewage_facilities: {
    zh: '污水处理设施运行维护及提标改造',
    en: 'Sewage facilities: operation and upgrade',
  },
  refuse: { zh: '垃圾收集处置', en: 'Refuse collection and disposal' },
  livestock: { zh: '畜禽养殖污染治理', en: 'Livestock management' },
  shoreline: { zh: '河岸（库岸）保护', en: 'Shoreline protection' },
  aquatic_ecology: { zh: '水生态保护修复', en: 'Aquatic ecology' },
  monitoring_emergency: {
    zh: '水质监测及应急处置',
    en: 'Water-quality monitoring and emergency response',
  },
  online_monitoring: { zh: '在线监测设施', en: 'Online monitoring facilities' },
  protection_works: { zh: '水源保护工程', en: 'Protection works' },
  villagers_medical_insurance: {
    zh: '村民基本医疗保险',
    en: "Villagers' basic medical insurance",
  },
  hardship_relief: { zh: '困难群众救助', en: 'Relief for people in hardship' },
  village_collective_income: {
    zh: '村集体经济收入补助',
    en: 'Village collective income subsidies',
  },
  village_rewards: { zh: '村级水源保护考核奖励', en: 'Village protection-assessment rewards' },
  other_source_protection: {
    zh: '其他水源地生态保护',
    en: 'Other source-protection ecology',
  },
  personal_allowance: {
    zh: '各类个人津补贴（禁止）',
    en: 'Personal allowances of any kind (forbidden)',
  },
  unrelated: {
    zh: '与水源地保护无关的支出（禁止）',
    en: 'Spending unrelated to source protection (forbidden)',
  },
};

export const isForbidden = (category: string): category is ForbiddenCategory =>
  (FORBIDDEN_CATEGORIES as readonly string[]).includes(category);
