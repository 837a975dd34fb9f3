import { InputError, type InputIssue } from '../engine/input-issue.ts';
import type { Localized } from '../engine/localized.ts';
import { COMMON_PASSWORDS } from './common-passwords.ts';
import { isPublishedPassword } from './published-passwords.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-length.ts';

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH };
const REQUIRED_CLASSES = 3;

const CLASSES: { test: RegExp; label: Localized }[] = [
  { test: /[A-Z]/, label: { zh: '大写字母', en: 'upper-case letters' } },
  { test: /[a-z]/, label: { zh: '小写字母', en: 'lower-case letters' } },
  { test: /[0-9]/, label: { zh: '数字', en: 'digits' } },
  // Anything else counts as a symbol, Chinese characters included.
  { test: /[^A-Za-z0-9]/, label: { zh: '符号', en: 'symbols' } },
];

/**
 * Every way a new password breaks the rules: at least 10 characters, at least three of upper-case,
 * lower-case, digits and symbols, not the login name, not a published (unless allowed: the demo
 * accounts themselves) or common password. Messages do not
 * repeat the field name; `column` carries it. Empty when the password is acceptable.
 * @example passwordIssues('short', 'wang.li').map((issue) => issue.code) // ['password_too_short', 'password_too_simple']
 */
export function passwordIssues(
  password: string,
  loginName: string,
  column = 'password',
  options: { publishedPasswordAllowed?: boolean } = {},
): InputIssue[] {
  const issues: InputIssue[] = [];
  const at = (code: string, message: Localized) => issues.push({ column, code, message });
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    at('password_too_short', {
      zh: `至少需要 ${MIN_PASSWORD_LENGTH} 个字符，现在只有 ${length} 个`,
      en: `must be at least ${MIN_PASSWORD_LENGTH} characters long; it has ${length}`,
    });
  }
  if (length > MAX_PASSWORD_LENGTH) {
    at('password_too_long', {
      zh: `最多 ${MAX_PASSWORD_LENGTH} 个字符`,
      en: `must be at most ${MAX_PASSWORD_LENGTH} characters long`,
    });
  }
  const present = CLASSES.filter((kind) => kind.test.test(password));
  if (present.length < REQUIRED_CLASSES) {
    const has = present.map((kind) => kind.label);
    at('password_too_simple', {
      zh:
        `需包含大写字母、小写字母、数字、符号中的至少三类` +
        (has.length > 0 ? `，现在只有${has.map((l) => l.zh).join('、')}` : ''),
      en:
        'must mix at least three of: upper-case letters, lower-case letters, digits, symbols' +
        (has.length > 0 ? `; it has only ${has.map((l) => l.en).join(' and ')}` : ''),
    });
  }
  if (loginName !== '' && password.toLowerCase() === loginName.toLowerCase()) {
    at('password_is_login_name', {
      zh: '不能与登录名相同',
      en: 'must not be the login name',
    });
  }
  if (!options.publishedPasswordAllowed && isPublishedPassword(password)) {
    at('password_published', {
      zh: '这是公开过的密码（如演示账户的密码），任何人都能看到，请换一个',
      en: 'has been published (a demo account password, for one) and anyone can read it; choose another',
    });
  } else if (COMMON_PASSWORDS.has(password.toLowerCase())) {
    at('password_common', {
      zh: '这是常见密码，容易被猜中，请换一个',
      en: 'is a common password that is easily guessed; choose another',
    });
  }
  return issues;
}

/**
 * Throws an InputError with every rule the password breaks.
 * @example assertPasswordAcceptable('Hz-7q!rain-Ouhai', 'wang.li') // passes
 */
export function assertPasswordAcceptable(password: string, loginName: string, column = 'password') {
  const issues = passwordIssues(password, loginName, column);
  if (issues.length > 0) throw new InputError(issues);
}
