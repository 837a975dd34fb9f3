import type { Lang } from '../engine/localized.ts';

/**
 * The reader's language: `?lang=en|zh` first, then the Accept-Language header by preference, and
 * Chinese when nothing says otherwise.
 * @example negotiateLang(undefined, 'en-GB,en;q=0.9,zh-CN;q=0.8') // 'en'
 * @example negotiateLang('zh', 'en') // 'zh'
 */
export function negotiateLang(query: string | undefined, acceptLanguage: string | undefined): Lang {
  if (query === 'en' || query === 'zh') return query;
  if (!acceptLanguage) return 'zh';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'zh';
}
