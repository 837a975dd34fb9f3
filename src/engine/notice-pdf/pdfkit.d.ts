// The part of pdfkit 0.20 the notice layout uses (the package ships no declarations of its own).
declare module 'pdfkit' {
  import { Readable } from 'node:stream';

  interface PDFDocumentOptions {
    size?: string | [number, number];
    margins?: { top: number; bottom: number; left: number; right: number };
    autoFirstPage?: boolean;
    bufferPages?: boolean;
    compress?: boolean;
    lang?: string;
    displayTitle?: boolean;
    info?: {
      Title?: string;
      Author?: string;
      Subject?: string;
      Keywords?: string;
      Creator?: string;
      Producer?: string;
      CreationDate?: Date;
      ModDate?: Date;
    };
  }

  interface PDFTextOptions {
    lineBreak?: boolean;
    characterSpacing?: number;
    baseline?: 'alphabetic' | 'top' | 'middle' | 'bottom' | number;
    fill?: boolean;
    stroke?: boolean;
  }

  interface PDFPage {
    width: number;
    height: number;
  }

  export default class PDFDocument extends Readable {
    constructor(options?: PDFDocumentOptions);
    page: PDFPage;
    registerFont(name: string, src: string | Uint8Array, family?: string): this;
    font(name: string): this;
    fontSize(size: number): this;
    fillColor(color: string): this;
    strokeColor(color: string): this;
    lineWidth(width: number): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    rect(x: number, y: number, w: number, h: number): this;
    stroke(color?: string): this;
    save(): this;
    restore(): this;
    text(text: string, x: number, y: number, options?: PDFTextOptions): this;
    widthOfString(text: string, options?: PDFTextOptions): number;
    addPage(options?: PDFDocumentOptions): this;
    bufferedPageRange(): { start: number; count: number };
    switchToPage(index: number): this;
    end(): void;
  }
}
