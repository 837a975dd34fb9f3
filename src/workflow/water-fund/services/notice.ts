import { eq } from 'drizzle-orm';
import { dec } from '../../../engine/exact/decimal.ts';
import { Exact } from '../../../engine/exact/exact.ts';
import { chineseDate, renderNoticePdf, type Notice } from '../../../engine/notice-pdf/index.ts';
import type { Database } from '../../../store/database.ts';
import { waterRun } from '../../../store/schema/water-fund.ts';
import type { Actor } from '../../actor.ts';
import { WorkflowError } from '../../hq-rating/errors.ts';
import { chinaDate, moment, type ServiceOptions } from '../../hq-rating/services/context.ts';
import { requireWaterReader } from '../permissions.ts';
import { dueOn } from '../year-machine.ts';
import { readYear } from './load.ts';

/** The notice's title for a year: the fund is handed down (下达) to the receivers. */
export const noticeTitle = (year: number) =>
  `关于下达${year}年度市级饮用水水源地生态保护补偿专项资金的通知`;
/**
 * The issuing bodies: natural resources allocates with finance (28号 第十五条), so it leads and
 * finance issues with it.
 */
const ISSUER = '温州市自然资源和规划局';
const CO_ISSUERS = ['温州市财政局'];
/** Names and terms of this notice that a line never splits. */
const KEEP_TOGETHER = [
  '饮用水水源地',
  '生态保护',
  '专项资金',
  '集雨区',
  '行政人口',
  '水域面积',
  '津补贴',
  '绩效自评',
];

/** Yuan with thousands separators for the printed table: `45,543,210.55`. */
function yuan(text: string): string {
  const [whole, fraction] = text.split('.');
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}

/** What the allocation notice says: the year, the approved run's allocations, its number and date. */
export interface AllocationNoticeInput {
  year: number;
  synthetic: boolean;
  allocations: readonly { county: string; base: string; reward: string; total: string }[];
  /** 发文字号 entered with the approval; null: a draft. */
  documentNumber: string | null;
  /** `YYYY-MM-DD`, China date of the approval. */
  date: string;
}

/**
 * The allocation notice (28号 第八条至第十条) as an official notice: the natural-resources bureau
 * with finance to the receivers' bureaus, the allocation table as its attachment.
 * @example allocationNotice({ year: 2026, synthetic: false, allocations, documentNumber: null, date: '2026-05-12' }).title
 * // '关于下达2026年度市级饮用水水源地生态保护补偿专项资金的通知'
 */
export function allocationNotice(input: AllocationNoticeInput): Notice {
  const { allocations } = input;
  const sum = (pick: (entry: (typeof allocations)[number]) => string) =>
    allocations.reduce((total, entry) => total.plus(dec(pick(entry))), Exact.ZERO).toDecimal(2);
  const tableTitle = `${input.year}年度市级饮用水水源地生态保护补偿专项资金分配表`;
  // 主送: the receivers' finance and natural-resources bureaus, the counterparts of the issuers.
  const receivers = allocations.map((entry) => entry.county).join('、');
  const notice: Notice = {
    issuer: ISSUER,
    coIssuers: CO_ISSUERS,
    ...(input.documentNumber ? { documentNumber: input.documentNumber } : {}),
    title: noticeTitle(input.year),
    addressees: `${receivers}财政局、自然资源和规划局`,
    keepTogether: KEEP_TOGETHER,
    ...(input.synthetic ? { mark: '演示数据' } : {}),
    body: [
      ...(input.synthetic
        ? [
            {
              kind: 'paragraph' as const,
              text: '（演示数据：本通知所列数据均为虚构，仅用于演示。）',
              bold: true,
            },
          ]
        : []),
      `依照《温州市级饮用水水源地生态保护补偿专项资金管理办法（2023—2025年）》（温政办函〔2023〕28号）第八条至第十条，现将${input.year}年度市级饮用水水源地生态保护补偿专项资金分配结果下达给你们（见附件）。` +
        '基础部分按一级水源保护区面积、集雨区面积（不含水域）、集雨区内行政人口数和水域面积四项因素，依次以5%、45%、30%、20%的权重分配；奖励部分按水源地生态保护年度考核结果，分A、B两组分配。',
      '请按照办法第十二条、第十三条所列的水源地生态保护事项统筹使用资金，不得用于与水源地生态环境保护无关的工作，不得用于发放个人津补贴。' +
        `年度结束后请开展绩效自评，并于${chineseDate(dueOn(input.year))}前将自评情况报市财政局备案（办法第十四条）。`,
    ],
    attachments: [
      {
        title: tableTitle,
        blocks: [
          { kind: 'paragraph', text: '单位：元', indent: false, align: 'right' },
          {
            kind: 'table',
            columns: [
              { title: '县（市、区）', width: 2 },
              { title: '基础部分', width: 3, align: 'right' },
              { title: '奖励部分', width: 3, align: 'right' },
              { title: '合计', width: 3, align: 'right' },
            ],
            rows: [
              ...allocations.map((entry) => [
                entry.county,
                yuan(entry.base),
                yuan(entry.reward),
                yuan(entry.total),
              ]),
              [
                '合计',
                yuan(sum((e) => e.base)),
                yuan(sum((e) => e.reward)),
                yuan(sum((e) => e.total)),
              ],
            ],
          },
        ],
      },
    ],
    date: input.date,
  };
  return notice;
}

/**
 * The allocation notice of an allocated year (W4-W6, 28号 第八条至第十条), as PDF: the receivers'
 * base, reward and total from the approved run, under the 发文字号 entered with the approval (none:
 * a draft). Synthetic years are marked 演示数据.
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
  const notice = allocationNotice({
    year: year.year,
    synthetic: year.synthetic,
    allocations: run.allocations,
    documentNumber: run.noticeDocumentNumber,
    // Dated the day the allocation was approved, not the day the notice is downloaded.
    date: run.approvedAt ? chinaDate(run.approvedAt) : moment(options).today,
  });
  const pdf = await renderNoticePdf(notice);
  return {
    pdf,
    fileName: `${noticeTitle(year.year)}${year.synthetic ? '（演示数据）' : ''}.pdf`,
  };
}
