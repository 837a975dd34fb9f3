// A department's result sheet: rows that confirm and rows that correct with a note, applied in
// one step; a refused row (a bad corrected value) names its row and changes nothing.
import { beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/store/database.ts';
import * as s from '../../src/workflow/hq-rating/services/index.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { department, on } from './support/actors.ts';
import { batchInReReview } from './support/batch.ts';

describeEachDatabase('hq rating: a department result sheet', (getDb) => {
  let db: Database;
  const hr = department('hr_social_security');
  beforeAll(async () => {
    db = getDb();
    await batchInReReview(db);
  });

  it('offers the form’s own wording among the names a sheet may use', async () => {
    const [item] = await s.listItems(db, hr, { state: 'pending' });
    const filers = (await s.listItems(db, hr, { state: 'pending' })).find(
      (i) => i.key === 'tax_filers',
    );
    expect(item).toBeDefined();
    expect(filers!.acceptedLabels).toEqual(
      expect.arrayContaining(['上年度在温个税申报人数', '上年度在温个人所得税申报人数']),
    );
  });

  it('refuses a bad corrected value by its row and changes nothing', async () => {
    const pending = await s.listItems(db, hr, { state: 'pending' });
    const [first, second] = pending;
    await expect(
      s.applyItemSheet(
        db,
        hr,
        {
          itemIds: [first!.id],
          corrections: [{ itemId: second!.id, value: '很多', note: '以社保系统为准', row: 3 }],
        },
        on('2026-01-08'),
      ),
    ).rejects.toMatchObject({
      issues: [
        expect.objectContaining({
          message: expect.objectContaining({ zh: expect.stringContaining('第 3 行') }),
        }),
      ],
    });
    const after = await s.listItems(db, hr, { state: 'pending' });
    expect(after.map((i) => i.id)).toEqual(pending.map((i) => i.id));
  });

  it('confirms and corrects in one step, the note kept', async () => {
    const pending = await s.listItems(db, hr, { state: 'pending' });
    const [first, second] = pending;
    const done = await s.applyItemSheet(
      db,
      hr,
      {
        itemIds: [first!.id],
        corrections: [{ itemId: second!.id, value: '880', note: '以社保系统缴费记录为准', row: 3 }],
      },
      on('2026-01-08'),
    );
    expect(done.map((i) => [i.id, i.state])).toEqual([
      [first!.id, 'verified'],
      [second!.id, 'corrected'],
    ]);
    expect(done[1]!.correctedValue).toBe('880');
    expect(done[1]!.note).toBe('以社保系统缴费记录为准');
  });
});
