import type { Localized } from '../../engine/localized.ts';
import { maskIdNumber, maskMobile, maskName } from '../../engine/privacy/mask.ts';
import type { HouseholdHead } from './family.ts';
import type { HeadColumn } from './input.ts';

/** How an output shows the head of household's personal data. */
export interface PersonalDataView {
  /** The head_* columns present in the file, in the file format's order. */
  columns: readonly HeadColumn[];
  /** `--unmasked`: show them in full. The default masks them. */
  unmasked: boolean;
}

/** The columns' names for people. */
export const HEAD_LABELS: Record<HeadColumn, Localized> = {
  head_name: { zh: '户主姓名', en: 'Head of household' },
  head_id_number: { zh: '户主身份证号码', en: 'Head ID number' },
  head_mobile: { zh: '户主手机号码', en: 'Head mobile' },
};

/**
 * A column's label with the way it is shown, so a printed table says it is masked.
 * @example headLabel('head_name', { columns: ['head_name'], unmasked: false }, 'zh') // '户主姓名（已脱敏）'
 */
export function headLabel(column: HeadColumn, view: PersonalDataView, lang: 'zh' | 'en'): string {
  const how = view.unmasked
    ? { zh: '（未脱敏）', en: ' (not masked)' }
    : { zh: '（已脱敏）', en: ' (masked)' };
  return `${HEAD_LABELS[column][lang]}${how[lang]}`;
}

/**
 * The head's data as an output shows it: each present column masked (张*, 3303**********1234,
 * 138****5678) unless the view is unmasked; an empty string for a family without the value.
 * @example headValues({ name: '张三' }, { columns: ['head_name'], unmasked: false }) // { head_name: '张*' }
 */
export function headValues(
  head: HouseholdHead | undefined,
  view: PersonalDataView,
): Partial<Record<HeadColumn, string>> {
  const values: Partial<Record<HeadColumn, string>> = {};
  for (const column of view.columns) {
    const value =
      column === 'head_name'
        ? head?.name
        : column === 'head_id_number'
          ? head?.idNumber
          : head?.mobile;
    if (value === undefined) values[column] = '';
    else if (view.unmasked) values[column] = value;
    else
      values[column] =
        column === 'head_name'
          ? maskName(value)
          : column === 'head_id_number'
            ? maskIdNumber(value)
            : maskMobile(value);
  }
  return values;
}

/**
 * What an output with personal data says about it; null when the file has none.
 * @example personalDataNotice({ columns: ['head_name'], unmasked: false })?.zh // '个人信息已脱敏显示…'
 */
export function personalDataNotice(view: PersonalDataView): Localized | null {
  if (view.columns.length === 0) return null;
  const zh = view.columns.map((column) => HEAD_LABELS[column].zh).join('、');
  const en = view.columns.map((column) => HEAD_LABELS[column].en.toLowerCase()).join(', ');
  if (view.unmasked) {
    return {
      zh: `本输出含未脱敏的个人信息（${zh}，--unmasked），仅限经办人员使用，请妥善保管，勿转发或公开`,
      en: `This output holds personal data in full (${en}; --unmasked): for the officials handling the case only — keep it safe, do not forward or publish it`,
    };
  }
  return {
    zh: `个人信息已脱敏显示（${zh}）；经办人员确需完整信息时可加 --unmasked`,
    en: `Personal data is masked (${en}); officials who need it in full can add --unmasked`,
  };
}
