import { Exact, lcm } from '../../engine/exact/exact.ts';
import { rankDescending } from '../../engine/ranking.ts';
import type { Warning } from '../../engine/warning.ts';
import { listingBonus, top500Bonus, type Top500Bonus } from './bonus.ts';
import { AMOUNT_KEYS, type EnterpriseFigures } from './enterprise.ts';
import type { EnterpriseSource } from './enterprise-columns.ts';
import {
  commonScoreDenominator,
  indicatorScorer,
  indicatorValues,
  type IndicatorValues,
  type UnscorableReason,
} from './indicators.ts';
import {
  INDICATOR_KEYS,
  ratingParameters,
  type IndicatorKey,
  type RatingParameters,
} from './parameters.ts';
import { DEFAULT_SETTINGS, type RatingSettings } from './settings.ts';
import { starsForRank, straddledEdge } from './stars.ts';
import { batchWarnings } from './warnings.ts';

/** One scored enterprise: its total, rank and stars. `breakdownOf` gives the steps behind them. */
export interface RatedEnterprise {
  /** Who it is, always at hand (the full figures are `enterprise`). */
  readonly uscc: string;
  readonly name: string;
  readonly county: string;
  readonly enterprise: EnterpriseFigures;
  total: Exact;
  rank: number;
  tiedWith: number;
  stars: number;
  /** D1: the star edge this enterprise's tie group straddles, if any. */
  boundaryTie: { lastRank: number; stars: number } | null;
}

/** Every intermediate value of one enterprise's total (R3-R9). */
export interface ScoreBreakdown {
  values: IndicatorValues;
  scores: Record<IndicatorKey, Exact>;
  base: Exact;
  top500: Top500Bonus;
  listing: Exact;
  bonus: Exact;
  total: Exact;
}

export interface UnscoredEnterprise {
  enterprise: EnterpriseFigures;
  reasons: UnscorableReason[];
}

/** The scoring pool's extremes per indicator (R4 with D4), and the indicators without spread (D2). */
export interface PoolStatistics {
  size: number;
  min: Record<IndicatorKey, Exact>;
  max: Record<IndicatorKey, Exact>;
  noSpread: IndicatorKey[];
}

export interface BatchRating {
  /** The batch year Y (D6: "last two years" = Y-2 and Y-1). */
  year: number;
  /** The date whose parameters apply. */
  date: string;
  parameters: RatingParameters;
  settings: RatingSettings;
  pool: PoolStatistics | null;
  /** In rank order, best first. */
  results: RatedEnterprise[];
  unscored: UnscoredEnterprise[];
  warnings: Warning[];
  /** The batch's scoring functions (R4 against this pool), for `breakdownOf`. */
  scorers: { key: IndicatorKey; score: (value: Exact) => Exact }[];
}

export interface RateOptions {
  /** The rating date: selects the parameters in force. */
  date: string;
  /** The batch year Y; defaults to the year of `date`. */
  year?: number;
  settings?: Partial<RatingSettings>;
}

/**
 * Rates a batch by 88号 附件1: indicator scores against the batch's min and max (R4, D4), bonus
 * (R7, R8), total (R9), competition ranks (D1) and stars (R10). Enterprises that cannot be scored
 * are listed with their reasons (D5) and take no part in min and max.
 * @example rateBatch(enterprises, { date: '2026-03-01' }).results[0].stars // 5
 */
export function rateBatch(enterprises: EnterpriseSource, options: RateOptions): BatchRating {
  const parameters = ratingParameters(options.date);
  const settings: RatingSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const year = options.year ?? Number(options.date.slice(0, 4));

  // Positions in `enterprises`, not the enterprises themselves: a large batch stays in columns.
  const scorable: number[] = [];
  const unscored: UnscoredEnterprise[] = [];
  const extremes = new PoolExtremes();
  for (let index = 0; index < enterprises.length; index++) {
    const enterprise = enterprises.at(index)!;
    const outcome = indicatorValues(enterprise);
    if (!outcome.ok) unscored.push({ enterprise, reasons: outcome.reasons });
    else {
      scorable.push(index);
      extremes.add(outcome.values);
    }
  }

  const pool = extremes.statistics();
  const scorers = pool ? batchScorers(pool, extremes, parameters, settings) : [];
  const totals: Exact[] = [];
  // Three arrays of strings, not an object per enterprise: a million fewer survivors to copy.
  const usccs: string[] = [];
  const names: string[] = [];
  const counties: string[] = [];
  for (const index of scorable) {
    const enterprise = enterprises.at(index)!;
    totals.push(breakdown(enterprise, scorers, parameters).total);
    usccs.push(enterprise.uscc);
    names.push(enterprise.name);
    counties.push(enterprise.county);
  }

  const bands = parameters.stars.bands;
  const { order, rank, tiedWith } = rankDescending(totals);
  const results: RatedEnterprise[] = Array.from(order, (position, place) => {
    const ranked = rank[place]!;
    const tied = tiedWith[place]!;
    const boundaryTie = tied > 1 ? straddledEdge(ranked, tied, bands) : null;
    const stars = starsForRank(ranked, bands);
    const standing = { total: totals[position]!, rank: ranked, tiedWith: tied, stars, boundaryTie };
    return new Result(
      enterprises,
      scorable[position]!,
      usccs[position]!,
      names[position]!,
      counties[position]!,
      standing,
    );
  });

  const rating = {
    year,
    date: options.date,
    parameters,
    settings,
    pool,
    results,
    unscored,
    scorers,
    warnings: [],
  };
  return { ...rating, warnings: batchWarnings(rating) };
}

/** A result that fetches its enterprise from the batch when asked, instead of holding a copy. */
class Result implements RatedEnterprise {
  readonly total: Exact;
  readonly rank: number;
  readonly tiedWith: number;
  readonly stars: number;
  readonly boundaryTie: { lastRank: number; stars: number } | null;

  constructor(
    private readonly source: EnterpriseSource,
    private readonly index: number,
    readonly uscc: string,
    readonly name: string,
    readonly county: string,
    place: Pick<RatedEnterprise, 'total' | 'rank' | 'tiedWith' | 'stars' | 'boundaryTie'>,
  ) {
    this.total = place.total;
    this.rank = place.rank;
    this.tiedWith = place.tiedWith;
    this.stars = place.stars;
    this.boundaryTie = place.boundaryTie;
  }

  get enterprise(): EnterpriseFigures {
    return this.source.at(this.index)!;
  }
}

/**
 * Every step of one rated enterprise's total, worked out again from the batch's scorers: the
 * same exact values the ranking used. Kept out of the results so a million-row batch stays small.
 * @example breakdownOf(rating, rating.results[0]).scores.revenue_2y.toDecimal(4)
 */
export function breakdownOf(rating: BatchRating, result: RatedEnterprise): ScoreBreakdown {
  return breakdown(result.enterprise, rating.scorers, rating.parameters);
}

function breakdown(
  enterprise: EnterpriseFigures,
  scorers: BatchRating['scorers'],
  parameters: RatingParameters,
): ScoreBreakdown {
  const outcome = indicatorValues(enterprise);
  if (!outcome.ok) throw new Error(`enterprise ${enterprise.uscc} is not scorable`);
  const values = outcome.values;
  const scores = {} as Record<IndicatorKey, Exact>;
  let base: Exact | undefined;
  for (const { key, score } of scorers) {
    scores[key] = score(values[key]);
    base = base ? base.plus(scores[key]) : scores[key];
  }
  const top500 = top500Bonus(enterprise.top500, parameters);
  const listing = listingBonus(enterprise.listings3y, parameters);
  const bonus = top500.points.plus(listing);
  base ??= Exact.ZERO;
  return { values, scores, base, top500, listing, bonus, total: base.plus(bonus) };
}

/**
 * R4 for this batch: one scoring function per indicator. The amount indicators share
 * denominators (D3), so their scores add up with integer operations.
 */
function batchScorers(
  pool: PoolStatistics,
  extremes: PoolExtremes,
  parameters: RatingParameters,
  settings: RatingSettings,
): BatchRating['scorers'] {
  const columns = AMOUNT_KEYS.map((key) => ({
    min: pool.min[key],
    max: pool.max[key],
    den: extremes.den[key],
  }));
  const common = commonScoreDenominator(columns);
  return parameters.indicators.map(({ key, weight }) => {
    const shared = isAmount(key) ? { value: extremes.den[key], score: common } : undefined;
    return {
      key,
      score: indicatorScorer(pool.min[key], pool.max[key], weight, settings.noSpread, shared),
    };
  });
}

function isAmount(key: IndicatorKey): boolean {
  return (AMOUNT_KEYS as readonly string[]).includes(key);
}

/** min and max of each indicator over the pool (R4, D4), and each amount column's common denominator. */
class PoolExtremes {
  size = 0;
  min = {} as Record<IndicatorKey, Exact>;
  max = {} as Record<IndicatorKey, Exact>;
  den = {} as Record<IndicatorKey, bigint>;

  add(values: IndicatorValues) {
    if (this.size++ === 0) {
      this.min = { ...values };
      this.max = { ...values };
      for (const key of AMOUNT_KEYS) this.den[key] = values[key].den;
      return;
    }
    for (const key of INDICATOR_KEYS) {
      const value = values[key];
      if (value.compare(this.min[key]) < 0) this.min[key] = value;
      else if (value.compare(this.max[key]) > 0) this.max[key] = value;
    }
    for (const key of AMOUNT_KEYS) {
      const den = values[key].den;
      if (den !== this.den[key] && this.den[key] % den !== 0n)
        this.den[key] = lcm([this.den[key], den]);
    }
  }

  statistics(): PoolStatistics | null {
    if (this.size === 0) return null;
    const noSpread = INDICATOR_KEYS.filter((key) => this.min[key].equals(this.max[key]));
    return { size: this.size, min: { ...this.min }, max: { ...this.max }, noSpread };
  }
}
