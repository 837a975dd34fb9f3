import { expect, it } from 'vitest';
import { seedWaterDemo } from '../../src/server/demo/water-setup.ts';
import { getLedger, getYear } from '../../src/workflow/water-fund/services/index.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { admin } from './support/actors.ts';
import { office } from './support/water.ts';

describeEachDatabase('water fund: the demo year', (getDb) => {
  it('opens 2025 as 演示数据 with every figure but the green rates, once', async () => {
    const db = getDb();
    const actors = [
      office('finance'),
      office('ecology_environment'),
      office('water_resources'),
      office('public_security'),
      office('development_reform'),
      office('natural_resources'),
    ];
    expect(await seedWaterDemo(db, actors, '2026-11-22')).toBe(true);
    expect(await seedWaterDemo(db, actors, '2026-11-22')).toBe(false);
    const year = await getYear(db, admin, { year: 2025 });
    expect(year).toMatchObject({ state: 'collecting', synthetic: true, missing: 4 });
    expect(year.notice?.zh).toContain('演示数据');
    expect(year.figures.filter((f) => f.value === null).map((f) => f.field)).toEqual([
      'green_rate',
      'green_rate',
      'green_rate',
      'green_rate',
    ]);
    expect(year.figures.some((f) => f.late)).toBe(false);
    const { totals } = await getLedger(db, admin, { year: 2025 });
    expect(totals.incoming.due).toBe('170000000.00');
  });
});
