/**
 * A child process for the crash test: it writes to a PGlite data directory through the services
 * and reports each commit on stdout, so the parent can kill it with SIGKILL mid-write.
 *   node bin/run-ts.js test/workflow/support/crash-writer.ts DIR hang|busy
 * `hang`: three batches committed, then a transaction that has written a batch, its timeline and
 * its audit record waits forever before committing. `busy`: commits batches without pause.
 */
import { appendAudit } from '../../../src/store/audit.ts';
import { openDatabase } from '../../../src/store/database.ts';
import { hqBatch } from '../../../src/store/schema/hq-batches.ts';
import { createBatch } from '../../../src/workflow/hq-rating/services/index.ts';
import { bureau } from './actors.ts';
import { BATCH_INPUT } from './batch.ts';

const [dir, mode] = process.argv.slice(2);
const { db } = await openDatabase({ dataDir: dir! });
const say = (line: string) => process.stdout.write(`${line}\n`);
say('open');

async function commitOne(n: number): Promise<void> {
  const batch = await createBatch(db, bureau, { ...BATCH_INPUT, title: `crash ${mode} ${n}` });
  say(`committed ${batch.id}`);
}

if (mode === 'hang') {
  for (let n = 1; n <= 3; n++) await commitOne(n);
  await db.transaction(async (tx) => {
    const at = new Date();
    const [row] = await tx
      .insert(hqBatch)
      .values({
        ...BATCH_INPUT,
        title: 'never committed',
        publicityWorkingDays: 7,
        settings: { noSpread: 'full_weight', displayPlaces: 2, exportPlaces: 4 },
        state: 'draft',
        createdBy: bureau.accountId,
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    await appendAudit(tx, {
      actor: bureau.accountId,
      action: 'hq.batch.create',
      entity: 'hq_batch',
      entityId: row!.id,
    });
    say(`mid ${row!.id}`);
    await new Promise(() => undefined);
  });
} else {
  for (let n = 1; ; n++) await commitOne(n);
}
