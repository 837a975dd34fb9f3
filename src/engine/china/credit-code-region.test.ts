import { describe, expect, it } from 'vitest';
import { countyOfCreditCode, creditCodeCountyIssue } from './credit-code-region.ts';

describe('creditCodeCountyIssue', () => {
  it('accepts the county the code names, and refuses another, naming both', () => {
    expect(creditCodeCountyIssue('91330302MAR6FJP20Q', '鹿城区')).toBeNull();
    const issue = creditCodeCountyIssue('91330302MAR6FJP20Q', '瑞安市');
    expect(issue?.zh).toContain('鹿城区');
    expect(issue?.zh).toContain('瑞安市');
    expect(issue?.en).toContain('Lucheng');
  });

  it('accepts what the code cannot decide: city level, zones, outside Wenzhou, unknown codes', () => {
    for (const code of [
      '91330300MA07YARR9W',
      '91330371MA2AXXXXXX',
      '91330372MA2AXXXXXX',
      '91110000MA01234567',
      '91330399MA2AXXXXXX',
    ])
      expect(creditCodeCountyIssue(code, '龙湾区')).toBeNull();
  });

  it('accepts former and parent codes: 龙港 from 苍南, 洞头县, the 海经区 in 龙湾 and 洞头', () => {
    expect(creditCodeCountyIssue('91330327MA2AXXXXXX', '龙港市')).toBeNull();
    expect(creditCodeCountyIssue('91330322MA2AXXXXXX', '洞头区')).toBeNull();
    expect(creditCodeCountyIssue('91330303MA2AXXXXXX', '温州海经区')).toBeNull();
    expect(creditCodeCountyIssue('91330305MA2AXXXXXX', '温州海经区')).toBeNull();
    expect(creditCodeCountyIssue('91330383MA2AXXXXXX', '苍南县')).not.toBeNull();
    expect(creditCodeCountyIssue('91330381MA2AXXXXXX', '温州海经区')).not.toBeNull();
  });
});

describe('countyOfCreditCode', () => {
  it('reads the county of registration, the former 洞头县 as 洞头区', () => {
    expect(countyOfCreditCode('91330381MA2AXXXXXX')).toBe('瑞安市');
    expect(countyOfCreditCode('91330302MAR6FJP20Q')).toBe('鹿城区');
    expect(countyOfCreditCode('91330322MA2AXXXXXX')).toBe('洞头区');
    expect(countyOfCreditCode('91330327MA2AXXXXXX')).toBe('苍南县');
  });

  it('leaves undecided what the code cannot decide', () => {
    for (const code of ['91330300MA07YARR9W', '91330371MA2AXXXXXX', '91110000MA01234567', 'short'])
      expect(countyOfCreditCode(code)).toBeNull();
  });
});
