import type { Localized } from '../localized.ts';

/** A registration-management department (position 1) and the class codes (position 2) it may use. */
export interface UsccDepartment {
  code: string;
  name: Localized;
  classes: Readonly<Record<string, Localized>>;
}

const OTHER: Localized = { zh: '其他', en: 'other' };

/**
 * Position 1 and 2 codes of GB 32100-2015, with the departments added by later
 * national announcements (2-4, 6-8, A, N). Codes seen only in unofficial lists are left out.
 */
export const USCC_DEPARTMENTS: readonly UsccDepartment[] = [
  {
    code: '1',
    name: { zh: '机构编制', en: 'institutional establishment' },
    classes: {
      '1': { zh: '机关', en: 'government organ' },
      '2': { zh: '事业单位', en: 'public institution' },
      '3': {
        zh: '中央编办直接管理机构编制的群众团体',
        en: 'mass organisation staffed directly by the central establishment office',
      },
      '9': OTHER,
    },
  },
  {
    code: '2',
    name: { zh: '外交', en: 'foreign affairs' },
    classes: { '1': { zh: '外国常驻新闻机构', en: 'resident foreign news agency' }, '9': OTHER },
  },
  {
    code: '3',
    name: { zh: '司法行政', en: 'judicial administration' },
    classes: {
      '1': { zh: '律师执业机构', en: 'law firm' },
      '2': { zh: '公证处', en: 'notary office' },
      '3': { zh: '基层法律服务所', en: 'grassroots legal service office' },
      '4': { zh: '司法鉴定机构', en: 'forensic appraisal institution' },
      '5': { zh: '仲裁委员会', en: 'arbitration commission' },
      '9': OTHER,
    },
  },
  {
    code: '4',
    name: { zh: '文化', en: 'culture' },
    classes: {
      '1': { zh: '外国在华文化中心', en: 'foreign cultural centre in China' },
      '9': OTHER,
    },
  },
  {
    code: '5',
    name: { zh: '民政', en: 'civil affairs' },
    classes: {
      '1': { zh: '社会团体', en: 'social organisation' },
      '2': { zh: '民办非企业单位', en: 'private non-enterprise unit' },
      '3': { zh: '基金会', en: 'foundation' },
      '9': OTHER,
    },
  },
  {
    code: '6',
    name: { zh: '旅游', en: 'tourism' },
    classes: {
      '1': {
        zh: '外国旅游部门常驻代表机构',
        en: 'representative office of a foreign tourism body',
      },
      '2': {
        zh: '港澳台地区旅游部门常驻内地（大陆）代表机构',
        en: 'representative office of a Hong Kong, Macao or Taiwan tourism body',
      },
      '9': OTHER,
    },
  },
  {
    code: '7',
    name: { zh: '宗教', en: 'religious affairs' },
    classes: {
      '1': { zh: '宗教活动场所', en: 'venue for religious activities' },
      '2': { zh: '宗教院校', en: 'religious school' },
      '9': OTHER,
    },
  },
  {
    code: '8',
    name: { zh: '工会', en: 'trade union' },
    classes: { '1': { zh: '基层工会', en: 'grassroots trade union' }, '9': OTHER },
  },
  {
    code: '9',
    name: { zh: '市场监管（工商）', en: 'market regulation (industry and commerce)' },
    classes: {
      '1': { zh: '企业', en: 'enterprise' },
      '2': { zh: '个体工商户', en: 'individual business' },
      '3': { zh: '农民专业合作社', en: 'farmers’ specialised cooperative' },
    },
  },
  {
    code: 'A',
    name: { zh: '中央军委改革和编制办公室', en: 'CMC Reform and Organisation Office' },
    classes: { '1': { zh: '军队事业单位', en: 'military public institution' }, '9': OTHER },
  },
  {
    code: 'N',
    name: { zh: '农业', en: 'agriculture' },
    classes: {
      '1': { zh: '组级集体经济组织', en: 'group-level collective economic organisation' },
      '2': { zh: '村级集体经济组织', en: 'village-level collective economic organisation' },
      '3': { zh: '乡镇级集体经济组织', en: 'township-level collective economic organisation' },
      '9': OTHER,
    },
  },
  {
    code: 'Y',
    name: { zh: '其他', en: 'other' },
    classes: { '1': { zh: '不再细分机构类别', en: 'no further class' } },
  },
];

/**
 * Looks up a department by its position-1 code.
 * @example usccDepartment('9')?.classes['2']?.zh // '个体工商户'
 */
export function usccDepartment(code: string): UsccDepartment | undefined {
  return USCC_DEPARTMENTS.find((department) => department.code === code);
}
