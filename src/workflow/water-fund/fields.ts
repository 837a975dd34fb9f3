import type { Localized } from '../../engine/localized.ts';
import type { WaterOffice } from '../actor.ts';

/**
 * The figures each receiver needs in a year, and the city office that reports each one:
 * the base factors of W5 (28号 第九条) and the assessment items of W7 (28号 第十一条). The
 * green-development item is reported as a rate (0-1); W7 multiplies it by 30.
 */
export const FIGURE_FIELDS = [
  'primary_zone_area',
  'catchment_area',
  'water_area',
  'population',
  'water_quality',
  'management',
  'performance',
  'green_rate',
] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];

export interface FieldSpec {
  field: FigureField;
  /** W5, W7: the office that owns (reports) the figure. */
  office: WaterOffice;
  label: Localized;
  /** Spreadsheet headers accepted besides the field name and the labels. */
  aliases: readonly string[];
  unit: Localized;
  /** Whole numbers only (population). */
  whole?: boolean;
  /** Upper bound, inclusive: the item's maximum (W7) or 1 for a rate. */
  max?: string;
  rule: string;
  article: string;
}

const KM2: Localized = { zh: '平方千米', en: 'km²' };
const POINTS: Localized = { zh: '分', en: 'points' };

export const FIELD_SPECS: readonly FieldSpec[] = [
  {
    field: 'primary_zone_area',
    office: 'ecology_environment',
    label: { zh: '一级保护区面积', en: 'Primary protection zone area' },
    aliases: ['一级水源保护区面积', '一级保护区面积（平方千米）'],
    unit: KM2,
    rule: 'W5',
    article: '28号 第九条',
  },
  {
    field: 'catchment_area',
    office: 'water_resources',
    label: { zh: '集雨区面积（不含水域）', en: 'Catchment area (excluding water surface)' },
    aliases: ['集雨区面积', '集雨面积'],
    unit: KM2,
    rule: 'W5',
    article: '28号 第九条',
  },
  {
    field: 'water_area',
    office: 'water_resources',
    label: { zh: '水域面积', en: 'Water-surface area' },
    aliases: ['水面面积'],
    unit: KM2,
    rule: 'W5',
    article: '28号 第九条',
  },
  {
    field: 'population',
    office: 'public_security',
    label: { zh: '集雨区内行政人口数', en: 'Registered population in the catchment' },
    aliases: ['人口', '行政人口数', '集雨区人口'],
    unit: { zh: '人', en: 'persons' },
    whole: true,
    rule: 'W5',
    article: '28号 第九条',
  },
  {
    field: 'water_quality',
    office: 'ecology_environment',
    label: { zh: '入库支流断面水质得分', en: 'Water quality at inflow-tributary sections' },
    aliases: ['水质', '水质得分', '入库支流断面水质'],
    unit: POINTS,
    max: '50',
    rule: 'W7',
    article: '28号 第十一条',
  },
  {
    field: 'management',
    office: 'ecology_environment',
    label: { zh: '水源地管理得分', en: 'Source management' },
    aliases: ['水源地管理', '管理得分'],
    unit: POINTS,
    max: '15',
    rule: 'W7',
    article: '28号 第十一条',
  },
  {
    field: 'performance',
    office: 'finance',
    label: { zh: '绩效评价得分', en: 'Performance evaluation' },
    aliases: ['绩效评价'],
    unit: POINTS,
    max: '5',
    rule: 'W7',
    article: '28号 第十一条',
  },
  {
    field: 'green_rate',
    office: 'development_reform',
    label: {
      zh: '绿色发展模块得分率',
      en: 'Green-development module score rate',
    },
    aliases: ['绿色发展得分率', '得分率'],
    unit: { zh: '比率（0-1）', en: 'rate (0-1)' },
    max: '1',
    rule: 'W7',
    article: '28号 第十一条',
  },
];

/** One field's spec. */
export function fieldSpec(field: FigureField): FieldSpec {
  return FIELD_SPECS.find((spec) => spec.field === field)!;
}

/** The fields an office reports (W5, W7); none for natural resources. */
export function fieldsOfOffice(office: string | undefined): FigureField[] {
  return FIELD_SPECS.filter((spec) => spec.office === office).map((spec) => spec.field);
}

/** The offices that own some field, in the order of FIELD_SPECS. */
export const FIGURE_OFFICES = [...new Set(FIELD_SPECS.map((spec) => spec.office))];
