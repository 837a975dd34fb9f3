import { residentIdCheckCharacter } from '../../../engine/privacy/resident-id.ts';
import { writeCsv } from '../../../engine/table/write-csv.ts';
import { writeXlsx } from '../../../engine/table/write-xlsx.ts';
import type { ColumnSpec } from '../../../engine/table/table.ts';
import { SYNTHETIC_MARK } from '../../../methods/medical-relief/input.ts';
import type { Actor } from '../../actor.ts';
import { INSURANCE_KIND_LABELS } from '../members.ts';
import { requireOffice } from '../permissions.ts';
import { COST_SHEET, FAMILY_SHEET, type SheetColumn } from '../sheet-columns.ts';
import type { ExportFile } from './export.ts';

export type TemplateSheet = 'families' | 'costs';

const NOTE = `${SYNTHETIC_MARK}：示例行，导入前请删除或改为实际数据`;
const EXAMPLE_CODE = 'SL0001';

/** A synthetic ID number (division 330399, assigned to no county) with its check character. */
function exampleId(serial: number): string {
  const first17 = `33039919800101${String(serial).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

const EXAMPLES: Record<TemplateSheet, Record<string, string>[]> = {
  families: [
    {
      family_code: EXAMPLE_CODE,
      county: '文成县',
      township: '大峃镇',
      village: '岙底村',
      address: '文成县大峃镇岙底村12号',
      phone: '13900000001',
      head: '是',
      name: '示例户主',
      id_number: exampleId(1),
      relation: '户主',
      insured: '是',
      insurance_kind: INSURANCE_KIND_LABELS.resident.zh,
      note: NOTE,
    },
    {
      family_code: EXAMPLE_CODE,
      county: '文成县',
      township: '大峃镇',
      village: '',
      address: '',
      phone: '',
      head: '否',
      name: '示例配偶',
      id_number: exampleId(2),
      relation: '配偶',
      insured: '否',
      insurance_kind: '',
      note: NOTE,
    },
  ],
  costs: [
    {
      family_code: EXAMPLE_CODE,
      total_cost: '260000.01',
      basic_insurance: '100000.00',
      critical_illness: '30000.00',
      medical_assistance: '10000.00',
      huiminbao: '0.00',
      note: NOTE,
    },
  ],
};

const SHEETS: Record<TemplateSheet, { columns: readonly SheetColumn[]; title: string }> = {
  families: { columns: FAMILY_SHEET, title: '家庭成员导入模板' },
  costs: { columns: COST_SHEET, title: '年度费用导入模板' },
};

/**
 * The template of a screen import (medical insurance): the Chinese headers and an example marked
 * 演示数据, as .xlsx (with a sheet that says what each column takes) or as .csv (UTF-8 with BOM).
 * The import reads either back as it is; the English keys are accepted as headers too.
 * @example await importTemplate(medical, { sheet: 'families', format: 'xlsx' })
 */
export async function importTemplate(
  actor: Actor | null,
  input: { sheet: TemplateSheet; format: 'xlsx' | 'csv' },
): Promise<ExportFile> {
  requireOffice(actor, ['medical_insurance'], {
    zh: '下载导入模板',
    en: 'download the import templates',
  });
  const { columns, title } = SHEETS[input.sheet];
  const specs: ColumnSpec[] = columns.map((column) => ({
    key: column.key,
    header: column.zh,
    width: Math.max(10, column.zh.length * 2 + 4),
  }));
  const records = EXAMPLES[input.sheet];
  if (input.format === 'csv') {
    return {
      fileName: `${title}.csv`,
      contentType: 'text/csv; charset=utf-8',
      bytes: new TextEncoder().encode(writeCsv(specs, records)),
    };
  }
  const bytes = await writeXlsx([
    { name: input.sheet === 'families' ? '家庭成员' : '年度费用', columns: specs, records },
    {
      name: '填写说明',
      columns: [
        { key: 'header', header: '列名', width: 22 },
        { key: 'key', header: '英文列名（也可使用）', width: 24 },
        { key: 'required', header: '是否必填', width: 10 },
        { key: 'hint', header: '填写要求', width: 60 },
      ],
      records: columns.map((column) => ({
        header: column.zh,
        key: column.key,
        required: column.required ? '必填' : '可留空',
        hint: column.hint.zh,
      })),
    },
  ]);
  return {
    fileName: `${title}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes,
  };
}
