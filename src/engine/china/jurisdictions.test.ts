import { describe, expect, it } from 'vitest';
import {
  isJurisdiction,
  JURISDICTION_NAMES,
  JURISDICTIONS,
  jurisdictionInfo,
  jurisdictionIssue,
} from './jurisdictions.ts';

describe('jurisdictions', () => {
  it('lists the 13 in the customary order', () => {
    expect(JURISDICTION_NAMES).toEqual([
      '鹿城区',
      '龙湾区',
      '瓯海区',
      '洞头区',
      '乐清市',
      '瑞安市',
      '永嘉县',
      '文成县',
      '平阳县',
      '泰顺县',
      '苍南县',
      '龙港市',
      '温州海经区',
    ]);
    expect(JURISDICTIONS.map((j) => j.name)).toEqual(JURISDICTION_NAMES);
  });

  it('carries the GB/T 2260 codes, all under 3303 and unique; the zone has none', () => {
    expect(jurisdictionInfo('乐清市').divisionCode).toBe('330382');
    expect(jurisdictionInfo('瑞安市').divisionCode).toBe('330381');
    expect(jurisdictionInfo('龙港市').divisionCode).toBe('330383');
    expect(jurisdictionInfo('文成县').divisionCode).toBe('330328');
    expect(jurisdictionInfo('温州海经区').divisionCode).toBeNull();
    const codes = JURISDICTIONS.flatMap((j) => (j.divisionCode ? [j.divisionCode] : []));
    expect(codes).toHaveLength(12);
    expect(new Set(codes).size).toBe(12);
    for (const code of codes) expect(code).toMatch(/^3303\d{2}$/);
  });

  it('has English names', () => {
    expect(jurisdictionInfo('瑞安市').en).toBe("Rui'an City");
    expect(jurisdictionInfo('温州海经区').en).toBe(
      'Wenzhou Marine Economy Development Demonstration Zone',
    );
  });

  it('isJurisdiction wants the exact full name', () => {
    expect(isJurisdiction('鹿城区')).toBe(true);
    expect(isJurisdiction('温州海经区')).toBe(true);
    expect(isJurisdiction('鹿城')).toBe(false);
    expect(isJurisdiction('鹿城区 ')).toBe(false);
    expect(isJurisdiction('温州市')).toBe(false);
    expect(isJurisdiction('')).toBe(false);
  });
});

describe('jurisdictionIssue', () => {
  it('is null for a valid name', () => {
    expect(jurisdictionIssue('泰顺县')).toBeNull();
  });

  it('lists every allowed name', () => {
    const issue = jurisdictionIssue('杭州市');
    expect(issue?.zh).toContain('“杭州市”不是温州市的县级行政区名称');
    expect(issue?.zh).toContain(JURISDICTION_NAMES.join('、'));
    for (const j of JURISDICTIONS) expect(issue?.en).toContain(`${j.name} (${j.en})`);
  });

  it('suggests the full name for a short or padded form', () => {
    expect(jurisdictionIssue('瑞安')?.zh).toContain('是否应为“瑞安市”');
    expect(jurisdictionIssue('瑞安市 ')?.zh).toContain('是否应为“瑞安市”');
    expect(jurisdictionIssue('海经区')?.zh).toContain('是否应为“温州海经区”');
    expect(jurisdictionIssue('Lucheng')?.en).toContain("Did you mean '鹿城区'");
  });

  it('does not guess from vague input', () => {
    expect(jurisdictionIssue('龙')?.zh).not.toContain('是否应为');
    expect(jurisdictionIssue('温州')?.zh).not.toContain('是否应为');
    expect(jurisdictionIssue('温州市')?.zh).not.toContain('是否应为');
    expect(jurisdictionIssue('')?.zh).toContain('“（空）”');
  });
});
