import type { Lang } from '../shared.ts';

/** Where the chosen interface language is kept between visits. */
export const LANGUAGE_STORAGE_KEY = 'pingding.lang';

/** The language stored by the switch; Chinese unless English was chosen. */
export function storedLanguage(): Lang {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh'; // storage disabled: Chinese, as for a first visit
  }
}

export function storeLanguage(lang: Lang): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // storage disabled: the choice lasts until the page is reloaded
  }
}

/** The BCP 47 tag for `<html lang>` and `Accept-Language`: zh-CN selects the simplified glyphs. */
export function languageTag(lang: Lang): string {
  return lang === 'en' ? 'en' : 'zh-CN';
}
