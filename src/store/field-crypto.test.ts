import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  blindIndex,
  FieldCryptoError,
  isSealed,
  openField,
  sealField,
  sealedKeyId,
} from './field-crypto.ts';
import { addFieldKey, loadFieldKeys } from './field-keys.ts';

const root = mkdtempSync(join(tmpdir(), 'pingding-field-keys-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ID = '330302198001011234';

describe('sealed personal fields (SM4-CTR with HMAC-SM3)', () => {
  const ring = loadFieldKeys(join(root, 'a', 'field.keys'));

  it('seals a value that reads back, and never the same way twice', () => {
    const one = sealField(ID, 'relief_member.id_number', ring);
    const two = sealField(ID, 'relief_member.id_number', ring);
    expect(one).not.toBe(two);
    expect(one).not.toContain(ID);
    expect(isSealed(one)).toBe(true);
    expect(sealedKeyId(one)).toBe('k1');
    expect(openField(one, 'relief_member.id_number', ring)).toBe(ID);
    expect(openField('文成县大峃镇岙底村 12 号', 'relief_family.address', ring)).toBe(
      '文成县大峃镇岙底村 12 号',
    );
  });

  it('refuses a value altered, moved to another field, or under a key the ring lacks', () => {
    const sealed = sealField('12000.00', 'relief_cost.total_cost', ring);
    const parts = sealed.split(':');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = body[0]! ^ 1;
    parts[3] = body.toString('base64url');
    expect(() => openField(parts.join(':'), 'relief_cost.total_cost', ring)).toThrow(
      FieldCryptoError,
    );
    expect(() => openField(sealed, 'relief_cost.out_of_pocket', ring)).toThrow(/altered or moved/);
    const other = loadFieldKeys(join(root, 'b', 'field.keys'));
    expect(() => openField(sealed, 'relief_cost.total_cost', other)).toThrow(FieldCryptoError);
  });

  it('keeps the key file private, and a rotated ring still opens what older keys sealed', () => {
    const file = join(root, 'c', 'field.keys');
    const first = loadFieldKeys(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const old = sealField(ID, 'relief_member.id_number', first);
    const rotated = addFieldKey(first);
    expect(rotated.current.id).toBe('k2');
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
    const reloaded = loadFieldKeys(file);
    expect(reloaded.current.id).toBe('k2');
    expect(openField(old, 'relief_member.id_number', reloaded)).toBe(ID);
    expect(sealedKeyId(sealField(ID, 'relief_member.id_number', reloaded))).toBe('k2');
    // The blind index follows the current key: equal under one key, unrelated across keys.
    expect(blindIndex(ID, reloaded)).toBe(blindIndex(ID, rotated));
    expect(blindIndex(ID, reloaded)).not.toBe(blindIndex(ID, first));

    chmodSync(file, 0o644);
    expect(() => loadFieldKeys(file)).toThrow(/chmod 600/);
    const bad = join(root, 'd.keys');
    writeFileSync(bad, 'k1 nothex\n', { mode: 0o600 });
    expect(() => loadFieldKeys(bad)).toThrow(/第 1 行/);
  });
});
