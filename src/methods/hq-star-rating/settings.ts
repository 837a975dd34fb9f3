import { z } from 'zod';
import type { Citation } from '../../engine/citation.ts';
import type { Localized } from '../../engine/localized.ts';

/**
 * The batch settings where 88号 is silent (D1-D8). Each is a named, documented choice of the batch,
 * shown to the people who use it, so a bureau that decides otherwise changes a setting, not code.
 */
export const settingsSchema = z.object({
  /** D2: what an indicator scores when every rated enterprise has the same value. */
  noSpread: z.enum(['full_weight', 'zero']).default('full_weight'),
  /** D3: decimals shown on screen; exports carry `exportPlaces`. Ranking always uses exact values. */
  displayPlaces: z.number().int().min(0).max(8).default(2),
  exportPlaces: z.number().int().min(0).max(8).default(4),
  /** D7: length of the publicity period (公示) in Chinese working days. */
  publicityWorkingDays: z.number().int().min(1).max(60).default(7),
});

export type RatingSettings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: RatingSettings = settingsSchema.parse({});

/** What each decision means, for the settings screen and the explanations. */
export const DECISIONS: Record<
  'D1' | 'D2' | 'D3' | 'D4' | 'D5' | 'D6' | 'D7' | 'D8',
  { title: Localized; citation: Citation }
> = {
  D1: {
    title: {
      zh: '同分并列：并列者名次相同，跨星级边界的并列提请领导小组注意',
      en: 'Ties share a rank; ties across a star boundary are flagged',
    },
    citation: { rule: 'D1', article: '88号 附件1 备注5（未规定并列）' },
  },
  D2: {
    title: {
      zh: '指标无差异（最高值等于最低值）时的得分',
      en: 'Score of an indicator without spread (max = min)',
    },
    citation: { rule: 'D2', article: '88号 附件1 备注3（未规定）' },
  },
  D3: {
    title: { zh: '精确计算，显示时四舍五入', en: 'Exact arithmetic; rounded only for display' },
    citation: { rule: 'D3', article: '—' },
  },
  D4: {
    title: {
      zh: '最高值、最低值取自本批次通过复审的企业',
      en: 'Min and max over the enterprises that passed re-review',
    },
    citation: { rule: 'D4', article: '88号 附件1 备注3' },
  },
  D5: {
    title: {
      zh: '数据缺失或无效的企业不计分并列明原因',
      en: 'Enterprises with missing or invalid data are listed, not scored',
    },
    citation: { rule: 'D5', article: '—' },
  },
  D6: {
    title: {
      zh: '统计期间：近两年为 Y-2、Y-1 年，上年度为 Y-1 年，三年内为 Y-3 至 Y-1 年',
      en: 'Periods: last two years = Y-2 and Y-1; last year = Y-1; within three years = Y-3 to Y-1',
    },
    citation: { rule: 'D6', article: '88号 附件1' },
  },
  D7: {
    title: {
      zh: '公示期按法定工作日计算（含调休）',
      en: 'Publicity period in statutory working days (with adjusted days)',
    },
    citation: { rule: 'D7', article: '88号 三、5' },
  },
  D8: {
    title: {
      zh: '金额以元精确保存，表单与导入导出使用办法中的单位',
      en: 'Amounts kept exactly in yuan; forms and files use the method units',
    },
    citation: { rule: 'D8', article: '88号 附件1' },
  },
};
