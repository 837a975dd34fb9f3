import { InputError, type InputIssue } from '../../../engine/input-issue.ts';
import type { TableFile } from '../../../engine/table/read-table.ts';
import type { TableRow } from '../../../engine/table/table.ts';
import { SYNTHETIC_MARK } from '../../../methods/medical-relief/input.ts';
import type { Database } from '../../../store/database.ts';
import type { Actor } from '../../actor.ts';
import { inTransaction, moment, type ServiceOptions } from '../../hq-rating/services/context.ts';
import {
  duplicateId,
  familyIssues,
  INSURANCE_KIND_LABELS,
  insuranceKindOf,
  type FamilyInput,
} from '../members.ts';
import { FAMILY_SHEET, inSheetWords } from '../sheet-columns.ts';
import { readSheet } from '../sheet-read.ts';
import { requireOffice } from '../permissions.ts';
import { audit } from '../record.ts';
import { rebuildWarnings } from '../warning-rebuild.ts';
import { insertFamily, takenIssues, trimmed } from './family-records.ts';

const MEMBER_COLUMN = {
  name: 'name',
  idNumber: 'id_number',
  relation: 'relation',
  head: 'head',
} as const;

const CONTACT_COLUMNS = ['village', 'address', 'phone'] as const;

type ImportedFamily = FamilyInput & {
  row: number;
  rows: number[];
  synthetic: boolean;
  /** The row each contact field was read from. */
  contactRow: Partial<Record<(typeof CONTACT_COLUMNS)[number], number>>;
};

/**
 * Imports families and members from a CSV or .xlsx file (medical insurance), all or nothing: every
 * problem is reported by row and column (ID numbers masked) and nothing is written unless there
 * is none. Families already on record are refused, not changed.
 */
export async function importFamilies(
  db: Database,
  actor: Actor | null,
  input: { file: TableFile },
  options?: ServiceOptions,
): Promise<{ families: number; members: number }> {
  const view = requireOffice(actor, ['medical_insurance'], {
    zh: '导入家庭成员',
    en: 'import families',
  });
  const now = moment(options);
  const table = await readSheet(input.file, FAMILY_SHEET);
  const { families, issues } = familiesOf(table.rows);
  if (issues.length === 0 && families.length === 0) {
    issues.push({
      code: 'table_empty',
      message: { zh: '文件没有数据行', en: 'the file has no data rows' },
    });
  }
  if (issues.length > 0) throw new InputError(inSheetWords(FAMILY_SHEET, issues));
  return inTransaction(db, async (tx) => {
    const taken = await takenIssues(
      tx,
      families,
      (family) => ({ row: (family as ImportedFamily).row }),
      () => 'id_number',
      (f, m) => ({ row: families[f]!.rows[m]! }),
      'family_code',
    );
    if (taken.length > 0) throw new InputError(inSheetWords(FAMILY_SHEET, taken));
    const ids: string[] = [];
    for (const family of families) {
      ids.push(
        await insertFamily(tx, family, {
          by: view.actor.accountId,
          at: now.at,
          synthetic: family.synthetic,
        }),
      );
    }
    const members = families.reduce((total, family) => total + family.members.length, 0);
    await audit(tx, actor, {
      action: 'relief.family.import',
      entity: 'relief_family',
      entityId: 'import',
      after: {
        fileName: input.file.fileName,
        families: families.map((family) => family.familyCode),
        members,
      },
    });
    await rebuildWarnings(tx, Number(now.today.slice(0, 4)), now, ids);
    return { families: families.length, members };
  });
}

/** Groups the rows by family code and checks each family as the form does. */
function familiesOf(rows: readonly TableRow[]): {
  families: ImportedFamily[];
  issues: InputIssue[];
} {
  const issues: InputIssue[] = [];
  const byCode = new Map<string, ImportedFamily>();
  const seenIds = new Set<string>();
  for (const { row, cells } of rows) {
    const code = cells.family_code?.trim() ?? '';
    let family = byCode.get(code);
    if (!family) {
      family = {
        familyCode: code,
        county: cells.county ?? '',
        township: cells.township ?? '',
        members: [],
        row,
        rows: [],
        synthetic: false,
        contactRow: {},
      };
      byCode.set(code, family);
    } else {
      for (const column of ['county', 'township'] as const) {
        if ((cells[column] ?? '').trim() !== family[column].trim()) {
          issues.push({
            row,
            column,
            code: 'family_inconsistent',
            message: {
              zh: `家庭“${code}”在第 ${family.row} 行填写为“${family[column]}”，本行不一致`,
              en: `family "${code}" has "${family[column]}" on row ${family.row}; this row differs`,
            },
          });
        }
      }
    }
    for (const column of CONTACT_COLUMNS) {
      const value = (cells[column] ?? '').trim();
      if (value === '') continue;
      const first = family.contactRow[column];
      if (first === undefined) {
        family[column] = value;
        family.contactRow[column] = row;
      } else if (family[column] !== value) {
        issues.push({
          row,
          column,
          code: 'family_inconsistent',
          message: {
            zh: `家庭“${code}”在第 ${first} 行填写为“${family[column]}”，本行不一致：同一家庭只填一个，或各行相同`,
            en: `family "${code}" has "${family[column]}" on row ${first}; this row differs: give one, or the same on every row`,
          },
        });
      }
    }
    if ((cells.note ?? '').includes(SYNTHETIC_MARK)) family.synthetic = true;
    const head = flag(cells.head ?? '', row, 'head', issues);
    const insured = flag(cells.insured ?? '', row, 'insured', issues);
    const written = (cells.insurance_kind ?? '').trim();
    const kind = written === '' ? null : insuranceKindOf(written);
    if (kind === undefined) {
      issues.push({
        row,
        column: 'insurance_kind',
        code: 'insurance_kind',
        message: {
          zh: `参保类型：应为“${INSURANCE_KIND_LABELS.resident.zh}”或“${INSURANCE_KIND_LABELS.employee.zh}”（也可填 resident、employee），或留空；收到“${written}”`,
          en: `kind of insurance: must be ${INSURANCE_KIND_LABELS.resident.zh} (resident) or ${INSURANCE_KIND_LABELS.employee.zh} (employee), or empty; got "${written}"`,
        },
      });
    }
    const idNumber = (cells.id_number ?? '').trim().toUpperCase();
    if (idNumber !== '' && seenIds.has(idNumber))
      issues.push(duplicateId({ row }, 'id_number', idNumber, 'input'));
    seenIds.add(idNumber);
    family.members.push({
      name: cells.name ?? '',
      idNumber,
      relation: cells.relation ?? '',
      head: head ?? false,
      insured: insured ?? false,
      insuranceKind: kind ?? null,
    });
    family.rows.push(row);
  }
  const families = [...byCode.values()].map((family) => ({ ...family, ...trimmed(family) }));
  for (const family of families) {
    issues.push(
      ...familyIssues(
        family,
        {
          code: 'family_code',
          county: 'county',
          township: 'township',
          row: family.row,
          contact: {
            village: 'village',
            address: 'address',
            phone: 'phone',
            row: family.contactRow.phone ?? family.contactRow.address ?? family.contactRow.village,
          },
        },
        (index) => ({ row: family.rows[index]!, column: (field) => MEMBER_COLUMN[field] }),
      ),
    );
  }
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { families, issues };
}

const YES = new Set(['是', 'yes', 'y', '1', 'true']);
const NO = new Set(['否', 'no', 'n', '0', 'false']);

function flag(text: string, row: number, column: string, issues: InputIssue[]): boolean | null {
  const value = text.trim().toLowerCase();
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  issues.push({
    row,
    column,
    code: 'yes_no',
    message: {
      zh: `应填写“是”或“否”；收到“${text.trim()}”`,
      en: `must be yes or no (是/否); got "${text.trim()}"`,
    },
  });
  return null;
}
