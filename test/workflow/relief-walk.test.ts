import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { InputError } from '../../src/engine/input-issue.ts';
import { verifyAuditChain } from '../../src/store/audit.ts';
import type { Database } from '../../src/store/database.ts';
import { WorkflowError } from '../../src/workflow/hq-rating/errors.ts';
import * as r from '../../src/workflow/relief-pilot/services/index.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { queryRows } from '../support/rows.ts';
import { on } from './support/actors.ts';
import {
  charity,
  civilAffairs,
  csv,
  daxie,
  luoyang,
  medicalInsurance,
  testId,
} from './support/relief.ts';

const YEAR = 2026;
const today = on('2026-11-20');

/** Five families at the edges of MD3 and M3, and two more, as a member file. */
function familyFile(): string {
  const rows = [
    'family_code,county,township,head,name,id_number,relation,insured,insurance_kind,note',
    `T1,文成县,大峃镇,是,甲某某,${testId(1)},户主,是,resident,演示数据`,
    `T1,文成县,大峃镇,否,甲某,${testId(2)},配偶,是,resident,演示数据`,
    `T2,文成县,大峃镇,是,乙某某,${testId(3)},户主,是,,演示数据`,
    `T3,泰顺县,罗阳镇,是,丙某某,${testId(4)},户主,是,,演示数据`,
    `T4,泰顺县,罗阳镇,是,丁某某,${testId(5)},户主,是,,演示数据`,
    `T5,永嘉县,上塘镇,是,戊某某,${testId(6)},户主,是,,演示数据`,
    `T6,永嘉县,上塘镇,是,己某某,${testId(7)},户主,是,,演示数据`,
    `T6,永嘉县,上塘镇,否,己某,${testId(8)},子女,否,,演示数据`,
    `T7,苍南县,灵溪镇,是,庚某某,${testId(9)},户主,是,,演示数据`,
  ];
  return `${rows.join('\n')}\n`;
}

/** Out-of-pocket figures of the edges; layers add 50,000.00 to the total. */
const COSTS: Record<string, string> = {
  T1: '60000.00',
  T2: '60000.01',
  T3: '120000.00',
  T4: '120000.01',
  T5: '220000.01',
  T6: '1000.00',
  T7: '150000.00',
};

async function familyIdOf(db: Database, code: string): Promise<string> {
  const list = await r.listFamilies(db, medicalInsurance, { year: YEAR, pageSize: 200 }, today);
  return list.items.find((item) => item.familyCode === code)!.id;
}

async function tableCounts(db: Database) {
  const rows = await queryRows<{ families: string; members: string; costs: string }>(
    db,
    sql`select (select count(*) from relief_family) as families,
               (select count(*) from relief_member) as members,
               (select count(*) from relief_cost) as costs`,
  );
  return rows[0];
}

describeEachDatabase('relief pilot: a year from families to payments', (getDb) => {
  it('walks the year: import, category, costs, run, warnings, visits, fund, approval, payments, dashboard', async () => {
    const db = getDb();
    const imported = await r.importFamilies(
      db,
      medicalInsurance,
      { file: { fileName: 'f.csv', bytes: csv(familyFile()) } },
      today,
    );
    expect(imported).toEqual({ families: 7, members: 9 });

    // A bad row: nothing written, the issue names row and column, the ID masked.
    const before = await tableCounts(db);
    const bad = `family_code,county,township,head,name,id_number,relation,insured\nT8,文成县,大峃镇,是,辛某某,${testId(20)},户主,是\nT9,文成县,大峃镇,是,壬某某,330399198001010019,户主,是\n`;
    const refused = await r
      .importFamilies(
        db,
        medicalInsurance,
        { file: { fileName: 'bad.csv', bytes: csv(bad) } },
        today,
      )
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(InputError);
    const issues = (refused as InputError).issues;
    expect(issues).toEqual([
      expect.objectContaining({
        row: 3,
        column: '身份证号码',
        code: 'resident_id_check_character',
      }),
    ]);
    expect(JSON.stringify(issues)).not.toContain('330399198001010019');
    expect(JSON.stringify(issues)).toContain('3303**********0019');
    expect(await tableCounts(db)).toEqual(before);

    // M1: civil affairs decides the category; medical insurance may not.
    const ids: Record<string, string> = {};
    for (const code of Object.keys(COSTS)) ids[code] = await familyIdOf(db, code);
    await expect(
      r.setCategory(db, medicalInsurance, { familyId: ids.T1!, category: 2 }, today),
    ).rejects.toMatchObject({ code: 'relief_not_allowed' });
    for (const code of ['T1', 'T2', 'T3', 'T4', 'T5', 'T6']) {
      await r.setCategory(
        db,
        civilAffairs,
        { familyId: ids[code]!, category: 2, note: '2026年认定' },
        today,
      );
    }
    await r.setCategory(db, civilAffairs, { familyId: ids.T7!, category: 1 }, today);

    // Costs by layer (MD1); out-of-pocket exact; a negative one refused.
    for (const [code, oop] of Object.entries(COSTS)) {
      const [yuan, fen] = oop.split('.');
      const stored = await r.putCosts(
        db,
        medicalInsurance,
        {
          familyId: ids[code]!,
          year: YEAR,
          totalCost: `${Number(yuan) + 50000}.${fen}`,
          basicInsurance: '30000.00',
          criticalIllness: '10000',
          medicalAssistance: '5000.00',
          huiminbao: '5000.00',
        },
        today,
      );
      expect(stored.outOfPocket).toBe(oop);
    }
    await expect(
      r.putCosts(
        db,
        medicalInsurance,
        {
          familyId: ids.T1!,
          year: YEAR,
          totalCost: '100.00',
          basicInsurance: '100.01',
          criticalIllness: '0',
          medicalAssistance: '0',
          huiminbao: '0',
        },
        today,
      ),
    ).rejects.toMatchObject({
      issues: [expect.objectContaining({ code: 'out_of_pocket_negative', column: 'totalCost' })],
    });
    await expect(
      r.putCosts(
        db,
        charity,
        {
          familyId: ids.T1!,
          year: YEAR,
          totalCost: '1',
          basicInsurance: '0',
          criticalIllness: '0',
          medicalAssistance: '0',
          huiminbao: '0',
        },
        today,
      ),
    ).rejects.toMatchObject({ code: 'relief_not_allowed' });

    // The run: M3 to the fen, MD3 levels, MD4 names the first-category family.
    const run = await r.computeRun(db, medicalInsurance, { year: YEAR }, today);
    const byCode = Object.fromEntries(run.families.map((f) => [f.familyCode, f]));
    expect(byCode.T1).toMatchObject({ relief: '0.00', warning: 'none', outOfPocket: '60000.00' });
    expect(byCode.T2).toMatchObject({ relief: '0.00', warning: 'watch' });
    expect(byCode.T3).toMatchObject({ relief: '0.00', warning: 'watch' });
    expect(byCode.T4).toMatchObject({ relief: '0.01', warning: 'relief_due' });
    expect(byCode.T5).toMatchObject({ relief: '100000.00', warning: 'relief_due' });
    expect(byCode.T6).toMatchObject({ relief: '0.00', warning: 'uninsured' });
    expect(byCode.T7).toBeUndefined();
    expect(run.warnings.find((w) => w.code === 'outside_category')?.subjects).toEqual(['T7']);
    expect(run.total).toBe('100000.01');
    expect(run.countyTotals).toEqual(
      expect.arrayContaining([{ county: '永嘉县', families: 2, relief: '100000.00' }]),
    );

    // The charity federation sees the run without out-of-pocket; civil affairs not at all.
    const seen = await r.getRun(db, charity, { runId: run.id });
    expect(seen.families.every((f) => f.outOfPocket === null)).toBe(true);
    await expect(r.getRun(db, civilAffairs, { runId: run.id })).rejects.toMatchObject({
      code: 'relief_not_allowed',
    });
    const explanation = await r.explainRunFamily(db, charity, { runId: run.id, familyId: ids.T4! });
    expect(explanation.steps.map((s) => s.key)).toContain('relief');
    expect(explanation.steps.find((s) => s.key === 'relief')?.citation.rule).toContain('M3');
    expect(JSON.stringify(explanation)).not.toContain(testId(5));

    // Warnings: a township sees its own; visits by its own worker only.
    const mine = await r.listWarnings(db, daxie, { year: YEAR, county: '泰顺县' });
    expect(mine.map((w) => [w.familyCode, w.level])).toEqual([['T2', 'watch']]);
    const all = await r.listWarnings(db, medicalInsurance, { year: YEAR });
    expect(all.map((w) => w.familyCode)).toEqual(['T5', 'T6', 'T2', 'T3', 'T4']);
    const t3 = all.find((w) => w.familyCode === 'T3')!;
    await expect(
      r.recordVisit(
        db,
        daxie,
        { warningId: t3.id, visitedOn: '2026-11-20', result: 'verified' },
        today,
      ),
    ).rejects.toMatchObject({ kind: 'not_found' });
    await r.recordVisit(
      db,
      luoyang,
      { warningId: t3.id, visitedOn: '2026-11-20', result: 'help_arranged', note: '已协助' },
      today,
    );
    const visited = await r.listWarnings(db, luoyang, { year: YEAR });
    expect(visited.find((w) => w.familyCode === 'T3')?.visit).toMatchObject({
      result: 'help_arranged',
      by: luoyang.displayName,
    });
    await expect(
      r.recordVisit(
        db,
        civilAffairs,
        { warningId: t3.id, visitedOn: '2026-11-20', result: 'verified' },
        today,
      ),
    ).rejects.toBeInstanceOf(WorkflowError);

    // Enrolment (M5): T6's child insured now, so its warning drops out of the list.
    const t6 = await r.getFamily(db, medicalInsurance, { familyId: ids.T6! }, today);
    expect(t6.members.map((m) => m.idNumber)).toEqual([testId(7), testId(8)]);
    await r.replaceMembers(
      db,
      medicalInsurance,
      {
        familyId: ids.T6!,
        members: [
          { name: '己某某', idNumber: testId(7), relation: '户主', head: true, insured: true },
          { name: '己某', idNumber: testId(8), relation: '子女', head: false, insured: true },
        ],
      },
      today,
    );
    const afterEnrolment = await r.listWarnings(db, medicalInsurance, { year: YEAR });
    expect(afterEnrolment.map((w) => w.familyCode)).toEqual(['T5', 'T2', 'T3', 'T4']);
    await expect(
      r.replaceMembers(
        db,
        medicalInsurance,
        {
          familyId: ids.T6!,
          members: [
            { name: '某', idNumber: testId(1), relation: '户主', head: true, insured: true },
          ],
        },
        today,
      ),
    ).rejects.toMatchObject({
      issues: [
        expect.objectContaining({ code: 'id_number_duplicate', column: 'members.0.idNumber' }),
      ],
    });

    // Fund (M4): the city's yearly cap, the 1:1 local match.
    await r.recordReceipt(
      db,
      charity,
      {
        year: YEAR,
        county: '泰顺县',
        source: 'city',
        amount: '0.01',
        receivedOn: '2026-03-01',
        reference: 'C-1',
      },
      today,
    );
    await r.recordReceipt(
      db,
      charity,
      {
        year: YEAR,
        county: '永嘉县',
        source: 'city',
        amount: '50000.00',
        receivedOn: '2026-03-01',
        reference: 'C-2',
      },
      today,
    );
    await r.recordReceipt(
      db,
      charity,
      {
        year: YEAR,
        county: '永嘉县',
        source: 'local_match',
        amount: '80000.00',
        receivedOn: '2026-03-02',
        reference: 'L-1',
      },
      today,
    );
    await expect(
      r.recordReceipt(
        db,
        charity,
        {
          year: YEAR,
          county: '文成县',
          source: 'city',
          amount: '19950000.00',
          receivedOn: '2026-03-01',
          reference: 'C-3',
        },
        today,
      ),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ code: 'city_fund_exceeded' })] });
    await expect(
      r.recordReceipt(
        db,
        medicalInsurance,
        {
          year: YEAR,
          county: '文成县',
          source: 'city',
          amount: '1.00',
          receivedOn: '2026-03-01',
          reference: 'C-4',
        },
        today,
      ),
    ).rejects.toMatchObject({ code: 'relief_not_allowed' });
    const fund = await r.getFund(db, charity, { year: YEAR });
    expect(fund.counties.find((c) => c.county === '永嘉县')).toEqual({
      county: '永嘉县',
      cityAllocation: '50000.00',
      localMatch: '80000.00',
      funded: '100000.00',
      paid: '0.00',
      balance: '100000.00',
    });

    // Approval and payment: not before approval, never twice, never past the balance.
    await expect(
      r.payRelief(db, charity, { runId: run.id, familyId: ids.T4! }, today),
    ).rejects.toMatchObject({ code: 'run_not_approved' });
    await expect(
      r.approveRun(db, medicalInsurance, { runId: run.id }, today),
    ).rejects.toMatchObject({ code: 'relief_not_allowed' });
    await r.approveRun(db, charity, { runId: run.id, note: '同意' }, today);
    const one = await r.payRelief(db, charity, { runId: run.id, familyId: ids.T4! }, today);
    expect(one.total).toBe('0.01');
    await expect(
      r.payRelief(db, charity, { runId: run.id, familyId: ids.T4! }, today),
    ).rejects.toMatchObject({ code: 'already_paid' });
    await r.recordReceipt(
      db,
      charity,
      {
        year: YEAR,
        county: '永嘉县',
        source: 'local_match',
        amount: '0.01',
        receivedOn: '2026-03-03',
        reference: 'L-2',
      },
      today,
    );
    // 永嘉县 holds 100000.00; T5's relief is 100000.00: exactly enough.
    const rest = await r.payRelief(db, charity, { runId: run.id, all: true }, today);
    expect(rest.payments.map((p) => [p.familyCode, p.amount])).toEqual([['T5', '100000.00']]);
    const again = await r.payRelief(db, charity, { runId: run.id, all: true }, today);
    expect(again.payments).toEqual([]);

    // Dashboard (M2): rates exact, met decided exactly.
    const dashboard = await r.getDashboard(db, civilAffairs, { year: YEAR });
    const yongjia = dashboard.counties.find((c) => c.county === '永嘉县')!;
    expect(yongjia.participation).toEqual({ value: '100.00', target: '99.50', met: true });
    expect(yongjia.monitoring).toEqual({ value: '100.00', target: '100.00', met: true });
    expect(yongjia.reliefPaid).toBe('100000.00');
    expect(dashboard.total.warnings).toEqual({ watch: 2, relief_due: 2, uninsured: 0 });
    expect(dashboard.total.visits).toEqual({ done: 1, open: 3 });

    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it('refuses overpaying a county fund, naming the county, balance and amount', async () => {
    const db = getDb();
    const file = `family_code,county,township,head,name,id_number,relation,insured\nP1,洞头区,北岙街道,是,癸某某,${testId(40)},户主,是\n`;
    await r.importFamilies(
      db,
      medicalInsurance,
      { file: { fileName: 'p.csv', bytes: csv(file) } },
      today,
    );
    const id = await familyIdOf(db, 'P1');
    await r.setCategory(db, civilAffairs, { familyId: id, category: 2 }, today);
    await r.putCosts(
      db,
      medicalInsurance,
      {
        familyId: id,
        year: 2025,
        totalCost: '150000.00',
        basicInsurance: '0',
        criticalIllness: '0',
        medicalAssistance: '0',
        huiminbao: '0',
      },
      today,
    );
    const run = await r.computeRun(db, medicalInsurance, { year: 2025 }, today);
    await r.approveRun(db, charity, { runId: run.id }, today);
    await r.recordReceipt(
      db,
      charity,
      {
        year: 2025,
        county: '洞头区',
        source: 'city',
        amount: '10000.00',
        receivedOn: '2025-03-01',
        reference: 'D-1',
      },
      today,
    );
    const refused = await r
      .payRelief(db, charity, { runId: run.id, familyId: id }, today)
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'fund_insufficient' });
    expect((refused as WorkflowError).localized.zh).toContain(
      '洞头区基金余额 10000.00 元，不足以拨付 30000.00 元',
    );
  });
});
