import { z } from 'zod';
import { wholeNumber } from '../../engine/exact/schema.ts';
import { loadDatedParameters, versionInForce, type DatedVersion } from '../../engine/parameters.ts';
import type { Citation } from '../../engine/citation.ts';

/** The four base indicators of R3, in the order of 88号 附件1. */
export const INDICATOR_KEYS = ['revenue_2y', 'contribution_2y', 'rd_2y', 'pension_rate'] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

/** The five top-500 lists of R7, as written in the interchange file's `top500` column. */
export const TOP500_LISTS = ['world', 'china', 'private', 'manufacturing', 'service'] as const;
export type Top500List = (typeof TOP500_LISTS)[number];

const citation = { rule: z.string(), article: z.string() };

const parametersSchema = z.object({
  indicators: z
    .array(
      z.object({
        key: z.enum(INDICATOR_KEYS),
        weight: wholeNumber,
        unit: z.enum(['亿元', '万元', '%']),
        period: z.enum(['last_two_years', 'last_year']),
        verified_by: z.array(z.string()),
        ...citation,
      }),
    )
    .length(INDICATOR_KEYS.length),
  top500_bonus: z.object({
    ...citation,
    verified_by: z.array(z.string()),
    points: z.object(
      Object.fromEntries(TOP500_LISTS.map((list) => [list, wholeNumber])) as {
        [K in Top500List]: typeof wholeNumber;
      },
    ),
  }),
  listing_bonus: z.object({
    ...citation,
    verified_by: z.array(z.string()),
    points_each: wholeNumber,
  }),
  star_bands: z.object({
    ...citation,
    bands: z.array(z.object({ stars: wholeNumber, last_rank: wholeNumber.optional() })).min(1),
  }),
});

type RawParameters = z.infer<typeof parametersSchema>;

export interface IndicatorParameter {
  key: IndicatorKey;
  weight: number;
  unit: '亿元' | '万元' | '%';
  period: 'last_two_years' | 'last_year';
  verifiedBy: string[];
  citation: Citation;
}

/** The values of one dated version of 88号, as the formulas use them. */
export interface RatingParameters {
  source: string;
  effectiveFrom: string;
  indicators: IndicatorParameter[];
  top500: { points: Record<Top500List, number>; verifiedBy: string[]; citation: Citation };
  listing: { pointsEach: number; verifiedBy: string[]; citation: Citation };
  stars: { bands: { stars: number; lastRank?: number }[]; citation: Citation };
}

const versions: DatedVersion<RawParameters>[] = loadDatedParameters(
  new URL('./parameters.yaml', import.meta.url),
  parametersSchema,
);

/**
 * The parameters of 88号 in force on a date (the batch's rating date).
 * @example ratingParameters('2025-12-31').indicators[0].weight // 30
 */
export function ratingParameters(date: string): RatingParameters {
  const { values, source, effectiveFrom } = versionInForce(versions, date);
  return {
    source,
    effectiveFrom,
    indicators: INDICATOR_KEYS.map((key) => {
      const found = values.indicators.find((indicator) => indicator.key === key);
      if (!found) throw new Error(`parameters of ${source} lack indicator ${key}`);
      return {
        key,
        weight: found.weight,
        unit: found.unit,
        period: found.period,
        verifiedBy: found.verified_by,
        citation: { rule: found.rule, article: found.article },
      };
    }),
    top500: {
      points: values.top500_bonus.points,
      verifiedBy: values.top500_bonus.verified_by,
      citation: { rule: values.top500_bonus.rule, article: values.top500_bonus.article },
    },
    listing: {
      pointsEach: values.listing_bonus.points_each,
      verifiedBy: values.listing_bonus.verified_by,
      citation: { rule: values.listing_bonus.rule, article: values.listing_bonus.article },
    },
    stars: {
      bands: values.star_bands.bands.map((band) => ({
        stars: band.stars,
        lastRank: band.last_rank,
      })),
      citation: { rule: values.star_bands.rule, article: values.star_bands.article },
    },
  };
}
