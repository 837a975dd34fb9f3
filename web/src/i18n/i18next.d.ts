import 'i18next';
import type { zh } from './messages.ts';

// Typed keys: `t('login.title')` is checked against the Chinese texts by the compiler.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zh };
  }
}
