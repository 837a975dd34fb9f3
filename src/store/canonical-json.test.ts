import { describe, expect, it } from 'vitest';
import { canonicalJson, toJsonValue } from './canonical-json.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves out whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, { d: 'x', c: 2 }] })).toBe(
      '{"a":[true,null,{"c":2,"d":"x"}],"b":1}',
    );
  });

  it('gives equal text for values that differ only in key order', () => {
    expect(canonicalJson({ 名称: '甲', id: 1 })).toBe(canonicalJson({ id: 1, 名称: '甲' }));
  });

  it('escapes strings as JSON does', () => {
    expect(canonicalJson('引号"与\n换行')).toBe('"引号\\"与\\n换行"');
  });
});

describe('toJsonValue', () => {
  it('keeps what JSON keeps', () => {
    expect(
      toJsonValue({ at: new Date(0), gone: undefined, inf: Infinity, list: [undefined] }),
    ).toEqual({
      at: '1970-01-01T00:00:00.000Z',
      inf: null,
      list: [null],
    });
  });

  it('turns undefined into null', () => {
    expect(toJsonValue(undefined)).toBeNull();
  });
});
