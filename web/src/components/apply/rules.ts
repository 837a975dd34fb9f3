import type { Rule } from 'antd/es/form';
import { currentLanguage } from '../../i18n/index.ts';
import { checkUscc, pick, type Localized } from '../../shared.ts';
import { checkEmail, checkIndustryClassCode, checkMobile, checkPhone } from './domain.ts';

type Check = (value: string) => { ok: true } | { ok: false; message: Localized };

/** A form rule from one of the project's checks; empty values pass (a draft may be half done). */
export function checkRule(check: Check): Rule {
  return {
    validator: (_, value: unknown) => {
      if (value === undefined || value === null || value === '') return Promise.resolve();
      const result = check(String(value));
      return result.ok
        ? Promise.resolve()
        : Promise.reject(new Error(pick(result.message, currentLanguage())));
    },
  };
}

export const usccRule = checkRule(checkUscc);
export const industryCodeRule = checkRule(checkIndustryClassCode);
export const emailRule = checkRule(checkEmail);
export const phoneRule = checkRule(checkPhone);
export const mobileRule = checkRule(checkMobile);

/** A non-negative decimal in the field's unit, as text (amounts are never binary numbers, D8). */
export function amountRule(message: string): Rule {
  return {
    validator: (_, value: unknown) =>
      value === undefined || value === null || value === '' || /^\d+(\.\d+)?$/.test(String(value))
        ? Promise.resolve()
        : Promise.reject(new Error(message)),
  };
}

/** Credit codes are written in capitals without spaces. */
export const normalizeUscc = (value: string | undefined) =>
  (value ?? '').replace(/\s+/g, '').toUpperCase();
