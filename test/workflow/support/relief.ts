import type { Actor } from '../../../src/workflow/actor.ts';
import { residentIdCheckCharacter } from '../../../src/engine/privacy/resident-id.ts';

/** The people of the relief pilot in a test. */
export const medicalInsurance: Actor = {
  accountId: 'acc-relief-mi',
  role: 'relief_office',
  office: 'medical_insurance',
  displayName: '市医疗保障局',
};
export const civilAffairs: Actor = {
  accountId: 'acc-relief-ca',
  role: 'relief_office',
  office: 'civil_affairs',
  displayName: '市民政局',
};
export const charity: Actor = {
  accountId: 'acc-relief-cf',
  role: 'relief_office',
  office: 'charity_federation',
  displayName: '市慈善总会',
};
export const daxie: Actor = {
  accountId: 'acc-township-daxie',
  role: 'relief_township',
  jurisdiction: '文成县',
  township: '大峃镇',
  displayName: '文成县大峃镇工作人员',
};
export const luoyang: Actor = {
  accountId: 'acc-township-luoyang',
  role: 'relief_township',
  jurisdiction: '泰顺县',
  township: '罗阳镇',
  displayName: '泰顺县罗阳镇工作人员',
};

/**
 * A synthetic ID number that passes the check character: division 330399 is assigned to no county.
 * @example testId(1) // '330399198001010018'
 */
export function testId(n: number): string {
  const first17 = `33039919800101${String(n).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** A CSV file's bytes. */
export const csv = (text: string) => new TextEncoder().encode(text);
