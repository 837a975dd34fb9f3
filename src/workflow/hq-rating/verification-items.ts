import { parseDecimal, parseInteger } from '../../engine/exact/decimal.ts';
import type { Exact } from '../../engine/exact/exact.ts';
import type { Localized } from '../../engine/localized.ts';
import { fromYuan, toYuan, type MoneyUnit } from '../../engine/units.ts';
import { TOP500_LISTS, type Top500List } from '../../methods/hq-star-rating/parameters.ts';
import type { Department } from '../actor.ts';
import { decimalText } from './decimal-text.ts';
import type { StateMachine } from './state-machine.ts';

/**
 * What the departments verify in re-review (88号 三、3 and 五、2; 附件1 审核单位). Only verified or
 * corrected values enter a rating run (D4, D5).
 */
export const ITEM_KEYS = [
  'registration',
  'credit',
  'revenue_2y',
  'contribution_2y',
  'rd_2y',
  'pension_payers',
  'tax_filers',
  'top500',
  'listings_3y',
] as const;
export type ItemKey = (typeof ITEM_KEYS)[number];

/** How an item's value is written: yuan amounts (D8), head counts, lists, fixed answers. */
export type ItemKind = 'amount' | 'count' | 'top500' | 'credit' | 'text';

export interface ItemDefinition {
  department: Department;
  kind: ItemKind;
  /** For amounts: the unit forms use (88号 附件1); values are stored in yuan. */
  unit?: MoneyUnit;
  label: Localized;
  /** Other names a department's sheet may use, such as the application form's own wording. */
  otherLabels?: readonly string[];
}

/**
 * Each item with the department that verifies it. Contribution is on finance's list; 附件1 names
 * finance and tax together, and we give it to finance, which 88号 五、2 makes answerable for it.
 */
export const ITEMS: Record<ItemKey, ItemDefinition> = {
  registration: {
    department: 'market_supervision',
    kind: 'text',
    label: { zh: '市场主体登记信息', en: 'Registration data' },
  },
  credit: {
    department: 'development_reform',
    kind: 'credit',
    label: { zh: '信用情况（是否列入严重失信名单）', en: 'Credit (serious-dishonesty list)' },
  },
  revenue_2y: {
    department: 'tax',
    kind: 'amount',
    unit: '亿元',
    label: { zh: '近两年在温营业收入合计', en: 'Revenue in Wenzhou, last two years' },
  },
  contribution_2y: {
    department: 'finance',
    kind: 'amount',
    unit: '亿元',
    label: { zh: '近两年地方综合贡献合计', en: 'Local contribution, last two years' },
  },
  rd_2y: {
    department: 'tax',
    kind: 'amount',
    unit: '万元',
    label: { zh: '近两年可加计扣除研发费用合计', en: 'R&D eligible for super-deduction' },
  },
  pension_payers: {
    department: 'hr_social_security',
    kind: 'count',
    label: { zh: '上年度在温职工养老保险缴费人数', en: 'Pension payers last year' },
  },
  tax_filers: {
    department: 'hr_social_security',
    kind: 'count',
    label: { zh: '上年度在温个税申报人数', en: 'Income-tax filers last year' },
    otherLabels: ['上年度在温个人所得税申报人数', '个人所得税申报人数', '个税申报人数'],
  },
  top500: {
    department: 'investment_promotion',
    kind: 'top500',
    label: { zh: '三年内500强榜单入选情况', en: 'Top-500 lists within three years' },
  },
  listings_3y: {
    department: 'financial_regulation',
    kind: 'count',
    label: { zh: '三年内上市数量（总部及在温控股子公司）', en: 'Listings within three years' },
  },
};

/**
 * Every name a sheet may give an item: its label, the other wordings, the English label.
 * @example acceptedItemLabels('tax_filers') // ['上年度在温个税申报人数', '上年度在温个人所得税申报人数', …]
 */
export function acceptedItemLabels(key: ItemKey): string[] {
  const item = ITEMS[key];
  return [item.label.zh, ...(item.otherLabels ?? []), item.label.en];
}

/** The credit item's two answers. */
export const CREDIT_VALUES = ['not_listed', 'listed'] as const;
type CreditValue = (typeof CREDIT_VALUES)[number];

/** The credit answers in a person's words, and the other words a department may write. */
export const CREDIT_LABELS: Record<CreditValue, { label: string; also: readonly string[] }> = {
  not_listed: { label: '未列入严重失信名单', also: ['未列入', '否', 'not_listed'] },
  listed: { label: '已列入严重失信名单', also: ['已列入', '列入', '是', 'listed'] },
};

export const ITEM_STATES = ['pending', 'verified', 'corrected'] as const;
export type ItemState = (typeof ITEM_STATES)[number];
export type ItemAction = 'verify' | 'correct' | 'correct_on_objection';

/**
 * An item: a department confirms the declared value or corrects it with a note (88号 三、3). After
 * an upheld objection the bureau records the re-checked value (88号 三、5).
 * @example transition(ITEM_MACHINE, 'pending', 'correct', tax) // 'corrected'
 */
export const ITEM_MACHINE: StateMachine<ItemState, ItemAction> = {
  label: { zh: '核实事项', en: 'verification item' },
  states: ITEM_STATES,
  stateLabels: {
    pending: { zh: '待核实', en: 'pending' },
    verified: { zh: '已核实', en: 'verified' },
    corrected: { zh: '已更正', en: 'corrected' },
  },
  initial: 'pending',
  createdBy: ['city_bureau'],
  transitions: {
    verify: {
      from: ['pending'],
      to: 'verified',
      by: ['department'],
      label: { zh: '核实无误', en: 'verify the figure' },
      citation: { rule: 'R11', article: '88号 三、3；五、2' },
    },
    correct: {
      from: ['pending', 'verified', 'corrected'],
      to: 'corrected',
      by: ['department'],
      label: { zh: '更正数据', en: 'correct the figure' },
      needsReason: true,
      citation: { rule: 'R11', article: '88号 三、3；五、2' },
    },
    correct_on_objection: {
      from: ['verified', 'corrected'],
      to: 'corrected',
      by: ['city_bureau'],
      label: { zh: '按异议复核结果更正', en: 'correct after an objection' },
      needsReason: true,
      citation: { rule: 'R11', article: '88号 三、5' },
    },
  },
};

/** An item value as stored (text) or a message saying what was expected. */
export type ParsedItemValue = { ok: true; stored: string } | { ok: false; message: Localized };

/**
 * Reads a value as a person enters it (amounts in the form's unit, D8) into its stored text
 * (amounts in yuan).
 * @example parseItemValue('revenue_2y', '56.78') // { ok: true, stored: '5678000000' }
 */
export function parseItemValue(key: ItemKey, text: string): ParsedItemValue {
  const item = ITEMS[key];
  const value = text.trim();
  switch (item.kind) {
    case 'amount': {
      const amount = parseDecimal(value);
      if (!amount || amount.isNegative()) {
        return bad(
          `应填写以${item.unit}为单位的非负数，如 56.78`,
          `expected a non-negative amount in ${item.unit}, such as 56.78`,
        );
      }
      return { ok: true, stored: decimalText(toYuan(amount, item.unit!)) };
    }
    case 'count': {
      const count = parseInteger(value);
      if (count === null || count < 0n || count > 2_147_483_647n) {
        return bad('应填写 0 或正整数', 'expected 0 or a positive whole number');
      }
      return { ok: true, stored: count.toString() };
    }
    case 'top500': {
      const lists = value === '' ? [] : value.split(/[;；]/).map((part) => part.trim());
      const unknown = lists.filter((list) => !(TOP500_LISTS as readonly string[]).includes(list));
      if (unknown.length > 0) {
        return bad(
          `未知的榜单“${unknown.join('、')}”，应为 ${TOP500_LISTS.join('、')}，以分号分隔`,
          `unknown list "${unknown.join(', ')}"; expected ${TOP500_LISTS.join(', ')}, separated by ";"`,
        );
      }
      return { ok: true, stored: normalTop500(lists as Top500List[]) };
    }
    case 'credit': {
      const answer = CREDIT_VALUES.find(
        (key) => CREDIT_LABELS[key].label === value || CREDIT_LABELS[key].also.includes(value),
      );
      if (answer) return { ok: true, stored: answer };
      return bad(
        `应填写“${CREDIT_LABELS.not_listed.label}”或“${CREDIT_LABELS.listed.label}”（也可写“未列入”“已列入”）`,
        `expected "${CREDIT_LABELS.not_listed.label}" (not listed) or "${CREDIT_LABELS.listed.label}" (listed)`,
      );
    }
    case 'text':
      if (value === '') return bad('不能为空', 'must not be empty');
      return { ok: true, stored: value };
  }
}

function bad(zh: string, en: string): ParsedItemValue {
  return { ok: false, message: { zh, en } };
}

/** Lists in R7's order, without repeats, `;`-joined: equal sets are equal texts. */
export function normalTop500(lists: readonly Top500List[]): string {
  return TOP500_LISTS.filter((list) => lists.includes(list)).join(';');
}

/**
 * A stored amount (yuan) in the unit of 88号 附件1, exactly: what `rateBatch` takes.
 * @example itemAmount('revenue_2y', '5678000000').toDecimal(2) // '56.78'
 */
export function itemAmount(key: 'revenue_2y' | 'contribution_2y' | 'rd_2y', stored: string): Exact {
  const yuan = parseDecimal(stored);
  if (!yuan) throw new Error(`stored amount of ${key} is not a decimal: ${stored}`);
  return fromYuan(yuan, ITEMS[key].unit!);
}

/**
 * A stored value written for people: amounts in the form's unit, lists by name.
 * @example displayItemValue('rd_2y', '1234560000') // '123456 万元'
 */
export function displayItemValue(key: ItemKey, stored: string): string {
  const item = ITEMS[key];
  if (item.kind === 'amount')
    return `${decimalText(itemAmount(key as 'rd_2y', stored))} ${item.unit}`;
  if (item.kind === 'credit') return CREDIT_LABELS[stored as CreditValue]?.label ?? stored;
  return stored;
}
