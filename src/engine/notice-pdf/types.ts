/** How a paragraph's or a cell's lines sit between the margins. */
export type NoticeAlign = 'left' | 'center' | 'right' | 'justify';

/**
 * A paragraph of the body. A plain string is a justified paragraph with the usual two-character
 * first-line indent (首行缩进两字).
 */
export interface NoticeParagraph {
  kind: 'paragraph';
  text: string;
  /** Two-character first-line indent; true unless said otherwise. */
  indent?: boolean;
  align?: NoticeAlign;
  /** In the bold face, as a heading of a part of the body (一、二、…) is set. */
  bold?: boolean;
}

/** A column of a table: its heading, its share of the width and how its cells align. */
export interface NoticeColumn {
  title: string;
  /** Relative width: the columns share the text width in proportion (default 1). */
  width?: number;
  align?: 'left' | 'center' | 'right';
}

/**
 * A table. Its heading row is repeated on every page it runs over; a cell's text wraps within its
 * column.
 */
export interface NoticeTable {
  kind: 'table';
  /** A line above the table, centred in the bold face. */
  caption?: string;
  columns: readonly NoticeColumn[];
  /** One string per column in each row. */
  rows: readonly (readonly string[])[];
  /** Point size of the cells (default 12, 小四号). */
  fontSize?: number;
}

/** What a notice's body is made of, in order. */
export type NoticeBlock = string | NoticeParagraph | NoticeTable;

/** An attachment (附件): on a page of its own after the signature, with its own title. */
export interface NoticeAttachment {
  title: string;
  blocks: readonly NoticeBlock[];
}

/**
 * An official notice as laid out by GB/T 9704-2012: the issuing body's red letterhead, the
 * document number, the centred title, the addressees, the body, the closing, the issuing body and
 * date at the bottom right, then the attachments; page numbers `— 1 —` on every page.
 */
export interface Notice {
  /** The issuing body (发文机关), in the letterhead and the signature; the lead one of several. */
  issuer: string;
  /** Bodies issuing jointly with `issuer` (联合行文), after it in the letterhead and signature. */
  coIssuers?: readonly string[];
  title: string;
  /**
   * 发文字号, e.g. `温投促〔2026〕12号`, under the letterhead. Without it the notice is a draft and
   * says so: `草稿` on every page and in place of the number.
   */
  documentNumber?: string;
  /** 主送机关, e.g. `各县（市、区）人民政府`: under the title, flush left, ending in `：`. */
  addressees?: string;
  /** The red letterhead with the issuer's name; true unless said otherwise. */
  letterhead?: boolean;
  /** Printed at the top left of every page, e.g. `演示数据` for synthetic data. */
  mark?: string;
  /**
   * Terms of this notice never split across lines, e.g. `总部企业`, `饮用水水源地`: short ones
   * the word segmenter would cut (long names break between their words, as they may).
   */
  keepTogether?: readonly string[];
  body: readonly NoticeBlock[];
  /** A last paragraph after the body; the 附件说明 (from `attachments`) follows it. */
  closing?: string;
  /** The date of the notice, `YYYY-MM-DD`; printed `2026年11月22日`. */
  date: string;
  attachments?: readonly NoticeAttachment[];
}

/** A font file: OTF, TTF, WOFF or a collection (TTC, naming the face by its PostScript name). */
export interface NoticeFontFile {
  file: string;
  postscriptName?: string;
}

/** The regular and the bold face; both must cover the notice's characters. */
export interface NoticeFonts {
  regular: NoticeFontFile;
  bold: NoticeFontFile;
}
