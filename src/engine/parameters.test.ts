import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { exactDecimal } from './exact/schema.ts';
import { loadDatedParameters, NoParametersError, versionInForce } from './parameters.ts';

function parameterFile(text: string): URL {
  const file = join(mkdtempSync(join(tmpdir(), 'pingding-parameters-')), 'parameters.yaml');
  writeFileSync(file, text);
  return pathToFileURL(file);
}

const schema = z.object({ rate: exactDecimal });

describe('dated parameters', () => {
  const versions = loadDatedParameters(
    parameterFile(`versions:
  - effective_from: 2026-01-01
    source: revision
    rate: '0.07'
  - effective_from: 2023-12-19
    source: original
    rate: 0.1
`),
    schema,
  );

  it('reads every scalar as text, so a decimal is exact', () => {
    expect(versions.map((v) => v.values.rate.toFraction())).toEqual(['1/10', '7/100']);
  });

  it('picks the version in force on a date, whatever the order in the file', () => {
    expect(versionInForce(versions, '2025-12-31').source).toBe('original');
    expect(versionInForce(versions, '2026-01-01').source).toBe('revision');
  });

  it('refuses a date before the method took effect, in both languages', () => {
    expect(() => versionInForce(versions, '2023-12-18')).toThrow(NoParametersError);
    try {
      versionInForce(versions, '2020-01-01');
    } catch (error) {
      expect((error as NoParametersError).localized.zh).toContain('2023-12-19');
    }
  });

  it('rejects a file whose values do not fit the schema', () => {
    const bad = parameterFile(
      `versions:\n  - effective_from: 2024-01-01\n    source: x\n    rate: ten\n`,
    );
    expect(() => loadDatedParameters(bad, schema)).toThrow();
  });
});
