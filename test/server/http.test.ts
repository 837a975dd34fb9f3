import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiApp } from '../../src/server/env.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { jsonRequest, testApp, type ErrorJson } from './support.ts';

describeEachDatabase('HTTP shell', (getDb, target) => {
  let app: ApiApp;
  beforeAll(() => {
    app = testApp(getDb(), { databaseKind: target.kind, version: '9.9.9' });
  });

  it('reports health: version, database kind and reachability', async () => {
    const response = await app.request('/api/health');
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      status: 'ok',
      version: '9.9.9',
      database: { kind: target.kind, reachable: true },
      demo: false,
    });
  });

  it('publishes an OpenAPI document listing every route', async () => {
    const response = await app.request('/api/openapi.json');
    expect(response.status).toBe(200);
    const document = JSON.parse(await response.text()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
      components: { securitySchemes: Record<string, unknown> };
    };
    expect(document.openapi).toMatch(/^3\./);
    const routes = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes).toEqual(
      expect.arrayContaining([
        'GET /api/health',
        'POST /api/session',
        'DELETE /api/session',
        'GET /api/session',
        'GET /api/accounts',
        'POST /api/accounts',
        'GET /api/accounts/{id}',
        'POST /api/accounts/{id}/disable',
        'POST /api/accounts/{id}/enable',
        'PUT /api/accounts/{id}/password',
        'GET /api/demo/accounts',
        'POST /api/hq-star-rating/rate',
        'POST /api/hq-star-rating/explain',
      ]),
    );
    expect(document.components.securitySchemes.session).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
      name: 'pingding_session',
    });
  });

  it('names the fields of a bad request in Chinese by default', async () => {
    const response = await app.request('/api/session', jsonRequest('POST', { password: 42 }));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-language')).toBe('zh-CN');
    expect(await response.json()).toEqual({
      error: {
        code: 'invalid_request',
        message: '提交的内容有 2 处不符合要求',
        issues: [
          { path: 'loginName', code: 'required', message: '登录名：必须填写' },
          { path: 'password', code: 'invalid_type', message: '密码：应为文字' },
        ],
      },
    });
  });

  it('names the fields in English with Accept-Language: en or ?lang=en', async () => {
    const body = { loginName: '', password: 'x', extra: true };
    for (const [url, lang] of [
      ['/api/session', 'en'],
      ['/api/session?lang=en', 'zh-CN'],
    ] as const) {
      const response = await app.request(url, jsonRequest('POST', body, { lang }));
      expect(await response.json()).toEqual({
        error: {
          code: 'invalid_request',
          message: 'What was sent has 2 problem(s)',
          issues: [
            { path: 'loginName', code: 'too_small', message: 'Login name must not be empty' },
            {
              path: 'extra',
              code: 'unrecognized_keys',
              message: 'extra is not an accepted field; remove it',
            },
          ],
        },
      });
    }
  });

  it('answers malformed JSON and unknown endpoints in the error format', async () => {
    const malformed = await app.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"loginName": ',
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as ErrorJson).error.code).toBe('malformed_request');

    const missing = await app.request('/api/nothing-here?lang=en');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as ErrorJson).error.message).toBe(
      'No such endpoint: GET /api/nothing-here. See /api/openapi.json for the list',
    );
  });

  it('hides the demo accounts outside demo mode', async () => {
    const response = await app.request('/api/demo/accounts');
    expect(response.status).toBe(404);
    expect(((await response.json()) as ErrorJson).error.code).toBe('not_demo_mode');
  });
});

describe('demo accounts route', () => {
  it('lists logins and passwords in demo mode', async () => {
    const app = testApp({} as never, {
      demoAccounts: [
        {
          loginName: 'admin',
          password: 'Demo-Admin#2025',
          displayName: '系统管理员（演示）',
          role: 'admin',
          description: { zh: '系统管理员', en: 'Administrator' },
        },
      ],
    });
    const response = await app.request('/api/demo/accounts?lang=en');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      notice: expect.stringContaining('Demo mode'),
      accounts: [{ loginName: 'admin', password: 'Demo-Admin#2025', roleLabel: 'Administrator' }],
    });
  });
});

describe('web app', () => {
  let dist: string;
  let app: ApiApp;
  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'pingding-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>评定</title>');
    writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
    // The database is never reached by these requests.
    app = testApp({} as never, { webDist: dist });
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('serves files from web/dist, with long caching for hashed assets', async () => {
    const asset = await app.request('/assets/app-1234.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    expect(await (await app.request('/')).text()).toContain('<title>评定</title>');
  });

  it('falls back to index.html for app paths, never for /api', async () => {
    const page = await app.request('/batches/2025/applications');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect((await app.request('/api/no-such-thing')).status).toBe(404);
  });

  it('does not serve files outside web/dist', async () => {
    const response = await app.request('/..%2f..%2fetc%2fpasswd');
    expect(await response.text()).toContain('<title>评定</title>');
  });

  it('explains a missing build at /', async () => {
    const bare = testApp({} as never, { webDist: join(dist, 'missing') });
    const response = await bare.request('/?lang=en');
    expect(await response.text()).toContain('The web app has not been built');
  });
});
