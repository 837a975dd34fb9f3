import { describe, expect, it } from 'vitest';
import { renderExplanation, type Explanation } from './explanation.ts';

const explanation: Explanation = {
  method: 'hq-star-rating',
  subject: { id: '91330302MAR6FJP20Q', name: '甲公司' },
  parameters: '温政办〔2023〕88号 (2023-12-19)',
  notice: { zh: '演示数据', en: 'Synthetic data' },
  steps: [
    {
      key: 'score',
      title: { zh: '得分', en: 'Score' },
      citation: { rule: 'R4', article: '88号 附件1 备注3' },
      values: [{ label: { zh: '最低值', en: 'Minimum' }, value: '1' }],
      formula: '(2 − 1) ÷ (3 − 1) × 30',
      result: '15.0000',
      note: { zh: '说明', en: 'Note' },
    },
  ],
};

describe('renderExplanation', () => {
  it('writes the notice, each step with its rule and article, the formula and the result', () => {
    const text = renderExplanation(explanation, 'zh');
    expect(text.split('\n')[0]).toBe('【演示数据】');
    expect(text).toContain('1. 得分  [R4 · 88号 附件1 备注3]');
    expect(text).toContain('   最低值: 1');
    expect(text).toContain('   (2 − 1) ÷ (3 − 1) × 30');
    expect(text).toContain('   = 15.0000');
  });

  it('speaks English when asked', () => {
    const text = renderExplanation(explanation, 'en');
    expect(text).toContain('Parameters: 温政办〔2023〕88号');
    expect(text).toContain('1. Score  [R4');
    expect(text).toContain('   Minimum: 1');
  });
});
