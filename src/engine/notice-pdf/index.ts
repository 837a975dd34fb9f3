export { chineseDate } from './chinese-date.ts';
export { noticeFonts } from './fonts.ts';
export { breakLines, type BreakOptions } from './line-break.ts';
export { DRAFT_MARK, renderNoticePdf, type RenderOptions } from './render.ts';
export type {
  Notice,
  NoticeAlign,
  NoticeAttachment,
  NoticeBlock,
  NoticeColumn,
  NoticeFontFile,
  NoticeFonts,
  NoticeParagraph,
  NoticeTable,
} from './types.ts';
