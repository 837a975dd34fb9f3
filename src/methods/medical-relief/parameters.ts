import { z } from 'zod';
import type { Citation } from '../../engine/citation.ts';
import { isJurisdiction, type Jurisdiction } from '../../engine/china/jurisdictions.ts';
import { Exact } from '../../engine/exact/exact.ts';
import { exactDecimal, wholeNumber } from '../../engine/exact/schema.ts';
import type { Localized } from '../../engine/localized.ts';
import { loadDatedParameters, versionInForce, type DatedVersion } from '../../engine/parameters.ts';

const citation = { rule: z.string(), article: z.string() };
const county = z.string().refine(isJurisdiction, 'expected one of the 13 jurisdictions');
// Money is kept in fen (MD2): an amount with a third decimal would break the exact sums.
const yuan = exactDecimal.refine(
  (value) => !value.isNegative() && value.times(Exact.of(100n)).reduced().den === 1n,
  'expected an amount in yuan with at most 2 decimals',
);

const parametersSchema = z.object({
  covered_category: z.object({ category: wholeNumber, ...citation }),
  relief: z.object({ threshold: yuan, cap: yuan, ...citation }),
  warning_levels: z.object({
    watch_above: yuan,
    relief_due_above: yuan,
    ...citation,
  }),
  pilot: z.object({ from_year: wholeNumber, counties: z.array(county).min(1), ...citation }),
  funding: z.object({
    city_per_year: yuan,
    local_match_ratio: exactDecimal,
    ...citation,
  }),
  targets: z.object({
    by_end_of: wholeNumber,
    participation_min: exactDecimal,
    monitoring_min: exactDecimal,
    protection_rate_increase: exactDecimal,
    ...citation,
  }),
});

type RawParameters = z.infer<typeof parametersSchema>;

/** The values of one dated version of 90号, as the formulas use them. Amounts in yuan. */
export interface ReliefParameters {
  source: string;
  effectiveFrom: string;
  /** M1, MD4: the one category this method relieves. */
  coveredCategory: { category: number; citation: Citation };
  /** M3: relieved = the part above `threshold`, at most `cap`, per family and calendar year (MD1). */
  relief: { threshold: Exact; cap: Exact; citation: Citation };
  /** MD3 defaults: strictly above these a family is "watch" or "relief due". */
  warningLevels: { watchAbove: Exact; reliefDueAbove: Exact; citation: Citation };
  /** M2: the pilot counties and the first pilot year. */
  pilot: { fromYear: number; counties: Jurisdiction[]; citation: Citation };
  /** M4: the city's yearly fund for the pilot counties and the local match, as a ratio to it. */
  funding: { cityPerYear: Exact; localMatchRatio: Exact; citation: Citation };
  /** M2: targets by the end of `byEndOf`, as fractions (0.995 = 99.5 %). */
  targets: {
    byEndOf: number;
    participationMin: Exact;
    monitoringMin: Exact;
    protectionRateIncrease: Exact;
    citation: Citation;
  };
}

const versions: DatedVersion<RawParameters>[] = loadDatedParameters(
  new URL('./parameters.yaml', import.meta.url),
  parametersSchema,
);

/**
 * The date whose parameters govern a relief year: its last day. Relief is settled once the year's
 * costs are known (MD1), so a revision during the year applies to the whole year; a warning says so.
 * @example parametersDateOf(2024) // '2024-12-31'
 */
export function parametersDateOf(year: number): string {
  return `${String(year).padStart(4, '0')}-12-31`;
}

/**
 * Why a relief year cannot be computed, or null: before the pilot's first year (M2: from 2024), or
 * a year that ends before any parameters take effect.
 * @example yearIssue(2023)?.code // 'year_before_pilot'
 * @example yearIssue(2024) // null
 */
export function yearIssue(year: number): { code: string; message: Localized } | null {
  const first = versions[0]!;
  const fromYear = first.values.pilot.from_year;
  if (year < fromYear) {
    return {
      code: 'year_before_pilot',
      message: {
        zh: `--year ${year}：温政办〔2023〕90号的试点自 ${fromYear} 年开始（M2，90号 一），自 ${first.effectiveFrom} 起施行，不能按该办法计算 ${year} 年度的化解金额`,
        en: `--year ${year}: the pilot of 温政办〔2023〕90号 starts in ${fromYear} (M2, 90号 一) and takes effect on ${first.effectiveFrom}; relief for ${year} cannot be computed by it`,
      },
    };
  }
  if (parametersDateOf(year) < first.effectiveFrom) {
    return {
      code: 'year_before_parameters',
      message: {
        zh: `--year ${year}：该年度结束时办法尚未施行（参数自 ${first.effectiveFrom} 起施行）`,
        en: `--year ${year}: the method was not yet in force by the end of that year (parameters take effect on ${first.effectiveFrom})`,
      },
    };
  }
  return null;
}

/**
 * The parameters of 90号 for a relief year: the version in force on its last day.
 * @throws NoParametersError for a year that ends before the first version (see {@link yearIssue})
 * @example reliefParameters(2024).relief.cap.toDecimal(2) // '100000.00'
 */
export function reliefParameters(year: number): ReliefParameters {
  return fromRaw(versionInForce(versions, parametersDateOf(year)));
}

/**
 * How the parameters changed during a relief year: `took_effect` when 90号 came into force after
 * 1 January (2024: on 1 February), `revised` when another version was in force on 1 January.
 * @example parametersChangeIn(2024) // { kind: 'took_effect', effectiveFrom: '2024-02-01' }
 * @example parametersChangeIn(2025) // null
 */
export function parametersChangeIn(
  year: number,
): { kind: 'took_effect' | 'revised'; effectiveFrom: string } | null {
  const atEnd = versionInForce(versions, parametersDateOf(year));
  const firstDay = `${String(year).padStart(4, '0')}-01-01`;
  const atStart = versions.filter((version) => version.effectiveFrom <= firstDay).at(-1);
  if (atStart === atEnd) return null;
  return { kind: atStart ? 'revised' : 'took_effect', effectiveFrom: atEnd.effectiveFrom };
}

function fromRaw({ values, source, effectiveFrom }: DatedVersion<RawParameters>): ReliefParameters {
  const cite = (part: { rule: string; article: string }): Citation => ({
    rule: part.rule,
    article: part.article,
  });
  return {
    source,
    effectiveFrom,
    coveredCategory: {
      category: values.covered_category.category,
      citation: cite(values.covered_category),
    },
    relief: {
      threshold: values.relief.threshold,
      cap: values.relief.cap,
      citation: cite(values.relief),
    },
    warningLevels: {
      watchAbove: values.warning_levels.watch_above,
      reliefDueAbove: values.warning_levels.relief_due_above,
      citation: cite(values.warning_levels),
    },
    pilot: {
      fromYear: values.pilot.from_year,
      counties: values.pilot.counties as Jurisdiction[],
      citation: cite(values.pilot),
    },
    funding: {
      cityPerYear: values.funding.city_per_year,
      localMatchRatio: values.funding.local_match_ratio,
      citation: cite(values.funding),
    },
    targets: {
      byEndOf: values.targets.by_end_of,
      participationMin: values.targets.participation_min,
      monitoringMin: values.targets.monitoring_min,
      protectionRateIncrease: values.targets.protection_rate_increase,
      citation: cite(values.targets),
    },
  };
}
