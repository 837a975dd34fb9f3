import { createHash } from 'node:crypto';
import { chineseDate, renderNoticePdf, type Notice } from '../../../engine/notice-pdf/index.ts';
import type { Database } from '../../../store/database.ts';
import type { Actor } from '../../actor.ts';
import { getBatch, publishedList, type PublishedList } from './reads-batches.ts';

const ISSUER = '温州市投资促进局';
/** 主送机关: the bodies that run 初审 (88号 三) and the departments that verify, and the applicants. */
const ADDRESSEES = '各县（市、区）、温州海经区投促部门，市级有关部门，各有关企业';
/** Names and terms of this notice that a line never splits. */
const KEEP_TOGETHER = ['总部企业', '星级评定', '温州海经区', '投促部门', '公示公告', '工作日'];
const STAR_NAMES = ['—', '一星级', '二星级', '三星级', '四星级', '五星级'];
const SYNTHETIC_NOTE = '【演示数据】企业名称取自公开名单，各项数值均为虚构，不代表企业真实情况。';
const DEMO_SUFFIX = /[（(]演示数据[)）]/g;

/**
 * The publicity notice (公示) of a published list, as the city bureau issues it (88号 三、5): the
 * notice with its 发文字号 (none: a draft), then the list as its attachment. Synthetic data says
 * so on every page.
 * @example publicityNotice(list, 5, '温投促〔2026〕3号').title // '关于2025年度温州市总部企业星级评定结果的公示'
 */
export function publicityNotice(
  list: PublishedList,
  workingDays: number,
  documentNumber: string | null = null,
): Notice {
  const title = list.title.replace(DEMO_SUFFIX, '');
  const start = list.publicityStartsOn!;
  const end = list.publicityEndsOn!;
  const listTitle = `${list.year}年度温州市总部企业星级评定结果名单`;
  return {
    issuer: ISSUER,
    ...(documentNumber ? { documentNumber } : {}),
    title: `关于${title}结果的公示`,
    addressees: ADDRESSEES,
    keepTogether: KEEP_TOGETHER,
    ...(list.synthetic ? { mark: '演示数据' } : {}),
    body: [
      ...(list.synthetic ? [SYNTHETIC_NOTE] : []),
      // The steps of 88号 三 by the bodies it names: 初审 by the county and 海经区 offices, 复审 by
      // the bureau with the departments, 审定 by the leading group.
      `依照《温州市总部企业星级评定办法》（温政办〔2023〕88号）的规定，${list.year}年度温州市总部企业` +
        '星级评定已经企业申报，各县（市、区）、温州海经区投促部门初审，市投资促进局会同市级有关部门' +
        '复审，并经市投资促进工作领导小组审定。现将评定结果予以公示，名单见附件。',
      `公示时间：${chineseDate(start)}至${chineseDate(end)}（${workingDays}个工作日）。`,
      '公示期间，任何单位和个人对公示企业有异议的，可通过本系统“公示公告”页面提出，也可以书面形式' +
        '向温州市投资促进局反映，并写明理由。市投资促进局将会同有关部门复核。',
    ],
    date: start,
    attachments: [
      {
        title: listTitle,
        blocks: [
          {
            kind: 'table',
            columns: [
              { title: '序号', width: 1, align: 'center' },
              { title: '企业名称', width: 5.2 },
              { title: '所在地', width: 1.6, align: 'center' },
              { title: '星级', width: 1.6, align: 'center' },
            ],
            rows: list.entries.map((entry, i) => [
              String(i + 1),
              entry.name,
              entry.county,
              (STAR_NAMES[entry.stars] ?? String(entry.stars)) +
                (entry.status === 'revoked' ? '（已撤销）' : ''),
            ]),
          },
          {
            kind: 'paragraph',
            text: `注：名单按评定名次排列，依据第 ${list.runVersion} 版评定计算结果。`,
            indent: false,
            align: 'left',
          },
        ],
      },
    ],
  };
}

/** A PDF notice and the name to save it under. */
export interface NoticeFile {
  pdf: Uint8Array;
  fileName: string;
}

// Laying out a notice takes a few hundred milliseconds; the same list gives the same notice, so the
// last few are kept for the public route.
const recent = new Map<string, Uint8Array>();
const KEPT = 8;

/**
 * The publicity notice of a batch in publicity or final, as PDF; anyone may read it (the route
 * decides who asks). A batch not published is "not found".
 * @example (await publicityNoticePdf(db, null, { batchId })).fileName // '…结果公示.pdf'
 */
export async function publicityNoticePdf(
  db: Database,
  actor: Actor | null,
  input: { batchId: string },
): Promise<NoticeFile> {
  const list = await publishedList(db, actor, input);
  const batch = await getBatch(db, null, input);
  const notice = publicityNotice(list, batch.publicityWorkingDays, batch.publicityDocumentNumber);
  const key = createHash('sha256').update(JSON.stringify(notice)).digest('hex');
  let pdf = recent.get(key);
  if (!pdf) {
    pdf = await renderNoticePdf(notice);
    recent.set(key, pdf);
    if (recent.size > KEPT) recent.delete(recent.keys().next().value!);
  }
  const fileName = `${list.title.replace(DEMO_SUFFIX, '')}结果公示${list.synthetic ? '（演示数据）' : ''}.pdf`;
  return { pdf, fileName };
}
