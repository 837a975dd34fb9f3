import { describe, expect, it } from 'vitest';
import { checkIndustryClassCode, divisionOf } from './industry-code.ts';
import { INDUSTRY_DIVISIONS, INDUSTRY_SECTIONS } from './industry-divisions.ts';

function messageOf(code: string) {
  const result = checkIndustryClassCode(code);
  if (result.ok) throw new Error(`expected ${code} to fail`);
  return result;
}

describe('industry tables', () => {
  it('has 20 sections A-T and 97 divisions 01-97 in order', () => {
    expect(INDUSTRY_SECTIONS.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
    expect(INDUSTRY_DIVISIONS.map((d) => d.code)).toEqual(
      Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
  });

  it('keeps each section a contiguous run with the standard boundaries', () => {
    const first: Record<string, string> = {};
    for (const d of INDUSTRY_DIVISIONS) first[d.section] ??= d.code;
    expect(first).toEqual({
      A: '01',
      B: '06',
      C: '13',
      D: '44',
      E: '47',
      F: '51',
      G: '53',
      H: '61',
      I: '63',
      J: '66',
      K: '70',
      L: '71',
      M: '73',
      N: '76',
      O: '80',
      P: '83',
      Q: '84',
      R: '86',
      S: '91',
      T: '97',
    });
    const sections = INDUSTRY_DIVISIONS.map((d) => d.section);
    expect(sections).toEqual([...sections].sort());
  });

  it('uses the 2017 names where 2011 differed', () => {
    expect(divisionOf('05')?.division.zh).toBe('农、林、牧、渔专业及辅助性活动');
    expect(divisionOf('58')?.division.zh).toBe('多式联运和运输代理业');
    expect(divisionOf('79')?.division.zh).toBe('土地管理业');
  });
});

describe('checkIndustryClassCode', () => {
  it.each(['0111', '3911', '7010', '9700', '6513'])('accepts %s', (code) => {
    expect(checkIndustryClassCode(code)).toEqual({ ok: true });
  });

  it.each(['0011', '9800', '9911'])('rejects unknown division in %s', (code) => {
    const result = messageOf(code);
    expect(result.problem).toBe('division');
    expect(result.message.zh).toContain(`前两位“${code.slice(0, 2)}”`);
    expect(result.message.zh).toContain('01-97');
  });

  it('asks to drop a section letter', () => {
    expect(messageOf('C3911').message.zh).toBe('请去掉门类字母“C”，只填 4 位数字“3911”。');
  });

  it('explains division and group codes that are too coarse', () => {
    expect(messageOf('39').message.zh).toContain('2 位的大类代码');
    expect(messageOf('391').message.zh).toContain('3 位的中类代码');
    expect(messageOf('39110').message.zh).toContain('有 5 位数字');
  });

  it('rejects empty, full-width, padded and named input as format problems', () => {
    expect(messageOf('').message.zh).toContain('未填写');
    expect(messageOf('３９１１').message.zh).toContain('全角');
    expect(messageOf(' 3911').problem).toBe('format');
    expect(messageOf('制造业').message.zh).toContain('4 位数字');
    for (const code of ['', '39', '39.11']) {
      expect(messageOf(code).message.en).toContain('four-digit GB/T 4754-2017 class code');
    }
  });
});

describe('divisionOf', () => {
  it('labels a class with its section and division in both languages', () => {
    expect(divisionOf('3911')?.label).toEqual({
      zh: 'C 制造业 / 39 计算机、通信和其他电子设备制造业',
      en: 'C Manufacturing / 39 Manufacture of computers, communication and other electronic equipment',
    });
    expect(divisionOf('9700')?.section.code).toBe('T');
    expect(divisionOf('4411')?.section.zh).toBe('电力、热力、燃气及水生产和供应业');
  });

  it('is undefined for codes without a known division', () => {
    expect(divisionOf('98')).toBeUndefined();
    expect(divisionOf('C39')).toBeUndefined();
    expect(divisionOf('3')).toBeUndefined();
  });
});
