import { describe, expect, it } from 'vitest';
import { residentIdCheckCharacter, residentIdIssue } from './resident-id.ts';

describe('residentIdCheckCharacter', () => {
  it('computes the GB 11643-1999 check character', () => {
    // The standard's own example, and one checked by hand: Σ = 7·3+9·3+10·0+5·3+8·0+4·2+2·1+1·9
    // +6·9+3·0+7·0+9·1+10·0+5·1+8·1+4·2+2·3 = 172, 172 mod 11 = 7 → '10X98765432'[7] = '5'.
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(residentIdCheckCharacter('33030219900101123')).toBe('5');
  });
});

describe('residentIdIssue', () => {
  it('accepts a well-formed number', () => {
    expect(residentIdIssue('11010519491231002X')).toBeNull();
    expect(residentIdIssue('330302199001011235')).toBeNull();
  });

  it('names the problem without repeating the number unmasked', () => {
    const cases: [string, string][] = [
      ['33030219900101123', 'length'],
      ['33030219900101123x', 'charset'],
      ['330302199002301235', 'birth_date'],
      ['330302199001011234', 'check_character'],
    ];
    for (const [id, problem] of cases) {
      const issue = residentIdIssue(id);
      expect(issue?.problem, id).toBe(problem);
      expect(issue!.message.zh, id).not.toContain(id);
      expect(issue!.message.en, id).not.toContain(id);
      expect(issue!.message.zh, id).not.toContain('19900');
    }
  });

  it('hints at Excel when the number was stored as a number', () => {
    expect(residentIdIssue('330302199001011000')?.problem).toBe('check_character');
    expect(residentIdIssue('3303021990010110000')?.message.zh).toContain('Excel');
  });
});
