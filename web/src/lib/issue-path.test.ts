import { describe, expect, test } from 'vitest';
import { fieldKey, issueFieldName } from './issue-path.ts';

describe('issueFieldName', () => {
  test('reads dotted and array paths, numbers as indices, without the request part', () => {
    expect(issueFieldName({ path: 'body.branches.0.uscc', message: '' })).toEqual([
      'branches',
      0,
      'uscc',
    ]);
    expect(issueFieldName({ path: ['body', 'username'], message: '' })).toEqual(['username']);
    expect(issueFieldName({ path: ['username'], message: '' })).toEqual(['username']);
    expect(issueFieldName({ path: 'body', message: '' })).toEqual(['body']);
    expect(issueFieldName({ path: [], message: '' })).toEqual([]);
  });

  test('field keys compare names whatever the index type', () => {
    expect(fieldKey(['branches', 0])).toBe(fieldKey(['branches', '0']));
  });
});
