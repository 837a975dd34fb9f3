// Personal data of the head of household: checked on input, masked in every output and explanation
// unless --unmasked, and never shown in full in an error message.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../engine/input-issue.ts';
import { renderExplanation } from '../../engine/explanation.ts';
import { explainFamily } from './explain.ts';
import { COLUMNS, HEAD_COLUMNS, readFamilies } from './input.ts';
import { reliefCsvRecords, reliefJson, reliefText } from './output.ts';
import { relieveFamilies } from './relieve.ts';

const ID = '330302199001011235'; // check character worked out by hand: Σ = 172, 172 mod 11 = 7 → 5
const columns = [...COLUMNS, ...HEAD_COLUMNS];

function table(cells: Record<string, string>[]) {
  return {
    columns,
    rows: cells.map((row, index) => ({
      row: index + 2,
      cells: Object.fromEntries(columns.map((column) => [column, row[column] ?? ''])),
    })),
  };
}

const base = {
  county: '永嘉县',
  category: '2',
  insured_members: '3',
  members: '3',
  out_of_pocket: '150000',
};
const input = readFamilies(
  table([
    {
      ...base,
      family_id: 'F1',
      head_name: '欧阳娜娜',
      head_id_number: ID,
      head_mobile: '13812345678',
    },
    { ...base, family_id: 'F2' },
  ]),
);
const run = relieveFamilies(input.families, { year: 2025 });
const masked = { columns: input.personalColumns, unmasked: false };
const unmasked = { columns: input.personalColumns, unmasked: true };

describe('personal data in outputs', () => {
  it('lists the head columns present', () => {
    expect(input.personalColumns).toEqual(['head_name', 'head_id_number', 'head_mobile']);
  });

  it('masks them in the JSON and says so', () => {
    const doc = reliefJson(run, { synthetic: false, personal: masked });
    const text = JSON.stringify(doc);
    expect(doc.families[0]).toMatchObject({
      head_name: '欧阳**',
      head_id_number: '3303**********1235',
      head_mobile: '138****5678',
    });
    expect(doc.families[1]).toMatchObject({ head_name: '', head_id_number: '' });
    expect(doc.personal_data?.masked).toBe(true);
    expect(text).not.toContain(ID);
    expect(text).not.toContain('欧阳娜娜');
    expect(text).not.toContain('13812345678');
  });

  it('masks them in CSV and text, with the header saying so', () => {
    const { columns: csvColumns, records } = reliefCsvRecords(run, {
      synthetic: false,
      personal: masked,
      lang: 'zh',
    });
    expect(csvColumns.map((column) => column.header)).toContain('户主身份证号码（已脱敏）');
    expect(JSON.stringify(records)).not.toContain(ID);
    const text = reliefText(run, { synthetic: false, personal: masked, lang: 'zh' });
    expect(text).toContain('个人信息已脱敏');
    expect(text).not.toContain(ID);
  });

  it('shows them in full with --unmasked, and warns about it', () => {
    const doc = reliefJson(run, { synthetic: false, personal: unmasked });
    expect(doc.families[0]?.head_id_number).toBe(ID);
    expect(doc.personal_data?.notice.zh).toContain('未脱敏');
  });

  it('masks them in explanations', () => {
    const explanation = explainFamily(run, 'F1', masked)!;
    const text = renderExplanation(explanation, 'zh') + JSON.stringify(explanation);
    expect(text).toContain('3303**********1235');
    expect(text).toContain('欧阳**');
    expect(text).not.toContain(ID);
    expect(explainFamily(run, 'F1', unmasked)!.subject.name).toContain('欧阳娜娜');
  });

  it('has no personal-data notice for a file without head columns', () => {
    const plain = readFamilies({
      columns: [...COLUMNS],
      rows: [{ row: 2, cells: { ...base, family_id: 'F9' } }],
    });
    const doc = reliefJson(relieveFamilies(plain.families, { year: 2025 }), {
      synthetic: false,
      personal: { columns: plain.personalColumns, unmasked: false },
    });
    expect(doc).not.toHaveProperty('personal_data');
  });
});

describe('personal data in error messages', () => {
  it('never repeats an ID number or a mobile number in full', () => {
    const wrongId = '330302199001011234';
    try {
      readFamilies(
        table([{ ...base, family_id: 'F1', head_id_number: wrongId, head_mobile: '1381234567' }]),
      );
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      const text = JSON.stringify((error as InputError).issues);
      expect(text).not.toContain(wrongId);
      expect(text).not.toContain('1381234567');
      expect(text).toContain('3303**********1234');
    }
  });
});
