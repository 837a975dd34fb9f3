import { expect, test } from 'vitest';
import { en, zh } from './messages.ts';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

test('the Chinese and English texts have the same keys', () => {
  expect(keys(en).sort()).toEqual(keys(zh).sort());
});

test('every placeholder of a Chinese text is in its English text', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
  const lookup = (obj: unknown, key: string) =>
    key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj) as string;
  for (const key of keys(zh)) {
    expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(zh, key)));
  }
});
