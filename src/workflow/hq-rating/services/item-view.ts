import type { Localized } from '../../../engine/localized.ts';
import { DEPARTMENT_LABELS } from '../../actor.ts';
import {
  acceptedItemLabels,
  displayItemValue,
  ITEM_MACHINE,
  ITEMS,
  type ItemKey,
  type ItemState,
} from '../verification-items.ts';
import type { ItemRow } from './load.ts';

/** A verification item as the services return it. */
export interface ItemView {
  id: string;
  applicationId: string;
  key: ItemKey;
  label: Localized;
  /** The names a department's sheet may use for this item (the form's wording among them). */
  acceptedLabels: string[];
  department: string;
  departmentLabel: Localized;
  state: ItemState;
  stateLabel: Localized;
  /** Stored form: amounts in yuan. */
  declaredValue: string;
  correctedValue: string | null;
  /** The value that enters a rating run: the correction if any, else the declared value. */
  value: string;
  /** For reading: amounts in 亿元 / 万元. */
  display: string;
  note: string | null;
  verifiedBy: string | null;
  verifiedAt: string | null;
}

/**
 * @example itemView(row).display // '56.78 亿元'
 */
export function itemView(row: ItemRow): ItemView {
  const value = row.correctedValue ?? row.declaredValue;
  return {
    id: row.id,
    applicationId: row.applicationId,
    key: row.key,
    label: ITEMS[row.key].label,
    acceptedLabels: acceptedItemLabels(row.key),
    department: row.department,
    departmentLabel: DEPARTMENT_LABELS[row.department],
    state: row.state,
    stateLabel: ITEM_MACHINE.stateLabels[row.state],
    declaredValue: row.declaredValue,
    correctedValue: row.correctedValue,
    value,
    display: value === '' ? '' : displayItemValue(row.key, value),
    note: row.note,
    verifiedBy: row.verifiedBy,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
  };
}
