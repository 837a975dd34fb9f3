import type { Lang, Localized } from '../engine/localized.ts';

/** How a request field is named in a message, by its last path segment. */
const LABELS: Record<string, Localized> = {
  loginName: { zh: '登录名', en: 'Login name' },
  password: { zh: '密码', en: 'Password' },
  currentPassword: { zh: '当前密码', en: 'Current password' },
  newPassword: { zh: '新密码', en: 'New password' },
  displayName: { zh: '显示名称', en: 'Display name' },
  role: { zh: '角色', en: 'Role' },
  jurisdiction: { zh: '所属县（市、区）', en: 'Jurisdiction' },
  department: { zh: '所属核实部门', en: 'Department' },
  enterpriseUscc: { zh: '企业统一社会信用代码', en: 'Enterprise credit code' },
  id: { zh: '账户编号', en: 'Account id' },
  file: { zh: '上传文件', en: 'Uploaded file' },
  rows: { zh: '企业数据行', en: 'Enterprise rows' },
  date: { zh: '评定日期', en: 'Rating date' },
  year: { zh: '批次年度', en: 'Batch year' },
  whenNoSpread: { zh: '指标无差异时的得分（D2）', en: 'Score without spread (D2)' },
  detail: { zh: '是否附各项得分', en: 'Detail' },
  uscc: { zh: '统一社会信用代码', en: 'Credit code' },
  lang: { zh: '语言', en: 'Language' },
  today: { zh: '演示日期', en: 'Demo date' },
  calendarYear: { zh: '年份', en: 'Year' },
  calendarSource: { zh: '通知文号及日期', en: 'Notice number and date' },
  holidays: { zh: '放假日期', en: 'Holidays' },
  workingDays: { zh: '调休上班日期', en: 'Adjusted working days' },
  paidOn: { zh: '支付或到账日期', en: 'Payment date' },
  reference: { zh: '凭证号', en: 'Voucher number' },
};

/**
 * The label of a field path for messages; the path itself when there is no label.
 * @example fieldLabel(['password'], 'zh') // '密码'
 * @example fieldLabel(['rows', 2, 'uscc'], 'en') // 'Credit code (row 3)'
 */
export function fieldLabel(path: readonly PropertyKey[], lang: Lang): string {
  const names = path.filter((part): part is string => typeof part === 'string');
  const last = names[names.length - 1];
  const label = last === undefined ? undefined : LABELS[last]?.[lang];
  const index = path.findLast((part): part is number => typeof part === 'number');
  const base =
    label ?? (path.length > 0 ? path.map(String).join('.') : lang === 'zh' ? '请求' : 'Request');
  if (index === undefined) return base;
  return lang === 'zh' ? `第 ${index + 1} 行 ${base}` : `${base} (row ${index + 1})`;
}

/**
 * A message with the field it concerns in front.
 * @example withField('密码', '至少需要 10 个字符', 'zh') // '密码：至少需要 10 个字符'
 * @example withField('Password', 'must be at least 10 characters long', 'en') // 'Password must be at least 10 characters long'
 */
export function withField(label: string, text: string, lang: Lang): string {
  if (lang === 'zh') return `${label}：${text}`;
  // English messages that start with a verb read as a sentence: "Password must be …".
  return /^(is|must|does|has|needs)\b/.test(text) ? `${label} ${text}` : `${label}: ${text}`;
}
