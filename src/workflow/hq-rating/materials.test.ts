import { describe, expect, it } from 'vitest';
import { materialProblem, MAX_MATERIAL_BYTES, REQUIRED_MATERIALS } from './materials.ts';

const pdf = new TextEncoder().encode('%PDF-1.7 …');
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]);

describe('materials (附件3)', () => {
  it('accepts the five file types by name, type and first bytes', () => {
    expect(materialProblem('报表.pdf', 'application/pdf', pdf)).toBeNull();
    expect(materialProblem('执照.PNG', 'image/png', png)).toBeNull();
  });

  it('refuses another type', () => {
    expect(materialProblem('a.exe', 'application/x-msdownload', pdf)?.code).toBe('material_type');
  });

  it('refuses a name that does not match the type', () => {
    expect(materialProblem('a.jpg', 'application/pdf', pdf)?.code).toBe('material_extension');
  });

  it('refuses content that is not what it claims', () => {
    expect(materialProblem('a.pdf', 'application/pdf', png)?.code).toBe('material_content');
    expect(materialProblem('a.pdf', 'application/pdf', new Uint8Array())?.code).toBe(
      'material_empty',
    );
  });

  it('refuses more than 20 MB', () => {
    const big = new Uint8Array(MAX_MATERIAL_BYTES + 1);
    big.set(pdf);
    const problem = materialProblem('a.pdf', 'application/pdf', big);
    expect(problem?.code).toBe('material_too_large');
    expect(problem?.message.zh).toBe('文件大小 20.0 MB，超过 20 MB 上限');
    big.fill(0, MAX_MATERIAL_BYTES);
    expect(
      materialProblem('a.pdf', 'application/pdf', big.subarray(0, MAX_MATERIAL_BYTES)),
    ).toBeNull();
  });

  it('requires items 1-5 before submitting', () => {
    expect(REQUIRED_MATERIALS).toEqual([
      'application_form',
      'financial_statements',
      'business_licences',
      'tax_contribution_sheet',
      'commitment_letter',
    ]);
  });
});
