import { createHmac, randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The keys personal fields are encrypted under at rest (SM4, GB/T 32907; see field-crypto.ts and
 * docs/field-encryption.md). A key ring: every key ever used, so that values sealed under an
 * older key (and backups made then) stay readable, and the newest, which seals new values.
 * Never stored in the database.
 */
export interface FieldKey {
  /** A short name written into each sealed value: `k1`, `k2`, … */
  id: string;
  /** SM4-128 key of the ciphertext. */
  encryption: Buffer;
  /** HMAC-SM3 key authenticating each sealed value. */
  mac: Buffer;
  /** HMAC-SM3 key of the blind index (equal ID numbers found without decrypting). */
  index: Buffer;
}

export interface FieldKeyRing {
  /** The key new values are sealed with: the last of the file. */
  current: FieldKey;
  byId: ReadonlyMap<string, FieldKey>;
  /** The key file, or null for an in-memory database's ephemeral ring. */
  file: string | null;
}

const SECRET_BYTES = 32;
const LINE = /^(k\d+)\s+([0-9a-f]{64})$/i;

/** The three working keys of one secret, each for its one purpose. */
function deriveKey(id: string, secret: Buffer): FieldKey {
  const derive = (purpose: string) => createHmac('sm3', secret).update(purpose, 'utf8').digest();
  return {
    id,
    encryption: derive('pingding field encryption (SM4)').subarray(0, 16),
    mac: derive('pingding field authentication (HMAC-SM3)'),
    index: derive('pingding field blind index (HMAC-SM3)'),
  };
}

/**
 * Where the field keys live: `PINGDING_FIELD_KEY_FILE`, else `field.keys` beside the audit key
 * (for the default `.data/pglite`, `.data/field.keys`); null for an in-memory database.
 */
export function fieldKeyFile(
  auditKeyFile: string | null,
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  if (env.PINGDING_FIELD_KEY_FILE) return env.PINGDING_FIELD_KEY_FILE;
  return auditKeyFile ? join(dirname(auditKeyFile), 'field.keys') : null;
}

let ephemeral: FieldKeyRing | undefined;

/**
 * Reads the key ring, creating it with one key (mode 600) if it does not exist. A file others
 * may read is refused: whoever reads it reads every ID number. One line per key, `k<n> <hex>`.
 * @example loadFieldKeys('.data/field.keys').current.id // 'k1'
 */
export function loadFieldKeys(file: string | null): FieldKeyRing {
  if (file === null) {
    return (ephemeral ??= ringOf([deriveKey('k1', randomBytes(SECRET_BYTES))], null));
  }
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, `k1 ${randomBytes(SECRET_BYTES).toString('hex')}\n`, {
      flag: 'wx',
      mode: 0o600,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) {
    throw new Error(
      `字段加密密钥文件 ${file} 对其他用户可读，请执行 chmod 600 / ` +
        `the field key file ${file} is readable by other users; run chmod 600 on it`,
    );
  }
  const keys = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line, n) => {
      const match = LINE.exec(line);
      if (!match) {
        throw new Error(
          `字段加密密钥文件 ${file} 第 ${n + 1} 行应为“k<序号> <64 位十六进制>” / ` +
            `line ${n + 1} of the field key file ${file} must read "k<n> <64 hexadecimal characters>"`,
        );
      }
      return deriveKey(match[1]!, Buffer.from(match[2]!, 'hex'));
    });
  if (keys.length === 0) throw new Error(`字段加密密钥文件 ${file} 为空 / ${file} holds no key`);
  return ringOf(keys, file);
}

function ringOf(keys: FieldKey[], file: string | null): FieldKeyRing {
  return { current: keys.at(-1)!, byId: new Map(keys.map((key) => [key.id, key])), file };
}

/**
 * Adds a new key to the ring's file and returns the ring with it as the current key. The older
 * keys stay, so values not yet sealed again (and older backups) can still be read.
 */
export function addFieldKey(ring: FieldKeyRing): FieldKeyRing {
  const next = `k${Math.max(...[...ring.byId.keys()].map((id) => Number(id.slice(1)))) + 1}`;
  const secret = randomBytes(SECRET_BYTES);
  if (ring.file) appendFileSync(ring.file, `${next} ${secret.toString('hex')}\n`, { mode: 0o600 });
  const keys = [...ring.byId.values(), deriveKey(next, secret)];
  const added = ringOf(keys, ring.file);
  if (!ring.file) ephemeral = added;
  return added;
}

let current: FieldKeyRing | undefined;

/** Sets the ring personal fields are sealed and opened with; `openDatabase` calls it. */
export function useFieldKeys(ring: FieldKeyRing): void {
  current = ring;
}

/** The ring in use; an ephemeral one if no database has set one yet. */
export function currentFieldKeys(): FieldKeyRing {
  return (current ??= loadFieldKeys(null));
}
