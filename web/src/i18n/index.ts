import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../shared.ts';
import { languageTag, storedLanguage, storeLanguage } from './language.ts';
import { en, zh } from './messages.ts';

export const resources = {
  zh: { translation: zh },
  en: { translation: en },
} as const;

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'zh',
  interpolation: { escapeValue: false }, // React escapes
});
applyLanguage(storedLanguage());
i18n.on('languageChanged', (lng) => applyLanguage(lng === 'en' ? 'en' : 'zh'));

/** What follows the language outside React: `<html lang>` (glyph choice, screen readers), dayjs. */
function applyLanguage(lang: Lang): void {
  document.documentElement.lang = languageTag(lang);
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
}

/** The interface language now in use. */
export function currentLanguage(): Lang {
  return i18n.language === 'en' ? 'en' : 'zh';
}

/** Switches the interface language and remembers it for the next visit. */
export async function changeLanguage(lang: Lang): Promise<void> {
  storeLanguage(lang);
  await i18n.changeLanguage(lang);
}

export default i18n;
