import { expect, it } from 'vitest';
import { InputError } from '../../src/engine/input-issue.ts';
import { allocateFund } from '../../src/methods/water-source-compensation/allocate.ts';
import { demoYear } from '../../src/methods/water-source-compensation/demo.ts';
import { parseWaterInput } from '../../src/methods/water-source-compensation/input.ts';
import { verifyAuditChain } from '../../src/store/audit.ts';
import { fieldsOfOffice } from '../../src/workflow/water-fund/fields.ts';
import * as w from '../../src/workflow/water-fund/services/index.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { admin, on } from './support/actors.ts';
import {
  developmentReform,
  ecology,
  finance,
  naturalResources,
  office,
  publicSecurity,
  waterCounty,
  waterResources,
} from './support/water.ts';
import { refusedWith } from './support/walk-stages.ts';

const doc = demoYear({ year: 2025, seed: 7 });
const csv = (text: string) => ({ fileName: 'figures.csv', bytes: new TextEncoder().encode(text) });
const issuesOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).issues;
};

/** The figures of the demo document an office owns, as one entry. */
function entriesOf(officeName: Parameters<typeof fieldsOfOffice>[0]) {
  const fields = fieldsOfOffice(officeName);
  return Object.keys(doc.factors).flatMap((county) =>
    fields.map((field) => ({
      county,
      field,
      value: doc.factors[county as '瑞安市']![field] ?? doc.assessment[county as '瑞安市']![field]!,
    })),
  );
}

describeEachDatabase('water fund: a year from opening to self-evaluation', (getDb) => {
  it('walks the year with every office and county, refusing what 28号 does not allow', async () => {
    const db = getDb();
    // Opening (W2): finance only, a year 28号 covers, once.
    await expect(w.openYear(db, naturalResources, { year: 2025 })).rejects.toEqual(
      refusedWith('office_not_allowed'),
    );
    expect((await issuesOf(w.openYear(db, finance, { year: 2026 })))[0]!.code).toBe(
      'year_not_covered',
    );
    const opened = await w.openYear(db, finance, { year: 2025 }, on('2025-12-20'));
    expect(opened).toMatchObject({
      state: 'collecting',
      figuresDueOn: '2026-03-31',
      selfEvaluationDueOn: '2026-03-31',
    });
    await expect(w.openYear(db, finance, { year: 2025 })).rejects.toEqual(
      refusedWith('year_exists'),
    );
    const ledger0 = await w.getLedger(db, finance, { year: 2025 });
    expect(ledger0.lines).toHaveLength(11);
    expect(ledger0.totals).toEqual({
      incoming: { total: '170000000.00', paid: '0.00', due: '170000000.00' },
      outgoing: { total: '0.00', paid: '0.00', due: '0.00' },
      balance: '0.00',
    });
    expect(ledger0.lines.find((l) => l.county === '龙湾区')!.amount).toBe('12800000.00');
    expect(ledger0.lines.find((l) => l.kind === 'city_share')!.amount).toBe('100000000.00');

    // Figures (W5, W7): the owning office only, all or nothing, every problem named.
    await expect(
      w.enterFigures(db, waterResources, {
        year: 2025,
        figures: [{ county: '瑞安市', field: 'population', value: '1' }],
      }),
    ).rejects.toEqual(refusedWith('field_of_other_office'));
    const bad = await issuesOf(
      w.enterFigures(db, ecology, {
        year: 2025,
        figures: [
          { county: '瑞安市', field: 'water_quality', value: '40' },
          { county: '鹿城区', field: 'water_quality', value: '40' },
          { county: '文成县', field: 'water_quality', value: '51' },
          { county: '泰顺县', field: 'management', value: 'abc' },
        ],
      }),
    );
    expect(bad.map((i) => `${i.column}:${i.code}`)).toEqual([
      'figures.1.county:not_a_receiver',
      'figures.2.value:above_max',
      'figures.3.value:not_a_number',
    ]);
    expect((await w.getYear(db, ecology, { year: 2025 })).missing).toBe(32);

    await w.enterFigures(db, ecology, { year: 2025, figures: entriesOf('ecology_environment') });
    await w.enterFigures(db, waterResources, { year: 2025, figures: entriesOf('water_resources') });
    await w.enterFigures(db, finance, { year: 2025, figures: entriesOf('finance') });

    // Import: a bad row refuses the file and changes nothing; Chinese headers are read.
    const badImport = await issuesOf(
      w.importFigures(db, publicSecurity, {
        year: 2025,
        ...csv('县（市、区）,集雨区内行政人口数\n瑞安市,100\n文成县,12.5\n乐清市,7\n'),
      }),
    );
    expect(badImport.map((i) => [i.row, i.code])).toEqual([
      [3, 'not_whole'],
      [4, 'not_a_receiver'],
    ]);
    const afterBad = await w.getYear(db, publicSecurity, { year: 2025 });
    expect(afterBad.figures.filter((f) => f.field === 'population' && f.value)).toHaveLength(0);
    const populationRows = Object.entries(doc.factors)
      .map(([county, f]) => `${county},${f.population}`)
      .join('\n');
    const imported = await w.importFigures(db, publicSecurity, {
      year: 2025,
      ...csv(`县（市、区）,集雨区内行政人口数\n${populationRows}\n`),
    });
    expect(imported.imported).toBe(4);
    expect(imported.figures.find((f) => f.field === 'population')!.source).toBe('import');
    const template = await w.figuresTemplate(db, publicSecurity, {
      year: 2025,
      office: 'public_security',
    });
    // The template is the office's own layout: it imports back as it is (.xlsx).
    const again = await w.importFigures(db, publicSecurity, {
      year: 2025,
      fileName: template.fileName,
      bytes: template.bytes,
    });
    expect(again.imported).toBe(4);

    // A run before the green rate is in names the four missing figures.
    const missing = await issuesOf(w.runAllocation(db, naturalResources, { year: 2025 }));
    expect(missing.map((i) => i.column)).toEqual([
      'figures.瑞安市.green_rate',
      'figures.文成县.green_rate',
      'figures.泰顺县.green_rate',
      'figures.瓯海区.green_rate',
    ]);
    // Late (W7: by the end of March): taken, and marked.
    await w.enterFigures(
      db,
      developmentReform,
      { year: 2025, figures: entriesOf('development_reform') },
      on('2026-04-02'),
    );
    const late = await w.getYear(db, admin, { year: 2025 }, on('2026-04-02'));
    expect(late.late).toBe(true);
    expect(late.figures.find((f) => f.field === 'green_rate')!.late).toBe(true);
    expect(late.missing).toBe(0);

    // The run equals the method's output on the same figures; parts sum exactly.
    await expect(w.runAllocation(db, finance, { year: 2025 })).rejects.toEqual(
      refusedWith('office_not_allowed'),
    );
    const run1 = await w.runAllocation(db, naturalResources, { year: 2025 }, on('2026-04-03'));
    const method = allocateFund(parseWaterInput(doc));
    expect(run1.allocations).toEqual(
      method.allocations.map((a) => ({
        county: a.county,
        base: a.base.rounded.amount.toDecimal(2),
        reward: a.reward.rounded.amount.toDecimal(2),
        total: a.total.toDecimal(2),
        score: a.score.total.toDecimal(4),
        group: a.reward.group,
        place: a.reward.place,
        tie: a.reward.tiedWith.length > 0,
      })),
    );
    const fen = (field: 'base' | 'reward') =>
      run1.allocations.reduce((sum, a) => sum + BigInt(a[field].replace('.', '')), 0n);
    expect(fen('base')).toBe(14_000_000_000n);
    expect(fen('reward')).toBe(3_000_000_000n);
    expect(run1.contributions.find((c) => c.county === '龙湾区')!.ofWhich).toEqual([
      { name: '温州湾新区', amount: '7800000.00' },
    ]);

    // A figure changed after run 1: run 1 can no longer be approved.
    await w.enterFigures(db, finance, {
      year: 2025,
      figures: [{ county: '瑞安市', field: 'performance', value: '4' }],
    });
    await expect(w.approveRun(db, naturalResources, { runId: run1.id })).rejects.toEqual(
      refusedWith('run_outdated'),
    );
    const run2 = await w.runAllocation(db, naturalResources, { year: 2025 });
    expect(run2.version).toBe(2);
    const detail = await w.getRun(db, finance, { runId: run2.id });
    expect(detail.explanations).toHaveLength(4);
    expect(detail.explanations[0]!.factors.map((f) => f.weight)).toEqual(['5', '45', '30', '20']);
    expect(detail.explanations[0]!.explanation.steps.length).toBeGreaterThan(5);

    // Counties see only the approved run.
    const wencheng = waterCounty('文成县');
    await expect(w.getRun(db, wencheng, { runId: run2.id })).rejects.toEqual(
      refusedWith('not_found'),
    );
    expect(await w.listRuns(db, wencheng, { year: 2025 })).toEqual([]);

    const approved = await w.approveRun(db, naturalResources, { runId: run2.id, note: '同意' });
    expect(approved.state).toBe('approved');
    expect((await w.getYear(db, wencheng, { year: 2025 })).state).toBe('allocated');
    await expect(
      w.enterFigures(db, finance, {
        year: 2025,
        figures: [{ county: '瑞安市', field: 'performance', value: '5' }],
      }),
    ).rejects.toEqual(refusedWith('year_allocated'));
    await expect(w.runAllocation(db, naturalResources, { year: 2025 })).rejects.toEqual(
      refusedWith('year_allocated'),
    );

    // Ledger: transfers of base + reward, adding up to the fund exactly.
    const ledger = await w.getLedger(db, finance, { year: 2025 });
    expect(ledger.lines).toHaveLength(15);
    expect(ledger.totals.outgoing.total).toBe('170000000.00');
    const wenchengTransfer = ledger.lines.find(
      (l) => l.kind === 'transfer' && l.county === '文成县',
    )!;
    expect(wenchengTransfer.amount).toBe(
      run2.allocations.find((a) => a.county === '文成县')!.total,
    );
    const own = await w.getLedger(db, wencheng, { year: 2025 });
    expect(own.lines.every((l) => l.county === '文成县')).toBe(true);
    await expect(
      w.markPaid(db, ecology, {
        lineId: wenchengTransfer.id,
        paidOn: '2026-05-01',
        reference: 'x',
      }),
    ).rejects.toEqual(refusedWith('office_not_allowed'));
    const paid = await w.markPaid(db, finance, {
      lineId: wenchengTransfer.id,
      paidOn: '2026-05-01',
      reference: '温财拨〔2026〕1号',
    });
    expect(paid.state).toBe('paid');
    await expect(
      w.markPaid(db, finance, {
        lineId: wenchengTransfer.id,
        paidOn: '2026-05-02',
        reference: 'y',
      }),
    ).rejects.toEqual(refusedWith('already_paid'));
    const flows = await w.getFlows(db, wencheng, { year: 2025 });
    expect(flows.fund).toBe('170000000.00');
    expect(flows.targets).toHaveLength(4);

    // Uses (W8): receivers only, no forbidden use, never beyond the transfer.
    const use = { year: 2025, category: 'refuse', amount: '1000000.00', description: '垃圾清运' };
    await expect(w.recordUse(db, waterCounty('鹿城区'), use)).rejects.toEqual(
      refusedWith('not_a_receiver'),
    );
    await expect(w.recordUse(db, finance, use)).rejects.toEqual(refusedWith('not_a_receiver'));
    const forbidden = await issuesOf(
      w.recordUse(db, wencheng, { ...use, category: 'personal_allowance' }),
    );
    expect(forbidden[0]).toMatchObject({ column: 'category', code: 'forbidden_use' });
    expect(forbidden[0]!.message.zh).toContain('28号 第十三条');
    const recorded = await w.recordUse(db, wencheng, use);
    expect(recorded).toMatchObject({ county: '文成县', amount: '1000000.00' });
    const remaining = (await w.listUses(db, wencheng, { year: 2025 })).balances[0]!;
    expect(remaining.used).toBe('1000000.00');
    const beyond = await issuesOf(
      w.recordUse(db, wencheng, {
        ...use,
        amount: `${BigInt(remaining.remaining.split('.')[0]!) + 1n}.00`,
      }),
    );
    expect(beyond[0]).toMatchObject({ column: 'amount', code: 'beyond_transfer' });
    await w.recordUse(db, wencheng, { ...use, amount: remaining.remaining });
    const all = await w.listUses(db, ecology, { year: 2025 });
    expect(all.balances.find((b) => b.county === '文成县')!.remaining).toBe('0.00');
    expect((await w.listUses(db, waterCounty('瑞安市'), { year: 2025 })).uses).toEqual([]);

    // Self-evaluation (W9).
    const evaluation = await w.submitSelfEvaluation(
      db,
      wencheng,
      { year: 2025, summary: '完成年度目标', score: '92.5' },
      on('2026-03-20'),
    );
    expect(evaluation).toMatchObject({ score: '92.5', late: false, county: '文成县' });
    const listed = await w.listSelfEvaluations(db, finance, { year: 2025 });
    expect(listed.find((e) => e.county === '文成县')!.summary).toBe('完成年度目标');
    await expect(w.listSelfEvaluations(db, wencheng, { year: 2025 })).rejects.toEqual(
      refusedWith('office_not_allowed'),
    );

    const notice = await w.allocationNoticePdf(db, wencheng, { year: 2025 });
    expect(new TextDecoder().decode(notice.pdf.slice(0, 5))).toBe('%PDF-');

    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  }, 120_000);

  it('refuses a run when a factor adds up to zero (WD3)', async () => {
    const db = getDb();
    await w.openYear(db, finance, { year: 2024 });
    const byOffice = (name: Parameters<typeof office>[0]) => office(name);
    for (const name of [
      'ecology_environment',
      'water_resources',
      'public_security',
      'finance',
      'development_reform',
    ] as const) {
      const figures = entriesOf(name).map((entry) =>
        entry.field === 'water_area' ? { ...entry, value: '0' } : entry,
      );
      await w.enterFigures(db, byOffice(name), { year: 2024, figures });
    }
    const issues = await issuesOf(w.runAllocation(db, naturalResources, { year: 2024 }));
    expect(issues[0]!.code).toBe('factor_total_zero');
  });
});
