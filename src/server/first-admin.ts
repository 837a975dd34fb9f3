import { randomInt } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { provisionAccount } from '../auth/accounts.ts';
import type { Database } from '../store/database.ts';
import { accounts } from '../store/schema/accounts.ts';

const SETS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '-#@%+='];

/**
 * A random 16-character password with every character class (the look-alikes 0/O, 1/l/I left
 * out, since it is read off a terminal).
 * @example randomPassword() // 'q7#Rk2mP-xT9a@Lw'
 */
export function randomPassword(length = 16): string {
  const pick = (set: string) => set.charAt(randomInt(set.length));
  const chars = SETS.map(pick);
  const all = SETS.join('');
  while (chars.length < length) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

/**
 * Outside demo mode, makes sure someone can manage accounts: when no enabled real (non-demo)
 * administrator exists, creates `admin` (or `admin2`, … if taken, e.g. by the demo one) with a
 * random password, returned once for the start-up log and never stored in clear. That password
 * must be changed at the first sign-in. Audited as `system`.
 * @example const first = await ensureFirstAdmin(db); if (first) console.log(first.password)
 */
export async function ensureFirstAdmin(
  db: Database,
): Promise<{ loginName: string; password: string } | null> {
  const [admin] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.role, 'admin'), eq(accounts.demo, false), isNull(accounts.disabledAt)))
    .limit(1);
  if (admin) return null;
  const taken = new Set(
    (await db.select({ loginName: accounts.loginName }).from(accounts)).map((r) => r.loginName),
  );
  let loginName = 'admin';
  for (let n = 2; taken.has(loginName); n++) loginName = `admin${n}`;
  const password = randomPassword();
  await db.transaction((tx) =>
    provisionAccount(
      tx,
      'system',
      { loginName, displayName: '系统管理员', role: 'admin', password },
      { mustChangePassword: true },
    ),
  );
  return { loginName, password };
}
