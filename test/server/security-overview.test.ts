// The administrator's security overview (等保2.0 三级 身份鉴别, 安全审计): failed and locked
// sign-ins, unused accounts, one name in two roles; and only administrators may read it.
import { expect, it } from 'vitest';
import { fixedClock } from '../../src/auth/clock.ts';
import { login } from '../../src/auth/login.ts';
import { MAX_FAILED_ATTEMPTS } from '../../src/auth/policy.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { jsonRequest, seedAccount, signIn, testApp, type ErrorJson } from './support.ts';

interface Overview {
  windows: { failedSignInDays: number; unusedDays: number };
  failedSignIns: {
    loginName: string;
    accountId: string | null;
    failures: number;
    clients: number;
    lastClient: string | null;
  }[];
  locked: { loginName: string; lockedUntil: string }[];
  unused: { loginName: string; lastSignInAt: string | null }[];
  sharedNames: { displayName: string; accounts: { loginName: string; role: string }[] }[];
}

describeEachDatabase('the accounts’ security overview', (getDb) => {
  it('shows failed sign-ins by name and address, locked accounts, and one name in two roles', async () => {
    const db = getDb();
    const admin = await seedAccount(db, { role: 'admin' });
    const county = await seedAccount(db, {
      role: 'county_office',
      jurisdiction: '瑞安市',
      displayName: '陈安全（瑞安）',
    });
    const leading = await seedAccount(db, { role: 'leading_group', displayName: '陈安全（瑞安）' });
    const wrong = { loginName: county.loginName, password: 'Wrong-pass#1' };
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) {
      await login(db, wrong, undefined, { clientAddress: `198.51.100.${i % 2}` });
    }
    const guess = 'no.such.person.overview';
    await login(db, { loginName: guess, password: 'Guess-pass#1' }, undefined, {
      clientAddress: '203.0.113.50',
    });

    const app = testApp(db);
    const cookie = await signIn(app, admin);
    const response = await app.request('/api/accounts/security-overview', { headers: { cookie } });
    expect(response.status).toBe(200);
    const overview = (await response.json()) as Overview;
    expect(overview.windows).toEqual({ failedSignInDays: 7, unusedDays: 90 });
    expect(overview.failedSignIns.find((row) => row.loginName === county.loginName)).toMatchObject({
      accountId: county.id,
      failures: MAX_FAILED_ATTEMPTS,
      clients: 2,
      lastClient: '198.51.100.0',
    });
    expect(overview.failedSignIns.find((row) => row.loginName === guess)).toMatchObject({
      accountId: null,
      failures: 1,
      lastClient: '203.0.113.50',
    });
    expect(overview.locked.map((row) => row.loginName)).toContain(county.loginName);
    const shared = overview.sharedNames.find((row) => row.displayName === '陈安全（瑞安）');
    expect(shared?.accounts.map((row) => row.loginName).sort()).toEqual(
      [county.loginName, leading.loginName].sort(),
    );
    // Accounts made just now are not unused yet.
    expect(overview.unused.map((row) => row.loginName)).not.toContain(leading.loginName);

    // 91 days on: the leading-group account never signed in, the administrator's last was then.
    const later = testApp(db, { clock: fixedClock(new Date(Date.now() + 91 * 86_400_000)) });
    const laterCookie = await signIn(later, admin);
    const laterOverview = (await (
      await later.request('/api/accounts/security-overview', { headers: { cookie: laterCookie } })
    ).json()) as Overview;
    expect(laterOverview.unused.find((row) => row.loginName === leading.loginName)).toEqual(
      expect.objectContaining({ lastSignInAt: null }),
    );
    expect(laterOverview.failedSignIns.map((row) => row.loginName)).not.toContain(guess);
  });

  it('is for administrators only', async () => {
    const db = getDb();
    const county = await seedAccount(db, { role: 'county_office', jurisdiction: '鹿城区' });
    const app = testApp(db);
    const cookie = await signIn(app, county);
    const refused = await app.request('/api/accounts/security-overview', {
      ...jsonRequest('GET', undefined),
      headers: { cookie },
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as ErrorJson).error.message).toContain('管理员');
  });
});
