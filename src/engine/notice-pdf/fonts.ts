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

/**
 * Noto Serif CJK SC (SIL OFL 1.1, Debian's fonts-noto-cjk): a Song face, the nearest a freely
 * licensed font comes to the 仿宋 and 小标宋 of GB/T 9704 (no free 仿宋 covers simplified Chinese
 * in npm or Debian: fonts-cwtex-fs is a traditional-Chinese 仿宋). Preferred when installed.
 */
const SERIF: NoticeFonts = {
  regular: {
    file: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
    postscriptName: 'NotoSerifCJKsc-Regular',
  },
  bold: {
    file: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc',
    postscriptName: 'NotoSerifCJKsc-Bold',
  },
};

/** Debian's sans CJK fonts (fonts-noto-cjk, fonts-wqy-microhei), for a machine without the package. */
const SYSTEM_FONTS: NoticeFonts[] = [
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

const installed = (fonts: NoticeFonts) =>
  existsSync(fonts.regular.file) && existsSync(fonts.bold.file);

/**
 * The fonts notices are printed in: the Song face when installed, else the packaged sans, else
 * the first system CJK fonts found.
 * Throws when there are none, naming what to install.
 * @example noticeFonts().regular.file // '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'
 */
export function noticeFonts(): NoticeFonts {
  found ??=
    (installed(SERIF) ? SERIF : null) ?? packagedFonts() ?? SYSTEM_FONTS.find(installed) ?? null;
  if (!found) {
    throw new Error(
      'no Chinese font for notices: run `npm ci` (package @embedpdf/fonts-sc) or install fonts-noto-cjk',
    );
  }
  return found;
}
