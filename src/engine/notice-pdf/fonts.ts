import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { NoticeFonts } from './types.ts';

/**
 * Noto Sans Hans (SIL OFL 1.1) as shipped by the npm package `@embedpdf/fonts-sc`: full OpenType
 * files covering GB2312 and more, so a fresh `npm ci` is all a server needs to print Chinese.
 */
function packagedFonts(): NoticeFonts | null {
  try {
    // The package exports only its index; its fonts lie beside it.
    const index = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc');
    const dir = join(dirname(index), '..', 'fonts');
    const fonts = {
      regular: { file: join(dir, 'NotoSansHans-Regular.otf') },
      bold: { file: join(dir, 'NotoSansHans-Bold.otf') },
    };
    return existsSync(fonts.regular.file) && existsSync(fonts.bold.file) ? fonts : null;
  } catch {
    return null;
  }
}

/** Debian's CJK fonts (fonts-noto-cjk, fonts-wqy-microhei), for a machine without the package. */
const SYSTEM_FONTS: NoticeFonts[] = [
  {
    regular: {
      file: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
      postscriptName: 'NotoSerifCJKsc-Regular',
    },
    bold: {
      file: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc',
      postscriptName: 'NotoSerifCJKsc-Bold',
    },
  },
  {
    regular: {
      file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
      postscriptName: 'NotoSansCJKsc-Regular',
    },
    bold: {
      file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
      postscriptName: 'NotoSansCJKsc-Bold',
    },
  },
  {
    regular: {
      file: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
      postscriptName: 'WenQuanYiMicroHei',
    },
    bold: {
      file: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
      postscriptName: 'WenQuanYiMicroHei',
    },
  },
];

let found: NoticeFonts | null | undefined;

/**
 * The fonts notices are printed in: the packaged ones, else the first system CJK fonts found.
 * Throws when there are none, naming what to install.
 * @example noticeFonts().regular.file // '…/@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf'
 */
export function noticeFonts(): NoticeFonts {
  found ??=
    packagedFonts() ??
    SYSTEM_FONTS.find((f) => existsSync(f.regular.file) && existsSync(f.bold.file)) ??
    null;
  if (!found) {
    throw new Error(
      'no Chinese font for notices: run `npm ci` (package @embedpdf/fonts-sc) or install fonts-noto-cjk',
    );
  }
  return found;
}
