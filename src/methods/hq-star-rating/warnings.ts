import type { Warning } from '../../engine/warning.ts';
import { INDICATOR_LABELS } from './indicators.ts';
import type { BatchRating, RatedEnterprise } from './rate.ts';

const STAR_NAMES_ZH = ['', '一星级', '二星级', '三星级', '四星级', '五星级'];

/**
 * The warnings a batch carries for the bureau and the leading group: indicators without spread
 * (D2), ties across a star edge (D1), enterprises left unscored (D5), an empty pool.
 * @example batchWarnings(rating).map((w) => w.code) // ['no_spread', 'boundary_tie']
 */
export function batchWarnings(rating: Omit<BatchRating, 'warnings'>): Warning[] {
  const warnings: Warning[] = [];
  const { pool, results, unscored, settings } = rating;

  if (!pool) {
    warnings.push({
      code: 'empty_pool',
      message: {
        zh: '本批次没有可计分的企业，无法计算最高值和最低值',
        en: 'no enterprise in this batch can be scored, so there is no min or max',
      },
      citation: { rule: 'D4', article: '88号 附件1 备注3' },
    });
  }

  for (const key of pool?.noSpread ?? []) {
    const label = INDICATOR_LABELS[key];
    const full = settings.noSpread === 'full_weight';
    warnings.push({
      code: 'no_spread',
      message: {
        zh: `所有参评企业的“${label.zh}”相同（最高值等于最低值），按 D2 设定每家企业该项得${full ? '满分' : '0 分'}`,
        en: `every rated enterprise has the same "${label.en}" (max = min); by D2 each gets ${full ? 'the full weight' : 'zero'}`,
      },
      citation: { rule: 'D2', article: '88号 附件1 备注3' },
      subjects: [key],
    });
  }

  for (const group of boundaryTieGroups(results)) {
    const first = group[0]!;
    const edge = first.boundaryTie!;
    const below = STAR_NAMES_ZH[edge.stars - 1] ?? '';
    warnings.push({
      code: 'boundary_tie',
      message: {
        zh: `第 ${first.rank} 名有 ${group.length} 家企业总分并列，跨越第 ${edge.lastRank} 名的${STAR_NAMES_ZH[edge.stars]}与${below}分界，按 D1 均评为${STAR_NAMES_ZH[first.stars]}，请领导小组审定时注意`,
        en: `${group.length} enterprises tie at rank ${first.rank}, across the ${edge.stars}-star edge after rank ${edge.lastRank}; by D1 all get ${first.stars} stars — for the leading group's attention`,
      },
      citation: { rule: 'D1', article: '88号 附件1 备注5' },
      subjects: group.map((result) => result.enterprise.uscc),
      rows: rowsOf(group.map((result) => result.enterprise.row)),
    });
  }

  if (unscored.length > 0) {
    warnings.push({
      code: 'unscored',
      message: {
        zh: `${unscored.length} 家企业因数据缺失或无效未计分，已逐一列明原因`,
        en: `${unscored.length} enterprises were not scored because of missing or invalid data; each is listed with its reason`,
      },
      citation: { rule: 'D5', article: '88号 附件1' },
      subjects: unscored.map((entry) => entry.enterprise.uscc),
      rows: rowsOf(unscored.map((entry) => entry.enterprise.row)),
    });
  }
  return warnings;
}

function boundaryTieGroups(results: readonly RatedEnterprise[]): RatedEnterprise[][] {
  const groups = new Map<number, RatedEnterprise[]>();
  for (const result of results) {
    if (!result.boundaryTie) continue;
    const group = groups.get(result.rank) ?? [];
    group.push(result);
    groups.set(result.rank, group);
  }
  return [...groups.values()];
}

function rowsOf(rows: (number | undefined)[]): number[] | undefined {
  const known = rows.filter((row): row is number => row !== undefined);
  return known.length > 0 ? known : undefined;
}
