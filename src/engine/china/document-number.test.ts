import { describe, expect, it } from 'vitest';
import { parseDocumentNumber } from './document-number.ts';

describe('parseDocumentNumber', () => {
  it('writes the year in 〔〕 and the serial without leading zeros', () => {
    expect(parseDocumentNumber('温投促〔2026〕3号')).toEqual({
      ok: true,
      value: '温投促〔2026〕3号',
    });
    expect(parseDocumentNumber(' 温投促[2026]03号 ')).toEqual({
      ok: true,
      value: '温投促〔2026〕3号',
    });
    expect(parseDocumentNumber('温自然资规（2026）12号')).toEqual({
      ok: true,
      value: '温自然资规〔2026〕12号',
    });
  });

  it('refuses what is not a document number, saying what is expected', () => {
    for (const text of ['', '2026-3', '温投促2026年3号', '〔2026〕3号']) {
      const result = parseDocumentNumber(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message.zh).toContain('温投促〔2026〕3号');
    }
  });
});
