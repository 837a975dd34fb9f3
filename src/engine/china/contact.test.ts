import { describe, expect, it } from 'vitest';
import { checkEmail, checkMobile, checkPhone } from './contact.ts';
import type { CheckResult } from './check-result.ts';

function zh(result: CheckResult): string {
  if (result.ok) throw new Error('expected a failure');
  return result.message.zh;
}

describe('checkMobile', () => {
  it.each(['13812345678', '15057712345', '19900000000', '16612345678'])('accepts %s', (value) => {
    expect(checkMobile(value)).toEqual({ ok: true });
  });

  it('rejects numbers outside 13-19 and says so', () => {
    expect(zh(checkMobile('12812345678'))).toContain('前两位应为 13-19');
    expect(checkMobile('10000000000').ok).toBe(false);
  });

  it('states the wrong length', () => {
    expect(zh(checkMobile('1381234567'))).toContain('当前为 10 位');
    expect(zh(checkMobile('138123456789'))).toContain('当前为 12 位');
  });

  it('is strict about +86, spaces and hyphens, but names the fix', () => {
    expect(zh(checkMobile('+8613812345678'))).toContain('去掉国家代码“+86”');
    expect(zh(checkMobile('+86 138 1234 5678'))).toContain('“13812345678”');
    expect(zh(checkMobile('138 1234 5678'))).toContain('不要加空格或短横线，请填写为“13812345678”');
    expect(zh(checkMobile('138-1234-5678'))).toContain('“13812345678”');
  });

  it('handles empty and junk input', () => {
    expect(zh(checkMobile(''))).toContain('手机号码未填写');
    expect(zh(checkMobile('abc'))).toContain('不是有效的手机号码');
    expect(checkMobile('0577-88888888').ok).toBe(false);
  });
});

describe('checkPhone', () => {
  it.each([
    '13812345678',
    '0577-88888888',
    '057788888888',
    '0577-8888888',
    '010-62345678',
    '02162345678',
    '0577-88888888-123',
    '0577-88888888转123',
    '057788888888转8',
  ])('accepts %s', (value) => {
    expect(checkPhone(value)).toEqual({ ok: true });
  });

  it.each([
    ['0577-18888888', 'local numbers never start with 1'],
    ['0577-08888888', 'local numbers never start with 0'],
    ['0577-888888', 'local number too short'],
    ['0577-888888888', 'local number too long'],
    ['0577-88888888-', 'empty extension'],
    ['0577-88888888转', 'empty extension after 转'],
    ['0577-88888888-1234567', 'extension too long'],
    ['011-12345678', 'no such 3-digit area code'],
    ['0577—88888888', 'em dash'],
  ])('rejects %s (%s)', (value) => {
    expect(checkPhone(value).ok).toBe(false);
  });

  it('asks for the area code when it is missing', () => {
    expect(zh(checkPhone('88888888'))).toBe(
      '固定电话“88888888”缺少区号，请加上区号，如温州为 0577-88888888。',
    );
  });

  it('explains spaces and brackets around the area code', () => {
    expect(zh(checkPhone('(0577)88888888'))).toContain('区号-号码');
    expect(zh(checkPhone('（0577）88888888'))).toContain('区号-号码');
    expect(zh(checkPhone('0577 88888888'))).toContain('不加空格或括号');
  });

  it('gives mobile advice for mobile-looking input', () => {
    expect(zh(checkPhone('+8613812345678'))).toContain('去掉国家代码');
    expect(zh(checkPhone('1381234567'))).toContain('当前为 10 位');
  });

  it('otherwise describes both accepted forms', () => {
    const message = zh(checkPhone('电话'));
    expect(message).toContain('11 位手机号码');
    expect(message).toContain('0577-88888888转123');
    expect(zh(checkPhone(''))).toContain('联系电话未填写');
  });
});

describe('checkEmail', () => {
  it.each([
    'zhangsan@wenzhou.gov.cn',
    '12345678@qq.com',
    'li.si+hq@163.com',
    'wang_wu@mail.example-city.cn',
    'a@b.co',
    'x@xn--fiqs8s.xn--fiqs8s',
  ])('accepts %s', (value) => {
    expect(checkEmail(value)).toEqual({ ok: true });
  });

  it.each([
    ['zhangsan', '缺少“@”'],
    ['a@b@c.com', '只能有一个“@”'],
    ['@qq.com', '“@”前缺少用户名'],
    ['.zhang@qq.com', '“.”不能在开头'],
    ['zhang.@qq.com', '“.”不能在开头、结尾'],
    ['zh..ang@qq.com', '连续出现'],
    ['张三@qq.com', '只能使用英文字母'],
    ['zhangsan@qq', '域名不完整'],
    ['zhangsan@', '域名不完整'],
    ['zhangsan@qq..com', '域名格式不正确'],
    ['zhangsan@-qq.com', '域名格式不正确'],
    ['zhangsan@qq.c', '域名格式不正确'],
    ['zhangsan@qq.123', '域名格式不正确'],
    ['zhangsan＠qq.com', '全角符号'],
    ['zhangsan@qq。com', '全角符号'],
    ['zhang san@qq.com', '含有空格'],
    [' zhangsan@qq.com', '含有空格'],
    [`${'a'.repeat(65)}@qq.com`, '长度超出限制'],
    ['', '电子邮箱未填写'],
  ])('rejects %s', (value, expected) => {
    const message = zh(checkEmail(value));
    expect(message).toContain(expected);
    expect(message).toContain('zhangsan@wenzhou.gov.cn');
  });
});
