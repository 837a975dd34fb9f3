import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { currentFieldKeys, type FieldKeyRing } from './field-keys.ts';

/**
 * Personal fields sealed at rest with SM4 (GB/T 32907) in CTR mode, authenticated with HMAC-SM3
 * (GB/T 32905) over the key, the field's purpose, the IV and the ciphertext (encrypt-then-MAC;
 * the OpenSSL under Node 20 has no SM4-GCM). A sealed value reads
 * `sm4:<key>:<iv>:<ciphertext>:<tag>`, base64url; anything else is a value written before
 * encryption, read as it is until `sealPlainFields` or `pingding keys rotate` seals it.
 */
const PREFIX = 'sm4';

/** What a sealed value is of: bound into its tag, so a value moved to another field is refused. */
export type FieldPurpose =
  | 'relief_member.id_number'
  | 'relief_family.address'
  | 'relief_family.phone'
  | `relief_cost.${'total_cost' | 'basic_insurance' | 'critical_illness' | 'medical_assistance' | 'huiminbao' | 'out_of_pocket'}`
  | 'relief_run_family.out_of_pocket';

export class FieldCryptoError extends Error {}

const b64 = (bytes: Buffer) => bytes.toString('base64url');

function tagOf(mac: Buffer, keyId: string, purpose: string, iv: Buffer, body: Buffer): Buffer {
  return createHmac('sm3', mac)
    .update(`${PREFIX}:${keyId}:${purpose}:`, 'utf8')
    .update(iv)
    .update(body)
    .digest();
}

/**
 * Seals a text under the ring's current key.
 * @example openField(sealField('330302198001011234', 'relief_member.id_number'), 'relief_member.id_number') // '330302198001011234'
 */
export function sealField(
  text: string,
  purpose: FieldPurpose,
  ring: FieldKeyRing = currentFieldKeys(),
): string {
  const key = ring.current;
  const iv = randomBytes(16);
  const cipher = createCipheriv('sm4-ctr', key.encryption, iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return [PREFIX, key.id, b64(iv), b64(body), b64(tagOf(key.mac, key.id, purpose, iv, body))].join(
    ':',
  );
}

/** A nullable field: null stays null. */
export const sealOptional = (text: string | null | undefined, purpose: FieldPurpose) =>
  text === null || text === undefined ? null : sealField(text, purpose);

/** Whether a stored value is sealed (else it predates encryption). */
export const isSealed = (stored: string) => stored.startsWith(`${PREFIX}:`);

/** The key a sealed value is under; null for a value not sealed. */
export const sealedKeyId = (stored: string) => (isSealed(stored) ? stored.split(':')[1]! : null);

/**
 * The text of a stored value. A value altered, moved to another field, or under a key the ring
 * does not hold is refused: the service stops rather than show or compute with a wrong figure.
 */
export function openField(
  stored: string,
  purpose: FieldPurpose,
  ring: FieldKeyRing = currentFieldKeys(),
): string {
  if (!isSealed(stored)) return stored;
  const [, keyId, ivText, bodyText, tagText, ...rest] = stored.split(':');
  const key = ring.byId.get(keyId ?? '');
  if (!key || ivText === undefined || bodyText === undefined || !tagText || rest.length > 0) {
    throw new FieldCryptoError(
      key
        ? 'a sealed field is malformed'
        : `a sealed field is under key ${keyId}, not in the key ring`,
    );
  }
  const iv = Buffer.from(ivText, 'base64url');
  const body = Buffer.from(bodyText, 'base64url');
  const expected = tagOf(key.mac, key.id, purpose, iv, body);
  const tag = Buffer.from(tagText, 'base64url');
  if (tag.length !== expected.length || !timingSafeEqual(tag, expected)) {
    throw new FieldCryptoError('a sealed field does not match its tag: altered or moved');
  }
  const decipher = createDecipheriv('sm4-ctr', key.encryption, iv);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}

/** A nullable stored value opened: null stays null. */
export const openOptional = (stored: string | null, purpose: FieldPurpose) =>
  stored === null ? null : openField(stored, purpose);

/**
 * The blind index of a value: equal values have equal indexes under one key, so a unique
 * constraint and a look-up work without decrypting, and nobody without the key can test a guess.
 * @example blindIndex('330302198001011234') === blindIndex('330302198001011234') // true
 */
export function blindIndex(text: string, ring: FieldKeyRing = currentFieldKeys()): string {
  return createHmac('sm3', ring.current.index).update(text, 'utf8').digest('hex');
}
