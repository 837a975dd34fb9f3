import { describe, expect, it } from 'vitest';
import { DEPARTMENTS } from '../actor.ts';
import {
  displayItemValue,
  itemAmount,
  ITEM_KEYS,
  ITEMS,
  parseItemValue,
} from './verification-items.ts';

describe('verification items (88号 五、2; 附件1 审核单位)', () => {
  it('gives each item its department, as docs/hq-procedure.md lists them', () => {
    const owner = Object.fromEntries(ITEM_KEYS.map((key) => [key, ITEMS[key].department]));
    expect(owner).toEqual({
      registration: 'market_supervision',
      credit: 'development_reform',
      revenue_2y: 'tax',
      contribution_2y: 'finance',
      rd_2y: 'tax',
      pension_payers: 'hr_social_security',
      tax_filers: 'hr_social_security',
      top500: 'investment_promotion',
      listings_3y: 'financial_regulation',
    });
    expect(new Set(Object.values(owner))).toEqual(new Set(DEPARTMENTS));
  });

  it('stores amounts in yuan, exactly, from the form’s units (D8)', () => {
    expect(parseItemValue('revenue_2y', '56.78')).toEqual({ ok: true, stored: '5678000000' });
    expect(parseItemValue('rd_2y', '12345.6789')).toEqual({ ok: true, stored: '123456789' });
    expect(parseItemValue('contribution_2y', '0.000000001')).toEqual({ ok: true, stored: '0.1' });
    expect(itemAmount('revenue_2y', '5678000000').toDecimal(2)).toBe('56.78');
    expect(displayItemValue('rd_2y', '123456789')).toBe('12345.6789 万元');
  });

  it('refuses what is not a value of the item', () => {
    expect(parseItemValue('revenue_2y', '-1').ok).toBe(false);
    expect(parseItemValue('revenue_2y', '1,000').ok).toBe(false);
    expect(parseItemValue('tax_filers', '1.5').ok).toBe(false);
    expect(parseItemValue('top500', 'world;fortune').ok).toBe(false);
    expect(parseItemValue('credit', 'maybe').ok).toBe(false);
    expect(parseItemValue('registration', '  ').ok).toBe(false);
  });

  it('reads and writes the credit answer in a person’s words', () => {
    expect(parseItemValue('credit', '已列入')).toEqual({ ok: true, stored: 'listed' });
    expect(parseItemValue('credit', '未列入严重失信名单')).toEqual({
      ok: true,
      stored: 'not_listed',
    });
    expect(displayItemValue('credit', 'listed')).toBe('已列入严重失信名单');
    const refused = parseItemValue('credit', 'maybe');
    expect(refused.ok === false && refused.message.zh).toBe(
      '应填写“未列入严重失信名单”或“已列入严重失信名单”（也可写“未列入”“已列入”）',
    );
  });

  it('writes top-500 lists in R7’s order without repeats', () => {
    expect(parseItemValue('top500', 'service；world;world')).toEqual({
      ok: true,
      stored: 'world;service',
    });
    expect(parseItemValue('top500', '')).toEqual({ ok: true, stored: '' });
  });
});
