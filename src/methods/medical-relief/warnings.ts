import { formatPercent } from '../../engine/exact/format.ts';
import type { Warning } from '../../engine/warning.ts';
import type { ReliefRun } from './relieve.ts';
import { parametersChangeIn } from './parameters.ts';

/** How many family ids a warning's message names before it says "and n more" (all are in `subjects`). */
const NAMED_IN_MESSAGE = 20;

/**
 * The warnings of a run, in this order: the parameters changing during the year (MD1), families
 * of other categories left out (MD4), families outside the pilot area relieved (M2), counties
 * below the participation target (M2), the pilot's relief above the year's funds (M4), and no
 * family relieved at all.
 * @example reliefWarnings(run).map((w) => w.code) // ['took_effect_during_year', 'outside_category']
 */
export function reliefWarnings(run: Omit<ReliefRun, 'warnings'>): Warning[] {
  const warnings: Warning[] = [];
  const { parameters, year } = run;

  const change = parametersChangeIn(year);
  if (change?.kind === 'took_effect') {
    warnings.push({
      code: 'took_effect_during_year',
      message: {
        zh: `90号自 ${change.effectiveFrom} 起施行，晚于 ${year} 年 1 月 1 日；按 MD1，化解按全年自负费用计算，如施行前的费用不应计入，请先从文件中扣除`,
        en: `90号 took effect on ${change.effectiveFrom}, after 1 January ${year}; by MD1 the relief is on the whole year's cost — if costs before that date should not count, deduct them in the file first`,
      },
      citation: { rule: 'MD1', article: '90号 末段（施行日期）' },
    });
  } else if (change?.kind === 'revised') {
    warnings.push({
      code: 'parameters_revised_during_year',
      message: {
        zh: `参数于 ${change.effectiveFrom} 修订，${year} 年度全年按年末有效的版本（${parameters.source}）计算`,
        en: `the parameters were revised on ${change.effectiveFrom}; the whole of ${year} is computed with the version in force at the year's end (${parameters.source})`,
      },
      citation: { rule: 'MD1', article: parameters.relief.citation.article },
    });
  }

  if (run.excluded.length > 0) {
    const ids = run.excluded.map((family) => family.familyId);
    const categories = [...new Set(run.excluded.map((family) => family.category))].sort(
      (a, b) => a - b,
    );
    const covered = parameters.coveredCategory.category;
    warnings.push({
      code: 'outside_category',
      message: {
        zh: `${ids.length} 户不属于相对低收入家庭第${covered === 2 ? '二' : ` ${covered} `}类（类别 ${categories.join('、')}），不在本办法化解范围内，未列入结果：${named(ids, 'zh')}`,
        en: `${ids.length} families are not in category ${covered} (categories ${categories.join(', ')}); this method does not relieve them and they are left out of the results: ${named(ids, 'en')}`,
      },
      citation: { rule: 'MD4, M1', article: parameters.coveredCategory.citation.article },
      subjects: ids,
      rows: rowsOf(run.excluded.map((family) => family.row)),
    });
  }

  for (const county of run.counties) {
    if (county.pilot) continue;
    const families = run.results.filter((result) => result.family.county === county.county);
    const ids = families.map((result) => result.family.familyId);
    warnings.push({
      code: 'outside_pilot',
      message: {
        zh: `${county.county}不在试点范围（${parameters.pilot.counties.join('、')}）内：90号允许其他县（市、区）参照执行，本次照常计算 ${ids.length} 户的化解金额（合计 ${county.relief.toDecimal(2)} 元），但市级共富基金专用于试点地区，请确认该地已参照执行并自筹资金：${named(ids, 'zh')}`,
        en: `${county.county} is outside the pilot area (${parameters.pilot.counties.join(', ')}): 90号 lets other counties follow, so the relief of its ${ids.length} families is computed as usual (${county.relief.toDecimal(2)} yuan in all), but the city's fund is for the pilot area only — confirm the county applies the method with its own funds: ${named(ids, 'en')}`,
      },
      citation: parameters.pilot.citation,
      subjects: ids,
      rows: rowsOf(families.map((result) => result.family.row)),
    });
  }

  const { targets } = parameters;
  for (const county of run.counties) {
    if (county.participation === null) continue;
    if (county.participation.compare(targets.participationMin) >= 0) continue;
    const rate = formatPercent(county.participation, 2);
    const target = formatPercent(targets.participationMin, 2);
    warnings.push({
      code: 'participation_below_target',
      message: {
        zh: `${county.county}本文件中第二类家庭成员参保率为 ${rate}（${county.insuredMembers}/${county.members}），低于 ${targets.byEndOf} 年底 ${target} 的目标`,
        en: `in ${county.county} the insurance participation of this file's category-2 family members is ${rate} (${county.insuredMembers}/${county.members}), below the target of ${target} by the end of ${targets.byEndOf}`,
      },
      citation: { rule: 'M2, M5', article: `${targets.citation.article}、三(一)` },
      subjects: [county.county],
    });
  }

  const { funding } = run;
  if (funding.exceeded) {
    warnings.push({
      code: 'funding_exceeded',
      message: {
        zh: `试点地区化解合计 ${funding.pilotRelief.toDecimal(2)} 元，超过本年度市级共富基金 ${funding.city.toDecimal(2)} 元与 1:1 地方配套 ${funding.localMatch.toDecimal(2)} 元之和 ${funding.available.toDecimal(2)} 元`,
        en: `the pilot area's relief of ${funding.pilotRelief.toDecimal(2)} yuan is more than the year's city fund of ${funding.city.toDecimal(2)} plus the 1:1 local match of ${funding.localMatch.toDecimal(2)}, ${funding.available.toDecimal(2)} yuan in all`,
      },
      citation: parameters.funding.citation,
    });
  }

  if (run.results.length === 0) {
    warnings.push({
      code: 'no_family_relieved',
      message: {
        zh: '文件中没有属于本办法化解范围的家庭',
        en: 'no family in the file is covered by this method',
      },
      citation: { rule: 'M1, MD4', article: parameters.coveredCategory.citation.article },
    });
  }
  return warnings;
}

function named(ids: readonly string[], lang: 'zh' | 'en'): string {
  const shown = ids.slice(0, NAMED_IN_MESSAGE);
  const more = ids.length - shown.length;
  if (lang === 'zh') return shown.join('、') + (more > 0 ? ` 等（另 ${more} 户）` : '');
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

function rowsOf(rows: (number | undefined)[]): number[] | undefined {
  const known = rows.filter((row): row is number => row !== undefined);
  return known.length > 0 ? known : undefined;
}
