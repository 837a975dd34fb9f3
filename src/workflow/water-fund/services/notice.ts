import { eq } from 'drizzle-orm';
import { dec } from '../../../engine/exact/decimal.ts';
import { Exact } from '../../../engine/exact/exact.ts';
import { renderNoticePdf, type Notice } from '../../../engine/notice-pdf/index.ts';
import type { Database } from '../../../store/database.ts';
import { waterRun } from '../../../store/schema/water-fund.ts';
import type { Actor } from '../../actor.ts';
import { WorkflowError } from '../../hq-rating/errors.ts';
import { moment, type ServiceOptions } from '../../hq-rating/services/context.ts';
import { requireWaterReader } from '../permissions.ts';
import { readYear } from './load.ts';

export const NOTICE_TITLE = '温州市级饮用水水源地生态保护补偿资金分配通知';
const ISSUER = '温州市财政局 温州市自然资源和规划局';

/** Yuan with thousands separators for the printed table: `45,543,210.55`. */
function yuan(text: string): string {
  const [whole, fraction] = text.split('.');
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}

/**
 * The allocation notice of an allocated year (W4-W6, 28号 第八条至第十条), as PDF: the receivers'
 * base, reward and total from the approved run. Synthetic years are marked 演示数据.
 */
export async function allocationNoticePdf(
  db: Database,
  actor: Actor | null,
  input: { year: number },
  options?: ServiceOptions,
): Promise<{ pdf: Uint8Array; fileName: string }> {
  requireWaterReader(actor, { zh: '下载分配通知', en: 'download the allocation notice' });
  const year = await readYear(db, input.year);
  const [run] = year.approvedRunId
    ? await db.select().from(waterRun).where(eq(waterRun.id, year.approvedRunId))
    : [];
  if (!run) {
    throw new WorkflowError('conflict', 'not_allocated', {
      zh: `${year.year} 年度资金尚未审定分配，还没有分配通知`,
      en: `the ${year.year} fund has not been allocated yet: there is no notice`,
    });
  }
  const allocations = run.allocations;
  const sum = (pick: (entry: (typeof allocations)[number]) => string) =>
    allocations.reduce((total, entry) => total.plus(dec(pick(entry))), Exact.ZERO).toDecimal(2);
  const notice: Notice = {
    issuer: ISSUER,
    title: NOTICE_TITLE,
    ...(year.synthetic ? { mark: '演示数据' } : {}),
    body: [
      ...(year.synthetic
        ? [
            {
              kind: 'paragraph' as const,
              text: '（演示数据：本通知所列数据均为虚构，仅用于演示。）',
              bold: true,
            },
          ]
        : []),
      `根据《温州市级饮用水水源地生态保护补偿专项资金管理办法（2023—2025年）》（温政办函〔2023〕28号），现将 ${year.year} 年度市级饮用水水源地生态保护补偿资金分配如下：基础补偿按一级水源保护区面积、集雨区面积、集雨区内行政人口数和水域面积四项因素分配，奖励补偿按年度考核结果分组分配。`,
      {
        kind: 'table',
        caption: `${year.year} 年度资金分配表（单位：元）`,
        columns: [
          { title: '县（市、区）', width: 2 },
          { title: '基础补偿', width: 3, align: 'right' },
          { title: '奖励补偿', width: 3, align: 'right' },
          { title: '合计', width: 3, align: 'right' },
        ],
        rows: [
          ...run.allocations.map((entry) => [
            entry.county,
            yuan(entry.base),
            yuan(entry.reward),
            yuan(entry.total),
          ]),
          ['合计', yuan(sum((e) => e.base)), yuan(sum((e) => e.reward)), yuan(sum((e) => e.total))],
        ],
      },
      '请各地按照办法规定的使用范围安排资金，不得用于与水源地保护无关的支出，不得用于发放各类个人津补贴，并于次年3月底前将绩效自评情况报送市财政局。',
    ],
    date: moment(options).today,
  };
  const pdf = await renderNoticePdf(notice);
  return {
    pdf,
    fileName: `${year.year}年度${NOTICE_TITLE}${year.synthetic ? '（演示数据）' : ''}.pdf`,
  };
}
