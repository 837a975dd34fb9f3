import type { Localized } from '../../engine/localized.ts';
import type { FactorKey, Receiver, ScoreKey } from './parameters.ts';

/** The method's name, as printed above every output. */
export const METHOD_TITLE: Localized = {
  zh: '温州市级饮用水水源地生态保护补偿专项资金分配',
  en: 'Wenzhou drinking-water-source eco-compensation fund allocation',
};

/** W5 (28号 第九条): the base factors as a reader knows them. */
export const FACTOR_LABELS: Record<FactorKey, Localized> = {
  primary_zone_area: { zh: '一级水源保护区面积', en: 'Primary protection zone area' },
  catchment_area: { zh: '集雨区面积（不含水域）', en: 'Catchment area (excluding water surface)' },
  population: { zh: '集雨区内行政人口数', en: 'Registered population in the catchment' },
  water_area: { zh: '水域面积', en: 'Water-surface area' },
};

/** W7 (28号 第十一条): the assessment items. */
export const SCORE_LABELS: Record<ScoreKey, Localized> = {
  water_quality: { zh: '入库支流断面水质', en: 'Water quality at inflow-tributary sections' },
  green_development: { zh: '绿色发展综合绩效', en: 'Green-development performance' },
  management: { zh: '水源地管理', en: 'Source management' },
  performance: { zh: '绩效评价', en: 'Performance evaluation' },
};

/** Units of the factor figures, in the reader's language. */
export const UNIT_LABELS: Record<string, Localized> = {
  'km²': { zh: '平方千米', en: 'km²' },
  人: { zh: '人', en: 'persons' },
};

/** English names of the receivers, for messages in English (the data keeps the Chinese name). */
export const RECEIVER_EN: Record<Receiver, string> = {
  瑞安市: "Rui'an City",
  文成县: 'Wencheng County',
  泰顺县: 'Taishun County',
  瓯海区: 'Ouhai District',
};

/** W6 (28号 第十条): the two assessment groups. */
export const GROUP_LABELS: Record<string, Localized> = {
  A: {
    zh: '考核A组（山区26县：文成、泰顺）',
    en: 'Group A (mountain-area counties: Wencheng, Taishun)',
  },
  B: { zh: '考核B组（瑞安、瓯海）', en: "Group B (Rui'an, Ouhai)" },
};

/** Ordinal place names in a reward group. */
export const PLACE_LABELS: Localized[] = [
  { zh: '第一名', en: 'first' },
  { zh: '第二名', en: 'second' },
  { zh: '第三名', en: 'third' },
];

/** Printed with every output made from a file whose note contains 演示数据. */
export const SYNTHETIC_NOTICE: Localized = {
  zh: '演示数据：本结果所用的因素数据和考核得分均为虚构，不代表任何县（市、区）的真实情况',
  en: 'Synthetic data (演示数据): the factor figures and assessment scores used here are invented and describe no real jurisdiction',
};
