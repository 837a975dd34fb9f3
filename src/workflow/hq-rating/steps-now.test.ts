import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../actor.ts';
import { batchStepsToday, itemStepsNow, stageAllows, stepsNow } from './steps-now.ts';

const as = (role: Role): Actor => ({ accountId: role, role, displayName: role });
const county = as('county_office');
const enterprise = as('enterprise');
const tax: Actor = { ...as('department'), department: 'tax' };

describe('the steps offered now', () => {
  it('offers the county no decision while the batch still takes applications', () => {
    const submitted = { state: 'submitted' as const, validUntil: null };
    expect(stepsNow({ ...submitted, batchState: 'open' }, county, '2026-03-03')).toEqual([]);
    expect(stepsNow({ ...submitted, batchState: 'review' }, county, '2026-03-09')).toEqual([
      'county_pass',
      'county_return',
      'county_reject',
    ]);
  });

  it('lets a returned application be resubmitted only until pre-review ends', () => {
    expect(stageAllows('resubmit', 'review')).toBe(true);
    expect(stageAllows('resubmit', 're_review')).toBe(false);
  });

  it('offers no claim or re-review once the rating has lapsed', () => {
    const final = {
      state: 'final' as const,
      validUntil: '2028-03-24',
      batchState: 'final' as const,
    };
    expect(stepsNow(final, enterprise, '2028-03-24')).toEqual([
      'claim_benefit',
      'request_re_review',
    ]);
    expect(stepsNow(final, enterprise, '2028-03-25')).toEqual([]);
  });

  it('offers a department nothing on the items of a rejected application or past re-review', () => {
    const inReReview = {
      state: 're_review' as const,
      validUntil: null,
      batchState: 're_review' as const,
    };
    expect(itemStepsNow('pending', inReReview, tax, '2026-03-10')).toEqual(['verify', 'correct']);
    expect(itemStepsNow('verified', inReReview, tax, '2026-03-10')).toEqual(['correct']);
    const rejected = { ...inReReview, state: 're_review_rejected' as const };
    expect(itemStepsNow('pending', rejected, tax, '2026-03-10')).toEqual([]);
    const rating = { ...inReReview, state: 'verified' as const, batchState: 'rating' as const };
    expect(itemStepsNow('verified', rating, tax, '2026-03-20')).toEqual([]);
  });
});

describe('a batch step offered today', () => {
  it('offers 公示期满，确认生效 only after the last day of publicity (88号 三、5)', () => {
    const batch = { publicityEndsOn: '2027-01-06' };
    expect(batchStepsToday(['finalize'], batch, '2026-12-28')).toEqual([]);
    expect(batchStepsToday(['finalize'], batch, '2027-01-06')).toEqual([]);
    expect(batchStepsToday(['finalize'], batch, '2027-01-07')).toEqual(['finalize']);
    expect(batchStepsToday(['open', 'edit'], { publicityEndsOn: null }, '2026-12-28')).toEqual([
      'open',
      'edit',
    ]);
  });
});
