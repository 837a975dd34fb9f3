import { describe, expect, it } from 'vitest';
import { negotiateLang } from './lang.ts';

describe('negotiateLang', () => {
  it('is Chinese unless told otherwise', () => {
    expect(negotiateLang(undefined, undefined)).toBe('zh');
    expect(negotiateLang(undefined, 'fr-FR,de;q=0.5')).toBe('zh');
  });

  it('follows ?lang over the header', () => {
    expect(negotiateLang('en', 'zh-CN')).toBe('en');
    expect(negotiateLang('zh', 'en')).toBe('zh');
  });

  it('takes the most preferred of the languages it speaks', () => {
    expect(negotiateLang(undefined, 'en-GB,en;q=0.9,zh-CN;q=0.8')).toBe('en');
    expect(negotiateLang(undefined, 'fr;q=1,zh-TW;q=0.4,en;q=0.7')).toBe('en');
    expect(negotiateLang(undefined, 'en;q=0,zh')).toBe('zh');
  });
});
