import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditHash, GENESIS_HASH } from './audit.ts';

describe('auditHash', () => {
  it('is sha256 of prev_hash followed by the canonical JSON of the columns', () => {
    const fields = {
      at: '2026-01-02T03:04:05.678Z',
      actor: 'clerk-7',
      action: 'case.submit',
      entity: 'case',
      entityId: 'C-1',
      before: null,
      after: { score: 88, name: '甲' },
      note: null,
    };
    // Written out by hand, so a change to the format cannot pass unnoticed.
    const text =
      GENESIS_HASH +
      '{"action":"case.submit","actor":"clerk-7","after":{"name":"甲","score":88},' +
      '"at":"2026-01-02T03:04:05.678Z","before":null,"entity":"case","entity_id":"C-1","note":null}';
    expect(auditHash(GENESIS_HASH, fields)).toBe(createHash('sha256').update(text).digest('hex'));
  });
});
