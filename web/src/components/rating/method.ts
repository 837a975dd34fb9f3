// The rating method itself, run in the browser: the same code the server runs (src/methods).
import { parseDecimal } from '../../../../src/engine/exact/decimal.ts';
import type { EnterpriseFigures } from '../../../../src/methods/hq-star-rating/enterprise.ts';
import {
  breakdownOf,
  rateBatch,
  type BatchRating,
  type RatedEnterprise,
  type ScoreBreakdown,
} from '../../../../src/methods/hq-star-rating/rate.ts';
import type { RatingSettings } from '../../../../src/methods/hq-star-rating/settings.ts';
import type { Run, RunInput } from './types.ts';

export type { BatchRating, RatedEnterprise, ScoreBreakdown };

const AMOUNTS = ['revenue_2y', 'contribution_2y', 'rd_2y'] as const;

/** A stored input as the method's figures (as the server's `figuresFromInput`). */
export function figuresOf(input: RunInput, row: number): EnterpriseFigures {
  const amounts = {} as EnterpriseFigures['amounts'];
  for (const key of AMOUNTS) {
    const text = input.amounts[key];
    amounts[key] = text === null ? null : parseDecimal(text);
  }
  return {
    uscc: input.uscc,
    name: input.name,
    county: input.county,
    amounts,
    pensionPayers: input.pensionPayers === null ? null : BigInt(input.pensionPayers),
    taxFilers: input.taxFilers === null ? null : BigInt(input.taxFilers),
    top500: input.top500,
    listings3y: input.listings3y,
    row,
  };
}

/** Rates a run's inputs again (optionally changed) with its rating date, year and settings. */
export function rateRun(
  run: Run,
  inputs: readonly RunInput[] = run.inputs,
  settings: Partial<RatingSettings> = {},
): BatchRating {
  const figures = inputs.map((input, index) => figuresOf(input, index + 1));
  return rateBatch(figures, {
    date: run.ratingDate,
    year: run.batchYear,
    settings: { ...run.settings, ...settings },
  });
}

/** The four scores and the bonus of each scored enterprise, by credit code. */
export function breakdowns(rating: BatchRating): Map<string, ScoreBreakdown> {
  return new Map(rating.results.map((r) => [r.uscc, breakdownOf(rating, r)]));
}

export const stars = (n: number): string => (n > 0 ? '★'.repeat(n) : '—');
