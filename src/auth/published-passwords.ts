import { demoAccountList } from '../server/demo/accounts.ts';

/**
 * Passwords anyone can read: the demo accounts' (shown on the sign-in page and the start banner
 * of every demo server) and the examples of the API document and the guides. Compared without
 * regard to case, like the common ones.
 */
export const PUBLISHED_PASSWORDS: ReadonlySet<string> = new Set(
  [
    ...demoAccountList().map((account) => account.password),
    'Demo-Enterprise1#2025',
    'Hz-7q!rain-Ouhai',
    'Ruian-Tz#2025',
    'Ouhai-Check#2026',
    'Baizhang#2026-Wc',
  ].map((word) => word.toLowerCase()),
);

/**
 * True for a published password, or one that is only the demo pattern with another word
 * (`Demo-…#2025`), which a guesser tries right after the published ones.
 * @example isPublishedPassword('demo-admin#2025') // true
 */
export function isPublishedPassword(password: string): boolean {
  const lower = password.toLowerCase();
  return PUBLISHED_PASSWORDS.has(lower) || /^demo-[a-z0-9]+#20\d\d$/.test(lower);
}
