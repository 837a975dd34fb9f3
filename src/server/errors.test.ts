import { Hono } from 'hono';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppEnv } from './env.ts';
import { handleError } from './errors.ts';

describe('handleError', () => {
  afterEach(() => vi.restoreAllMocks());

  it('answers 500 without details and logs the error with ID numbers masked', async () => {
    const logged: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
    });
    const app = new Hono<AppEnv>();
    app.onError(handleError);
    app.post('/api/relief/families', () => {
      const error = new Error('duplicate key value violates unique constraint');
      Object.assign(error, { detail: 'Key (id_number)=(330302199001011234) already exists.' });
      throw error;
    });

    const response = await app.request('/api/relief/families', { method: 'POST' });
    const body = JSON.stringify(await response.json());

    expect(response.status).toBe(500);
    expect(body).not.toContain('330302');
    expect(logged.join('\n')).toContain('Key (id_number)=(3303**********1234) already exists.');
    expect(logged.join('\n')).not.toMatch(/\d{17}[\dX]/);
  });
});
