/** The two interface languages: Chinese first, English second. */
export type Lang = 'zh' | 'en';

/** A text in both interface languages. Every message a user can see is one of these. */
export interface Localized {
  zh: string;
  en: string;
}

/**
 * Picks the text for a language.
 * @example pick({ zh: '总分', en: 'Total' }, 'en') // 'Total'
 */
export function pick(text: Localized, lang: Lang): string {
  return text[lang];
}

/** Parses a `--lang` style option; anything but `en` means Chinese. */
export function parseLang(value: string | undefined): Lang {
  return value === 'en' ? 'en' : 'zh';
}
