import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Localized } from '../engine/localized.ts';
import { verifyAuditChain, type AuditChainResult } from './audit.ts';
import type { AuditKey } from './audit-key.ts';
import { canonicalJson } from './canonical-json.ts';
import type { Executor } from './database.ts';

/** The format tag of a head file; also keeps a head's signed text apart from a record's. */
const HEAD_FORMAT = 'pingding-audit-head/1';

/**
 * A signed statement of how far the chain reached: `count` records ending at `lastId` with
 * `lastHash`, at `at`. Kept off the database, so whoever can rewrite the database still cannot
 * take back what a head has already said.
 */
export interface AuditHead {
  count: number;
  lastId: number;
  lastHash: string;
  /** ISO time the head was written. */
  at: string;
}

/** A head as written to its file: the head, its format and its HMAC-SM3 signature. */
interface HeadFile extends AuditHead {
  format: string;
  algorithm: 'hmac-sm3';
  mac: string;
}

/** HMAC-SM3 over the canonical JSON of the head's fields and format. */
function signHead(key: AuditKey, head: AuditHead): string {
  const text = canonicalJson({ format: HEAD_FORMAT, algorithm: 'hmac-sm3', ...head });
  return createHmac('sm3', key).update(text, 'utf8').digest('hex');
}

/** The newest head first: file names sort by time. */
const HEAD_FILE = /^audit-head-\d{8}T\d{9}Z-\d+\.json$/;

/** `2026-12-02T23:10:00.123Z` → `20261202T231000123Z`. */
function stamp(iso: string): string {
  return iso.replace(/[-:.]/g, '');
}

/** What {@link writeAuditHead} did. */
export type WriteHeadResult =
  | { ok: true; head: AuditHead; file: string }
  | { ok: false; chain: AuditChainResult & { ok: false } };

/**
 * Verifies the chain against the last head and, if it holds, writes a new signed head of it to
 * `headDir` (written to a temporary name, then renamed, so a reader never sees half a file).
 * A broken chain gets no head: a head must never vouch for a tampered log.
 */
export async function writeAuditHead(
  db: Executor,
  key: AuditKey,
  headDir: string,
  now: Date = new Date(),
): Promise<WriteHeadResult> {
  const previous = readLatestHead(key, headDir);
  const chain = await verifyAuditChain(db, { key, head: previous });
  if (!chain.ok) return { ok: false, chain };
  const head: AuditHead = {
    count: chain.count,
    lastId: chain.lastId,
    lastHash: chain.lastHash,
    at: now.toISOString(),
  };
  const file: HeadFile = {
    format: HEAD_FORMAT,
    algorithm: 'hmac-sm3',
    ...head,
    mac: signHead(key, head),
  };
  mkdirSync(headDir, { recursive: true, mode: 0o700 });
  const name = `audit-head-${stamp(head.at)}-${head.lastId}.json`;
  const path = join(headDir, name);
  writeFileSync(`${path}.tmp`, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
  return { ok: true, head, file: path };
}

/** A head file that fails its signature or cannot be read. */
export class AuditHeadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: Localized,
  ) {
    super(`${file}: ${reason.en}`);
  }
}

/**
 * The newest head in `headDir` whose signature checks out under `key`; null when there is
 * none yet. A newest file that is malformed or fails its signature throws
 * {@link AuditHeadError}: skipping it would let a forger hide a head by spoiling it.
 */
export function readLatestHead(key: AuditKey, headDir: string): AuditHead | null {
  let names: string[];
  try {
    names = readdirSync(headDir).filter((n) => HEAD_FILE.test(n));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const newest = names.sort().at(-1);
  if (newest === undefined) return null;
  const path = join(headDir, newest);
  let file: HeadFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as HeadFile;
  } catch {
    throw new AuditHeadError(path, {
      zh: '链头文件无法读取',
      en: 'the head file cannot be read',
    });
  }
  const head: AuditHead = {
    count: file.count,
    lastId: file.lastId,
    lastHash: file.lastHash,
    at: file.at,
  };
  const wellFormed =
    file.format === HEAD_FORMAT &&
    file.algorithm === 'hmac-sm3' &&
    Number.isSafeInteger(head.count) &&
    Number.isSafeInteger(head.lastId) &&
    typeof head.lastHash === 'string' &&
    typeof head.at === 'string' &&
    typeof file.mac === 'string';
  const expected = wellFormed ? Buffer.from(signHead(key, head), 'hex') : null;
  const given = wellFormed ? Buffer.from(file.mac, 'hex') : null;
  if (
    !expected ||
    !given ||
    expected.length !== given.length ||
    !timingSafeEqual(expected, given)
  ) {
    throw new AuditHeadError(path, {
      zh: '链头文件的签名（HMAC-SM3）不符：文件被改动或伪造，或密钥不是写入时的密钥',
      en: 'the head file fails its HMAC-SM3 signature: it was altered or forged, or the key is not the one it was written with',
    });
  }
  return head;
}

/** Default minutes between scheduled heads (`PINGDING_AUDIT_HEAD_MINUTES`). */
export const DEFAULT_HEAD_MINUTES = 10;

/** Minutes between scheduled heads from `PINGDING_AUDIT_HEAD_MINUTES`; 0 turns the schedule off. */
export function headMinutesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.PINGDING_AUDIT_HEAD_MINUTES;
  if (text === undefined || text === '') return DEFAULT_HEAD_MINUTES;
  const minutes = Number(text);
  if (!Number.isInteger(minutes) || minutes < 0) {
    throw new Error(
      `PINGDING_AUDIT_HEAD_MINUTES 应为非负整数（分钟），当前为 ${text} / ` +
        `PINGDING_AUDIT_HEAD_MINUTES must be a whole number of minutes, 0 or more; it is ${text}`,
    );
  }
  return minutes;
}

/** A running head schedule. */
export interface HeadSchedule {
  /** Stops the schedule and writes a last head. */
  stop(): Promise<void>;
}

/**
 * Writes a head now, every `minutes` minutes, and once more at `stop`. A failure (a broken
 * chain, an unwritable directory) is reported on stderr and does not stop the service.
 */
export function scheduleAuditHeads(
  db: Executor,
  key: AuditKey,
  headDir: string,
  minutes: number,
): HeadSchedule {
  let running: Promise<void> = Promise.resolve();
  const writeOne = () => {
    running = running.then(async () => {
      try {
        const result = await writeAuditHead(db, key, headDir);
        if (!result.ok) {
          console.error(
            `审计链头未写入：${result.chain.reason.zh} / audit head not written: ${result.chain.reason.en}`,
          );
        }
      } catch (error) {
        console.error(`审计链头未写入 / audit head not written: ${(error as Error).message}`);
      }
    });
    return running;
  };
  void writeOne();
  const timer = minutes > 0 ? setInterval(() => void writeOne(), minutes * 60_000) : null;
  timer?.unref();
  return {
    stop: async () => {
      if (timer) clearInterval(timer);
      await writeOne();
    },
  };
}
