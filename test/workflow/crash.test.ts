import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/store/audit.ts';
import { openDatabase } from '../../src/store/database.ts';
import { hqBatch } from '../../src/store/schema/hq-batches.ts';

const root = mkdtempSync(join(tmpdir(), 'pingding-crash-'));
const dataDir = join(root, 'pglite');

/**
 * Runs the writer on the data directory and kills it with SIGKILL once `stop` says so; returns
 * what it reported committed before that.
 */
function killWriterWhen(
  mode: 'hang' | 'busy',
  stop: (line: string, committed: string[]) => boolean,
) {
  return new Promise<{ committed: string[]; lines: string[] }>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['bin/run-ts.js', 'test/workflow/support/crash-writer.ts', dataDir, mode],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const committed: string[] = [];
    const lines: string[] = [];
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      if (line.startsWith('committed ')) committed.push(line.slice('committed '.length));
      if (stop(line, committed)) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ committed, lines });
      else reject(new Error(`writer ended by itself (${code}): ${stderr}`));
    });
  });
}

/** Opens the directory as a restarted process would, and reads back what is there. */
async function reopen() {
  const handle = await openDatabase({ dataDir });
  try {
    const batches = await handle.db.select().from(hqBatch);
    return { batches, chain: await verifyAuditChain(handle.db) };
  } finally {
    await handle.close();
  }
}

describe('hq rating: a process killed mid-write', () => {
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('restarts with every committed step intact and the open transaction gone', async () => {
    // Killed while a transaction has written a batch, its timeline and its audit record.
    const first = await killWriterWhen('hang', (line) => line.startsWith('mid '));
    expect(first.committed).toHaveLength(3);
    const uncommitted = first.lines.find((line) => line.startsWith('mid '))!.slice(4);
    // The next process opens the same directory and carries on; killed again while committing
    // as fast as it can.
    const second = await killWriterWhen('busy', (_line, committed) => committed.length >= 5);
    expect(second.lines[0]).toBe('open');

    const after = await reopen();
    const ids = new Set(after.batches.map((b) => b.id));
    for (const id of [...first.committed, ...second.committed]) expect(ids.has(id)).toBe(true);
    expect(ids.has(uncommitted)).toBe(false);
    // Each createBatch writes one audit record with its batch: none lost, none left over.
    expect(after.chain).toMatchObject({ ok: true, count: after.batches.length });
    expect(after.batches.every((b) => b.state === 'draft' && b.title.startsWith('crash'))).toBe(
      true,
    );
  }, 60_000);
});
