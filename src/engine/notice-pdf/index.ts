export { chineseDate } from './chinese-date.ts';
export { noticeFonts } from './fonts.ts';
export { breakLines } from './line-break.ts';
export { renderNoticePdf, type RenderOptions } from './render.ts';
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
