import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InputError } from '../../../engine/input-issue.ts';
import {
  amountField,
  countField,
  countyField,
  dateField,
  emailField,
  industryCodeField,
  mobileField,
  parseInput,
  phoneField,
  usccField,
  wordsField,
} from './validation.ts';

const schema = z
  .object({
    uscc: usccField,
    industryCode: industryCodeField,
    contactPhone: phoneField,
    contactMobile: mobileField,
    contactEmail: emailField,
    registeredOn: dateField,
    county: countyField,
    reason: wordsField,
    registeredCapital: amountField('万元'),
    listings_3y: countField,
  })
  .strict();

const issuesOf = (input: unknown) => {
  try {
    parseInput(schema, input);
  } catch (error) {
    return (error as InputError).issues;
  }
  throw new Error('expected an InputError');
};

describe('parseInput', () => {
  it('names every bad field in both languages, with the check’s own message', () => {
    const issues = issuesOf({
      uscc: '91330300MA07YARR9X',
      industryCode: '39',
      contactPhone: '88888888',
      contactMobile: '1381234567',
      contactEmail: 'li@',
      registeredOn: '2025-13-01',
      county: '瑞安',
      reason: '   ',
      registeredCapital: '1,000',
      listings_3y: -1,
      extra: 1,
    });
    const byColumn = Object.fromEntries(issues.map((issue) => [issue.column ?? '', issue]));
    expect(byColumn.uscc!.message.zh).toBe(
      '1 统一社会信用代码：第 18 位（校验码）应为“W”，当前为“X”。代码中可能有字符抄错，请对照营业执照或登记证书核对。',
    );
    expect(byColumn.industryCode!.message.zh).toContain('13 行业代码：“39”是 2 位的大类代码');
    expect(byColumn.contactPhone!.message.zh).toContain('缺少区号');
    expect(byColumn.contactMobile!.message.en).toContain('10');
    expect(byColumn.contactEmail!.message.zh).toContain('11 联系人电子邮箱');
    expect(byColumn.registeredOn!.code).toBe('invalid_date');
    expect(byColumn.county!.message.zh).toContain('是否应为“瑞安市”');
    expect(byColumn.reason!.message.zh).toBe('理由：必须填写，不能为空');
    expect(byColumn.registeredCapital!.message.zh).toContain('以万元为单位');
    expect(byColumn.listings_3y!.message.zh).toBe('三年内上市数量：不能小于 0');
    expect(byColumn['']!.code).toBe('unrecognized_keys');
  });

  it('says a missing field is required', () => {
    const issues = issuesOf({});
    expect(issues.find((issue) => issue.column === 'uscc')!.message).toEqual({
      zh: '1 统一社会信用代码：必须填写',
      en: '1 unified social credit code: is required',
    });
  });

  it('returns the parsed values, amounts exact', () => {
    const value = parseInput(schema, {
      uscc: '91330300MA07YARR9W',
      industryCode: '3911',
      contactPhone: '0577-88888888',
      contactMobile: '13812345678',
      contactEmail: 'li@example.com',
      registeredOn: '2019-05-01',
      county: '瑞安市',
      reason: '理由',
      registeredCapital: '5000.5',
      listings_3y: '2',
    });
    expect(value.registeredCapital.toFraction()).toBe('10001/2');
    expect(value.listings_3y).toBe(2);
  });
});
