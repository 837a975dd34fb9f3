import { describe, expect, it } from 'vitest';
import {
  checkUscc,
  organisationCheckCharacter,
  syntheticUscc,
  usccCheckCharacter,
  usccIssue,
} from './uscc.ts';
import { USCC_CHARSET } from './uscc-checksum.ts';

// Published codes; both check characters were recomputed independently before being written here.
const REAL = [
  '9144030071526726XG', // 深圳市腾讯计算机系统有限公司 — org check 'X'
  '914403001922038216', // 华为技术有限公司
  '91330100799655058B', // 阿里巴巴（中国）有限公司
  '91110108551385082Q', // 北京小米科技有限责任公司
];

function problemOf(code: string) {
  const result = checkUscc(code);
  return result.ok ? null : result.problem;
}

function messageOf(code: string) {
  const result = checkUscc(code);
  if (result.ok) throw new Error(`expected ${code} to fail`);
  return result.message;
}

describe('checkUscc accepts valid codes', () => {
  it.each(REAL)('%s', (code) => {
    expect(checkUscc(code)).toEqual({ ok: true });
  });

  it.each([
    ['overall check value 0', '91330383MA20000940'],
    ['letter-initial Y with check 0', 'Y1330300MA20000350'],
    ['letter-initial A (military)', 'A1330300MA20000002'],
    ['org check value 10 → X', '91330302MA202183X1'],
    ['org check value 11 → 0', '91330302MA2024790D'],
    ['overall check value 30 → Y (civil affairs)', '52330304MA2000123Y'],
    ['org body containing J', '91330381MAJ000001K'],
  ])('%s: %s', (_label, code) => {
    expect(checkUscc(code)).toEqual({ ok: true });
  });
});

describe('check characters', () => {
  it('maps an overall sum divisible by 31 to "0", not to an out-of-range character', () => {
    expect(usccCheckCharacter('91330383MA2000094')).toBe('0');
    expect(usccCheckCharacter('Y1330300MA2000035')).toBe('0');
  });

  it('gives the last charset character for value 30', () => {
    expect(usccCheckCharacter('52330304MA2000123')).toBe('Y');
  });

  it('writes org check 10 as X and 11 as 0', () => {
    expect(organisationCheckCharacter('71526726')).toBe('X');
    expect(organisationCheckCharacter('MA202183')).toBe('X');
    expect(organisationCheckCharacter('MA202479')).toBe('0');
  });

  it('values J as 19 (GB 11714), not 18 (its USCC index)', () => {
    // With J = 18 the answer would be '2'.
    expect(organisationCheckCharacter('MAJ00000')).toBe('1');
  });

  it('rejects malformed input instead of guessing', () => {
    expect(() => usccCheckCharacter('9144030071526726')).toThrow(RangeError);
    expect(() => usccCheckCharacter('9144030071526726O')).toThrow(RangeError);
    expect(() => organisationCheckCharacter('7152672')).toThrow(RangeError);
    expect(() => organisationCheckCharacter('ma202479')).toThrow(RangeError);
  });
});

describe('checkUscc reports each problem', () => {
  it('length, counting Chinese characters once and spotting stray spaces', () => {
    expect(problemOf('9144030071526726X')).toBe('length');
    expect(messageOf('9144030071526726X').zh).toContain('当前为 17 位');
    expect(messageOf('').zh).toBe('统一社会信用代码未填写。');
    expect(messageOf(' 9144030071526726XG').zh).toContain('请删除');
    expect(problemOf('信用代码信用代码信用代码信用代码信用')).toBe('charset');
  });

  it('lower case: rejected, with the positions and an upper-case request', () => {
    const message = messageOf('91330302ma2024790d');
    expect(problemOf('91330302ma2024790d')).toBe('charset');
    expect(message.zh).toContain('第 9、10、18 位');
    expect(message.zh).toContain('大写');
    expect(message.zh).toContain('不会自动转换');
    expect(message.en).toContain('upper case');
  });

  it('excluded letters, with a look-alike digit hint', () => {
    expect(problemOf('91330302MA2O24790D')).toBe('charset');
    expect(messageOf('91330302MA2O24790D').zh).toContain('第 12 位“O”');
    expect(messageOf('91330302MA2O24790D').zh).toContain('数字“0”');
    expect(messageOf('91330302MA2024790V').zh).toContain('不含 I、O、Z、S、V');
    expect(messageOf('９1330302MA2024790D').zh).toContain('全角');
  });

  it('department and class', () => {
    expect(problemOf('B1330302MA2024790D')).toBe('department');
    expect(messageOf('B1330302MA2024790D').zh).toContain(
      '应为 1、2、3、4、5、6、7、8、9、A、N、Y 之一',
    );
    expect(problemOf('94330302MA2024790D')).toBe('class');
    expect(messageOf('94330302MA2024790D').zh).toContain('2（个体工商户）');
    expect(problemOf('Y2330300MA20000350')).toBe('class');
  });

  it('division must be digits', () => {
    expect(problemOf('9133A302MA2024790D')).toBe('division');
  });

  it('organisation check, naming the expected character', () => {
    expect(problemOf('9144030071526726YG')).toBe('org_check');
    expect(messageOf('9144030071526726YG').zh).toContain('第 17 位（组织机构代码校验码）应为“X”');
  });

  it('overall check, naming the expected character', () => {
    expect(problemOf('9144030071526726XH')).toBe('check_character');
    expect(messageOf('9144030071526726XH').zh).toBe(
      '第 18 位（校验码）应为“G”，当前为“H”。代码中可能有字符抄错，请对照营业执照或登记证书核对。',
    );
    expect(messageOf('91330383MA20000941').en).toContain("should be '0'");
  });

  it('catches every single-character substitution', () => {
    const code = REAL[0]!;
    for (let i = 0; i < 18; i++) {
      for (const char of USCC_CHARSET) {
        if (char === code[i]) continue;
        const typo = code.slice(0, i) + char + code.slice(i + 1);
        expect(checkUscc(typo).ok, typo).toBe(false);
      }
    }
  });

  it('usccIssue gives a stable code or null', () => {
    expect(usccIssue('9144030071526726XH')?.code).toBe('uscc_check_character');
    expect(usccIssue('123')?.code).toBe('uscc_length');
    expect(usccIssue('9144030071526726XG')).toBeNull();
  });
});

describe('syntheticUscc', () => {
  it('builds distinct valid enterprise codes for 1000 seeds', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 1000; seed++) {
      const code = syntheticUscc(seed);
      expect(checkUscc(code), code).toEqual({ ok: true });
      expect(code.slice(0, 8)).toBe('91330300');
      seen.add(code);
    }
    expect(seen.size).toBe(1000);
  });

  it('is deterministic and honours the division code', () => {
    expect(syntheticUscc(1)).toBe('91330300MA07YARR9W');
    expect(syntheticUscc(42, '330381')).toBe(syntheticUscc(42, '330381'));
    expect(syntheticUscc(42, '330381').slice(2, 8)).toBe('330381');
  });

  it('rejects bad arguments', () => {
    expect(() => syntheticUscc(1.5)).toThrow(RangeError);
    expect(() => syntheticUscc(1, '3303')).toThrow(RangeError);
  });
});
