import { describe, expect, it } from 'vitest';
import { InputError } from '../../../engine/input-issue.ts';
import { demoForm } from '../demo-forms.ts';
import { demoRows } from '../demo-actors.ts';
import { completenessIssues, formColumns, formSchema, noListAnswers } from './application-form.ts';
import { parseInput } from './validation.ts';
import type { ApplicationRow } from './load.ts';

describe('the 附件2 form', () => {
  it('accepts every demo form', () => {
    for (const [index, row] of demoRows().entries()) {
      const { batchId: _b, uscc: _u, name: _n, county: _c, ...form } = demoForm('b', row, index);
      expect(() => parseInput(formSchema, form)).not.toThrow();
    }
  });

  it('stores amounts in yuan (D8)', () => {
    const columns = formColumns(
      parseInput(formSchema, {
        registeredCapital: '5000',
        figures: { revenue_2y: '56.78', rd_2y: '12345.6' },
      }),
    );
    expect(columns).toEqual({
      registeredCapitalYuan: '50000000',
      revenue2yYuan: '5678000000',
      rd2yYuan: '123456000',
    });
  });

  it('takes a holding share from 50 % to 100 % (控股 50% 以上 includes 50)', () => {
    const unit = (share: string) => ({
      subsidiaries: [
        { kind: 'subsidiary', name: '子', uscc: '91330300MA07YARR9W', holdingSharePercent: share },
      ],
    });
    expect(() => parseInput(formSchema, unit('50'))).not.toThrow();
    expect(() => parseInput(formSchema, unit('100'))).not.toThrow();
    for (const share of ['49.99', '100.01']) {
      expect(() => parseInput(formSchema, unit(share))).toThrow(InputError);
    }
  });

  it('lists every field a submission still lacks', () => {
    const empty = Object.fromEntries(
      Object.keys({ registeredCapitalYuan: 0, listingVenue: 0, revenue2yYuan: 0 }).map((k) => [
        k,
        null,
      ]),
    );
    const row = {
      ...empty,
      listingVenue: 'other',
      listingVenueOther: null,
    } as unknown as ApplicationRow;
    const columns = completenessIssues(row).map((issue) => issue.column);
    expect(columns).toContain('registeredCapital');
    expect(columns).toContain('figures.revenue_2y');
    expect(columns).toContain('listingVenueOther');
    expect(columns).not.toContain('listingVenue');
  });

  it('takes empty top-500 lists as "on no list", not as a gap', () => {
    const row = { top500LastYear: null, top5003y: null, listingVenue: 'none' };
    const columns = completenessIssues(row as unknown as ApplicationRow).map((i) => i.column);
    expect(columns).not.toContain('top500LastYear');
    expect(columns).not.toContain('figures.top500');
    expect(noListAnswers({ top500LastYear: null, top5003y: ['world'] })).toEqual({
      top500LastYear: [],
    });
  });
});
