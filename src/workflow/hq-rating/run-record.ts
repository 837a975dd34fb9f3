import { parseDecimal } from '../../engine/exact/decimal.ts';
import {
  AMOUNT_KEYS,
  type AmountKey,
  type EnterpriseFigures,
} from '../../methods/hq-star-rating/enterprise.ts';
import type { Localized } from '../../engine/localized.ts';
import type { UnscorableReason } from '../../methods/hq-star-rating/indicators.ts';
import type { Top500List } from '../../methods/hq-star-rating/parameters.ts';
import type { BatchRating } from '../../methods/hq-star-rating/rate.ts';
import type { RatingSettings } from '../../methods/hq-star-rating/settings.ts';
import { decimalText } from './decimal-text.ts';

/**
 * A rating run as stored: JSON only, exact values as strings, so the run can be read back and
 * re-computed to the last digit years later.
 */

/** The settings a run was made with (settings.ts, D1-D8). */
export type RunSettings = RatingSettings;

/** One enterprise's figures as the run used them, amounts in the units of 88号 附件1. */
export interface RunInput {
  applicationId: string;
  uscc: string;
  name: string;
  county: string;
  /** Decimal text in 亿元 (revenue, contribution) or 万元 (R&D); null when missing (D5). */
  amounts: Record<AmountKey, string | null>;
  pensionPayers: string | null;
  taxFilers: string | null;
  top500: Top500List[];
  listings3y: number;
}

/** One scored enterprise. */
export interface RunResult {
  applicationId: string;
  uscc: string;
  name: string;
  county: string;
  /** The exact total as a fraction in lowest terms, e.g. `7/3`. */
  total: string;
  /** The total rounded half-up to four places (D3), for exports and the published list. */
  totalFixed: string;
  rank: number;
  tiedWith: number;
  stars: number;
  boundaryTie: { lastRank: number; stars: number } | null;
}

export interface RunUnscored {
  applicationId: string;
  uscc: string;
  name: string;
  county: string;
  reasons: (UnscorableReason | CreditListedReason)[];
}

/**
 * An enterprise the development-and-reform department found on the serious-dishonesty list
 * (严重失信名单) in re-review: 88号 五、3③ would withdraw its rating, so it is not rated in the
 * batch and is listed with this reason, like an unscorable one (D5), in no minimum or maximum.
 */
export interface CreditListedReason {
  code: 'credit_listed';
  field: 'credit';
  message: Localized;
}

export const CREDIT_LISTED: CreditListedReason & { citation: { rule: string; article: string } } = {
  code: 'credit_listed',
  field: 'credit',
  message: {
    zh: '发改部门核实已列入严重失信名单，按 88号 五、3③ 不参加本批次评定',
    en: 'found on the serious-dishonesty list by development and reform: not rated in this batch (88号 五、3③)',
  },
  citation: { rule: 'R14', article: '88号 五、3③' },
};

/**
 * The figures `rateBatch` takes, from a stored input. `row` carries the input's position so the
 * warnings can point at it.
 * @example figuresFromInput(run.inputs[0]).amounts.revenue_2y?.toDecimal(2) // '56.78'
 */
export function figuresFromInput(input: RunInput, position?: number): EnterpriseFigures {
  const amounts = {} as EnterpriseFigures['amounts'];
  for (const key of AMOUNT_KEYS) {
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
    ...(position === undefined ? {} : { row: position }),
  };
}

/**
 * The stored form of one enterprise's figures.
 * @example inputFromFigures('a1', figures).amounts.revenue_2y // '56.78'
 */
export function inputFromFigures(applicationId: string, figures: EnterpriseFigures): RunInput {
  const amounts = {} as RunInput['amounts'];
  for (const key of AMOUNT_KEYS) {
    const value = figures.amounts[key];
    amounts[key] = value === null ? null : decimalText(value);
  }
  return {
    applicationId,
    uscc: figures.uscc,
    name: figures.name,
    county: figures.county,
    amounts,
    pensionPayers: figures.pensionPayers === null ? null : figures.pensionPayers.toString(),
    taxFilers: figures.taxFilers === null ? null : figures.taxFilers.toString(),
    top500: [...figures.top500],
    listings3y: figures.listings3y,
  };
}

/**
 * The stored results and unscored of a rating, keyed back to applications by credit code.
 * @example runOutcome(rating, idByUscc).results[0].totalFixed // '98.1234'
 */
export function runOutcome(
  rating: BatchRating,
  applicationIdOf: ReadonlyMap<string, string>,
): { results: RunResult[]; unscored: RunUnscored[] } {
  const idOf = (uscc: string) => {
    const id = applicationIdOf.get(uscc);
    if (!id) throw new Error(`no application for ${uscc}`);
    return id;
  };
  return {
    results: rating.results.map((result) => ({
      applicationId: idOf(result.enterprise.uscc),
      uscc: result.enterprise.uscc,
      name: result.enterprise.name,
      county: result.enterprise.county,
      total: result.total.toFraction(),
      totalFixed: result.total.toDecimal(4),
      rank: result.rank,
      tiedWith: result.tiedWith,
      stars: result.stars,
      boundaryTie: result.boundaryTie,
    })),
    unscored: rating.unscored.map((entry) => ({
      applicationId: idOf(entry.enterprise.uscc),
      uscc: entry.enterprise.uscc,
      name: entry.enterprise.name,
      county: entry.enterprise.county,
      reasons: entry.reasons,
    })),
  };
}
