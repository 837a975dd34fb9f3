// Every write route of the API, as its OpenAPI document lists it, sent hostile and random bodies
// by every role: whatever comes in, the answer is below 500 and the service keeps serving. The
// document is the list, so a route added later is fuzzed without touching this file.
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { syntheticUscc } from '../../src/engine/china/uscc.ts';
import type { ApiApp } from '../../src/server/env.ts';
import { ROLES, type Role } from '../../src/workflow/actor.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { seededRandom } from '../support/seeded-random.ts';
import { seedAccount, signIn, testApp } from './support.ts';

const ORIGIN = 'http://localhost';

/** Values that broke or slipped past forms before (issue 17, point 5), and some of their kind. */
const NASTY: readonly unknown[] = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\u202e',
  '\u0007',
  '2026-99-99',
  '0001-01-01',
  '2999-12-31',
  '9'.repeat(5000),
  `1.${'1'.repeat(40)}`,
  '1000000000000000000',
  '-1',
  '1e308',
  'NaN',
  '',
  ' ',
  '=HYPERLINK("x")',
  '../../etc/passwd',
  "'; DROP TABLE accounts; --",
  '💥'.repeat(300),
  -1,
  1e30,
  Number.MAX_SAFE_INTEGER,
  0.1,
  true,
  null,
  [],
  {},
  [null],
  { a: { b: { c: 1 } } },
];

/** Routes that end the caller's own sessions: fuzzing them would only sign the fuzzer out. */
const SESSION_ENDING = [/^DELETE \/api\/session$/, /^\w+ \/api\/session\/all$/];

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  format?: string;
};

interface Operation {
  parameters?: { name: string; in: string; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}

interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

/** The scope each role's account needs. */
const SCOPES: Record<Role, Record<string, string>> = {
  enterprise: { enterpriseUscc: syntheticUscc(7, '330302') },
  county_office: { jurisdiction: '鹿城区' },
  department: { department: 'tax' },
  city_bureau: {},
  leading_group: {},
  water_office: { office: 'finance' },
  water_county: { jurisdiction: '文成县' },
  relief_office: { office: 'medical_insurance' },
  relief_township: { jurisdiction: '文成县', township: '大峃镇' },
  admin: {},
};

describeEachDatabase('fuzz of every write route', (getDb) => {
  let app: ApiApp;
  let doc: OpenApi;
  const cookies = new Map<Role, string>();
  const next = seededRandom(2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

  const resolve = (schema: Schema | undefined): Schema => {
    let current = schema ?? {};
    for (let depth = 0; current.$ref && depth < 10; depth++) {
      current = doc.components?.schemas?.[current.$ref.split('/').pop()!] ?? {};
    }
    return current;
  };

  /** A value shaped by the schema most of the time, a hostile one otherwise. */
  const valueOf = (raw: Schema | undefined, depth = 0): unknown => {
    if (next() < 0.3 || depth > 4) return pick(NASTY);
    const schema = resolve(raw);
    const choice = schema.anyOf ?? schema.oneOf;
    if (choice?.length) return valueOf(pick(choice), depth + 1);
    if (schema.allOf?.length) return valueOf(schema.allOf[0], depth + 1);
    if (schema.enum?.length) return pick(schema.enum);
    const type = Array.isArray(schema.type) ? pick(schema.type) : schema.type;
    switch (type) {
      case 'object':
        return Object.fromEntries(
          Object.entries(schema.properties ?? {})
            .filter(() => next() < 0.85)
            .map(([key, property]) => [key, valueOf(property, depth + 1)]),
        );
      case 'array':
        return Array.from({ length: Math.floor(next() * 4) }, () =>
          valueOf(schema.items, depth + 1),
        );
      case 'integer':
      case 'number':
        return pick([0, 1, 2025, 2026, -7, 10 ** Math.floor(next() * 25), next() * 1000]);
      case 'boolean':
        return next() < 0.5;
      case 'string':
        if (schema.format === 'uuid') return randomUUID();
        if (schema.format === 'date') return pick(['2026-12-31', '2027-01-01', '2026-02-30']);
        return pick([
          '测试',
          '2026-12-31',
          randomUUID(),
          String.fromCharCode(...Array.from({ length: 12 }, () => Math.floor(next() * 0xffff))),
        ]);
      default:
        return pick(NASTY);
    }
  };

  /** The path with its parameters filled: years as years, ids as ids, sometimes nonsense. */
  const pathOf = (template: string, operation: Operation): string =>
    template.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const parameter = operation.parameters?.find((p) => p.in === 'path' && p.name === name);
      const type = resolve(parameter?.schema).type;
      if (next() < 0.2) return escaped(String(pick(NASTY)));
      return type === 'integer' || type === 'number' ? pick(['2025', '2026', '0']) : randomUUID();
    });

  const send = async (method: string, path: string, operation: Operation, role: Role) => {
    const content = operation.requestBody?.content ?? {};
    const headers: Record<string, string> = { origin: ORIGIN, cookie: cookies.get(role)! };
    let body: FormData | string | undefined;
    if (content['multipart/form-data']) {
      const form = new FormData();
      const schema = resolve(content['multipart/form-data'].schema);
      for (const key of Object.keys(schema.properties ?? {})) {
        const bytes = new Uint8Array(Array.from({ length: 600 }, () => Math.floor(next() * 256)));
        if (next() < 0.5) bytes.set([0x50, 0x4b, 0x03, 0x04]);
        form.append(key, new File([bytes], pick(['x.csv', 'x.xlsx', 'x.pdf', '\u202e.pdf'])));
      }
      body = form;
    } else if (content['application/json']) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(valueOf(content['application/json'].schema));
    }
    const response = await app.request(pathOf(path, operation), { method, headers, body });
    await response.arrayBuffer();
    return response.status;
  };

  beforeAll(async () => {
    app = testApp(getDb());
    doc = (await (await app.request('/api/openapi.json')).json()) as OpenApi;
    for (const role of ROLES) {
      const account = await seedAccount(getDb(), { role, ...SCOPES[role] });
      cookies.set(role, await signIn(app, account));
    }
  });

  it('answers every write route below 500, for every role, and keeps serving', async () => {
    const routes = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([method]) => ['post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
    );
    const fuzzed = routes.filter(
      ({ method, path }) => !SESSION_ENDING.some((pattern) => pattern.test(`${method} ${path}`)),
    );
    // The document lists the procedures' routes: a broken document would fuzz nothing.
    expect(fuzzed.length).toBeGreaterThan(60);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (const { method, path, operation } of fuzzed) {
      for (const role of ROLES) {
        // Deeper where the role gets past the door: its requests reach the validation.
        const first = await send(method, path, operation, role);
        const rounds = first === 401 || first === 403 ? 0 : 6;
        for (const status of [
          first,
          ...(await sequence(rounds, () => send(method, path, operation, role))),
        ]) {
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (status >= 500) failures.push(`${role} ${method} ${path}: ${status}`);
        }
      }
    }
    expect(failures).toEqual([]);
    // Most bodies reach the validation and are refused there, field by field.
    expect(statuses.get(400) ?? 0).toBeGreaterThan(500);
    expect((await app.request('/api/health')).status).toBe(200);
  }, 600_000);
});

/** A path segment of any text: a lone surrogate, which has no UTF-8, goes as broken UTF-8. */
function escaped(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
}

/** `count` calls of `call`, one after another. */
async function sequence<T>(count: number, call: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let n = 0; n < count; n++) results.push(await call());
  return results;
}
