import { Exact } from '../../engine/exact/exact.ts';
import { formatExact } from '../../engine/exact/format.ts';
import type { ExplanationStep } from '../../engine/explanation.ts';

const HUNDRED = Exact.of(100n);
const CITATION = { rule: 'R15', article: '88号 四、2' };

/**
 * 88号 四、2: a rent or purchase subsidy is a share, set by the local government, of the rent
 * actually paid in the rating year or of the purchase price. The share is in per cent; the
 * subsidy stays exact until it is rounded half up to the fen, once, at the end.
 * @example subsidyGranted(dec('360000'), dec('30')).grantedYuan // '108000.00'
 */
export function subsidyGranted(
  claimedYuan: Exact,
  sharePercent: Exact,
): { grantedYuan: string; steps: ExplanationStep[] } {
  const exact = claimedYuan.times(sharePercent).dividedBy(HUNDRED).reduced();
  const grantedYuan = exact.toDecimal(2);
  const claimed = formatExact(claimedYuan, 2);
  const share = formatExact(sharePercent, 2);
  return {
    grantedYuan,
    steps: [
      {
        key: 'claimed',
        title: {
          zh: '申领金额（实际支付的租金或成交金额）',
          en: 'Amount claimed (rent paid or price)',
        },
        citation: CITATION,
        result: `${claimed} 元`,
      },
      {
        key: 'share',
        title: { zh: '属地政府确定的补助比例', en: 'Share set by the local government' },
        citation: CITATION,
        result: `${share} %`,
      },
      {
        key: 'granted',
        title: { zh: '补助金额', en: 'Subsidy granted' },
        citation: CITATION,
        formula: `${claimed} × ${share} % = ${formatExact(exact, 6)}`,
        result: `${grantedYuan} 元`,
        exact: exact.toFraction(),
        note: {
          zh: '精确计算，最后一步四舍五入到分',
          en: 'exact, rounded half up to the fen once at the end',
        },
      },
    ],
  };
}
