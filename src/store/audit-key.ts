import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The secret the audit chain and its heads are keyed with (HMAC-SM3). Never stored in the database. */
export type AuditKey = Buffer;

/** Bytes of a key created here; a key file must hold at least this many. */
const KEY_BYTES = 32;

/** Where the audit key and the signed chain heads live; see docs/audit.md. */
export interface AuditPaths {
  /** The key file; null for an in-memory database without PINGDING_AUDIT_KEY_FILE. */
  keyFile: string | null;
  /** The directory of signed chain heads; null when heads are not kept. */
  headDir: string | null;
}

/**
 * The audit key file and head directory for a database. Settings first
 * (`PINGDING_AUDIT_KEY_FILE`, `PINGDING_AUDIT_HEAD_DIR`); otherwise beside the PGlite folder, in
 * its parent, so a copy of the database folder alone carries neither: for the default
 * `.data/pglite`, the key `.data/audit.key` and the heads `.data/audit-heads/pglite`. Heads of
 * a PostgreSQL database go to `audit-heads/postgres-<database>`, so two databases never check
 * against each other's heads. An in-memory PGlite keeps no files.
 */
export function auditPaths(
  pgliteDir: string,
  postgresDatabase?: string,
  env: NodeJS.ProcessEnv = process.env,
): AuditPaths {
  const inMemory = postgresDatabase === undefined && pgliteDir.includes('://');
  const root = inMemory ? null : dirname(resolve(pgliteDir));
  const headName =
    postgresDatabase === undefined ? basename(pgliteDir) : `postgres-${postgresDatabase}`;
  return {
    keyFile: env.PINGDING_AUDIT_KEY_FILE || (root ? join(root, 'audit.key') : null),
    headDir: env.PINGDING_AUDIT_HEAD_DIR || (root ? join(root, 'audit-heads', headName) : null),
  };
}

let ephemeralKey: AuditKey | undefined;

/**
 * Reads the key file, creating it (32 random bytes, hex, mode 600) if it does not exist yet.
 * A file others may read is refused: whoever reads the key can forge the chain. Without a
 * file (an in-memory database) the key is random and lives as long as the process.
 */
export function loadAuditKey(keyFile: string | null): AuditKey {
  if (keyFile === null) return (ephemeralKey ??= randomBytes(KEY_BYTES));
  try {
    mkdirSync(dirname(keyFile), { recursive: true, mode: 0o700 });
    // `wx`: two processes starting together must not each write their own key.
    writeFileSync(keyFile, `${randomBytes(KEY_BYTES).toString('hex')}\n`, {
      flag: 'wx',
      mode: 0o600,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if (process.platform !== 'win32' && (statSync(keyFile).mode & 0o077) !== 0) {
    throw new Error(
      `审计密钥文件 ${keyFile} 对其他用户可读，请执行 chmod 600 / ` +
        `the audit key file ${keyFile} is readable by other users; run chmod 600 on it`,
    );
  }
  const text = readFileSync(keyFile, 'utf8').trim();
  if (!/^[0-9a-f]+$/i.test(text) || text.length < KEY_BYTES * 2 || text.length % 2 !== 0) {
    throw new Error(
      `审计密钥文件 ${keyFile} 应为至少 ${KEY_BYTES * 2} 位十六进制字符 / ` +
        `the audit key file ${keyFile} must hold at least ${KEY_BYTES * 2} hexadecimal characters`,
    );
  }
  return Buffer.from(text, 'hex');
}

let currentKey: AuditKey | undefined;

/** Sets the key new audit records are chained with; `openDatabase` calls it. */
export function useAuditKey(key: AuditKey): void {
  currentKey = key;
}

/** The key in use; an ephemeral one if no database has set one yet. */
export function currentAuditKey(): AuditKey {
  return (currentKey ??= loadAuditKey(null));
}
