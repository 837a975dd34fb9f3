import { hash, parseOptions, verify, type Algorithm, type Options } from '@node-rs/argon2';

/**
 * argon2id with the first of OWASP's recommended settings (19 MiB, 2 passes, 1 lane): about
 * 20-40 ms here, slow for a guesser, still fine for people signing in. Written out rather than
 * left to the library's defaults, so an upgrade cannot weaken stored hashes silently.
 */
export const ARGON2_OPTIONS = {
  // `Algorithm` is a const enum that isolatedModules cannot read; 2 is Argon2id.
  algorithm: 2 as Algorithm,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
} satisfies Options;

/**
 * Hashes a password into a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`) with a fresh
 * random salt.
 * @example await hashPassword('Hz-7q!rain-Ouhai') // '$argon2id$v=19$m=19456,t=2,p=1$…'
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/**
 * Checks a password against a stored PHC string; false for a wrong password or a damaged hash.
 * @example await verifyPassword(stored, 'Hz-7q!rain-Ouhai') // true
 */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/**
 * True when a stored hash was made with other settings than today's, so it is re-hashed at the
 * next successful sign-in.
 * @example needsRehash('$argon2id$v=19$m=4096,t=3,p=1$…') // true
 */
export function needsRehash(stored: string): boolean {
  try {
    const used = parseOptions(stored);
    return (
      used.algorithm !== ARGON2_OPTIONS.algorithm ||
      used.memoryCost !== ARGON2_OPTIONS.memoryCost ||
      used.timeCost !== ARGON2_OPTIONS.timeCost ||
      used.parallelism !== ARGON2_OPTIONS.parallelism
    );
  } catch {
    return true;
  }
}

let dummy: Promise<string> | undefined;

/**
 * Spends the time of one verification for nothing, so an unknown login name takes as long to
 * refuse as a wrong password and the timing does not tell whether the account exists.
 */
export async function verifyNothing(password: string): Promise<void> {
  dummy ??= hashPassword('pingding: no such account');
  await verifyPassword(await dummy, password);
}
