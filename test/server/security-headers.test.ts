import { desc, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { fixedClock } from '../../src/auth/clock.ts';
import { DEFAULT_RATE_SETTINGS, rateLimits } from '../../src/server/rate-limits.ts';
import { auditLog } from '../../src/store/schema/audit.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { credentials, seedAccount, signIn, testApp } from './support.ts';

describeEachDatabase('browser protections (等保2.0 三级)', (getDb) => {
  it('answers every request with a policy that runs only our own scripts and no framing elsewhere', async () => {
    const app = testApp(getDb());
    const response = await app.request('/api/health');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("frame-ancestors 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    // Plain HTTP (a development machine): no HSTS, which would lock the browser out.
    expect(response.headers.get('strict-transport-security')).toBeNull();
    const refused = await app.request('/api/no-such-thing');
    expect(refused.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('behind TLS (PINGDING_HTTPS=1): HSTS, and the session cookie is Secure even through a plain proxy hop', async () => {
    const db = getDb();
    const account = await seedAccount(db, { role: 'admin' });
    const app = testApp(db, { https: true });
    const health = await app.request('/api/health');
    expect(health.headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
    const signIn = await app.request('http://localhost/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(credentials(account)),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('set-cookie') ?? '';
    expect(cookie).toContain('pingding_session=');
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
  });
});

describeEachDatabase('refused accesses in the audit log (等保2.0 三级 安全审计)', (getDb) => {
  it('records who was refused what, and from which address, without the query string', async () => {
    const db = getDb();
    const clock = fixedClock(new Date('2026-03-02T01:00:00Z'));
    const app = testApp(db, {
      clock,
      rateLimits: rateLimits({ ...DEFAULT_RATE_SETTINGS, trustProxy: true }, clock),
    });
    const county = await seedAccount(db, { role: 'county_office', jurisdiction: '鹿城区' });
    const cookie = await signIn(app, county);
    const refused = await app.request('/api/accounts?name=王小明', {
      headers: { cookie, 'x-forwarded-for': '203.0.113.9' },
    });
    expect(refused.status).toBe(403);
    const [record] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'access.denied'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(record).toMatchObject({
      actor: county.id,
      entity: 'request',
      entityId: 'GET /api/accounts',
      after: { role: 'county_office', client: '203.0.113.9' },
    });
    expect(JSON.stringify(record)).not.toContain('王小明');
  });
});
