import { describe, expect, it } from 'vitest';
import { residentIdIssue } from '../../engine/privacy/resident-id.ts';
import { DEMO_COLUMNS, demoFamilies } from './demo.ts';
import { readFamilies } from './input.ts';
import { relieveFamilies } from './relieve.ts';

const rows = demoFamilies({ count: 60, seed: 7 });
const input = readFamilies({
  columns: [...DEMO_COLUMNS],
  rows: rows.map((cells, index) => ({ row: index + 2, cells })),
});

describe('demo family file (演示数据)', () => {
  it('reads back as a valid family file, marked synthetic', () => {
    expect(input.families).toHaveLength(60);
    expect(input.synthetic).toBe(true);
    expect(input.personalColumns).toEqual(['head_name', 'head_id_number']);
  });

  it('is the same for the same seed', () => {
    expect(demoFamilies({ count: 60, seed: 7 })).toEqual(rows);
    expect(demoFamilies({ count: 60, seed: 8 })).not.toEqual(rows);
  });

  it('uses ID numbers of no real county, that still pass the check', () => {
    for (const row of rows) {
      expect(row.head_id_number.slice(0, 6)).toBe('330399');
      expect(residentIdIssue(row.head_id_number)).toBeNull();
    }
  });

  it('shows every level, the cap, a county outside the pilot and another category', () => {
    const run = relieveFamilies(input.families, { year: 2025 });
    const levels = new Set(run.results.map((result) => result.level));
    expect([...levels].sort()).toEqual(['none', 'relief_due', 'uninsured', 'watch']);
    expect(run.results.some((result) => result.capped)).toBe(true);
    const codes = run.warnings.map((warning) => warning.code);
    expect(codes).toContain('outside_pilot');
    expect(codes).toContain('outside_category');
  });
});
