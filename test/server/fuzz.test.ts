// Random and hostile values into the main forms and imports: every answer is below 500.
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { syntheticUscc } from '../../src/engine/china/uscc.ts';
import type { ApiApp } from '../../src/server/env.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { seededRandom } from '../support/seeded-random.ts';
import { seedAccount, signIn, testApp } from './support.ts';

const ORIGIN = 'http://localhost';
const NASTY = [
  '\u0000',
  '\ud800',
  '\u202e',
  '\u0007',
  '2026-99-99',
  '0001-01-01',
  '9'.repeat(5000),
  `1.${'1'.repeat(40)}`,
  '-1',
  '1e308',
  'NaN',
  '',
  ' ',
  '=HYPERLINK("x")',
  '{"a":1}',
  '💥'.repeat(300),
];

describeEachDatabase('fuzz', (getDb) => {
  let app: ApiApp;
  const cookie = {} as Record<string, string>;
  const next = seededRandom(17);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const value = (): unknown =>
    pick([
      () => pick(NASTY),
      () => Math.floor(next() * 1e12) * (next() < 0.5 ? -1 : 1),
      () => 10 ** Math.floor(next() * 40),
      () => null,
      () => String.fromCharCode(...Array.from({ length: 20 }, () => Math.floor(next() * 0x10000))),
    ])();

  beforeAll(async () => {
    app = testApp(getDb());
    const uscc = syntheticUscc(3, '330302');
    cookie.enterprise = await signIn(
      app,
      await seedAccount(getDb(), { role: 'enterprise', enterpriseUscc: uscc }),
    );
    cookie.mi = await signIn(
      app,
      await seedAccount(getDb(), { role: 'relief_office', office: 'medical_insurance' }),
    );
    cookie.security = await signIn(
      app,
      await seedAccount(getDb(), { role: 'water_office', office: 'public_security' }),
    );
  });

  const send = (method: string, path: string, body: unknown, who?: string) =>
    app.request(path, {
      method,
      headers: {
        'content-type': 'application/json',
        origin: ORIGIN,
        ...(who ? { cookie: cookie[who]! } : {}),
      },
      body: JSON.stringify(body),
    });

  it('answers every random form below 500', async () => {
    const forms: [string, string, string | undefined, () => unknown][] = [
      ['POST', '/api/session', undefined, () => ({ loginName: value(), password: value() })],
      [
        'POST',
        '/api/public/hq/objections',
        undefined,
        () => ({ batchId: randomUUID(), uscc: value(), reason: value(), contactPhone: value() }),
      ],
      [
        'POST',
        '/api/hq/applications',
        'enterprise',
        () => ({
          batchId: randomUUID(),
          uscc: value(),
          name: value(),
          county: pick(['鹿城区', '瑞安市', value()]),
          registeredOn: value(),
          figures: { revenue_2y: value(), pension_payers: value() },
        }),
      ],
      [
        'POST',
        '/api/relief/families',
        'mi',
        () => ({
          familyCode: value(),
          county: value(),
          township: value(),
          members: [
            { name: value(), idNumber: value(), relation: value(), head: true, insured: true },
          ],
        }),
      ],
      [
        'PUT',
        '/api/water/years/2025/figures',
        'security',
        () => ({ figures: [{ county: '文成县', field: 'population', value: value() }] }),
      ],
    ];
    for (let round = 0; round < 40; round++) {
      for (const [method, path, who, body] of forms) {
        const response = await send(method, path, body(), who);
        expect(response.status, `${method} ${path}`).toBeLessThan(500);
      }
    }
    expect((await app.request('/api/health')).status).toBe(200);
  });

  it('answers random bytes as an import below 500', async () => {
    for (let round = 0; round < 20; round++) {
      const bytes = new Uint8Array(Array.from({ length: 2000 }, () => Math.floor(next() * 256)));
      if (round % 2 === 0) bytes.set([0x50, 0x4b, 0x03, 0x04]);
      for (const name of ['x.csv', 'x.xlsx']) {
        const form = new FormData();
        form.append('file', new File([bytes], name));
        const response = await app.request('/api/relief/families/import', {
          method: 'POST',
          body: form,
          headers: { cookie: cookie.mi!, origin: ORIGIN },
        });
        expect(response.status).toBeLessThan(500);
      }
    }
  });
});
