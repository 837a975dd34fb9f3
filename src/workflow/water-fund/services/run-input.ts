import { InputError, type InputIssue } from '../../../engine/input-issue.ts';
import {
  allocateFund,
  type FundAllocation,
} from '../../../methods/water-source-compensation/allocate.ts';
import { DEMO_NOTE } from '../../../methods/water-source-compensation/demo.ts';
import {
  ASSESSMENT_FIELDS,
  parseWaterInput,
  type WaterInput,
} from '../../../methods/water-source-compensation/input.ts';
import { FACTOR_KEYS, RECEIVERS } from '../../../methods/water-source-compensation/parameters.ts';
import { OFFICE_LABELS } from '../../actor.ts';
import { fieldSpec, type FigureField } from '../fields.ts';
import type { FigureRow } from './views.ts';

/** The interchange document (water-source-compensation.md) a run reads and keeps. */
export interface RunInputs {
  factors: Record<string, Record<string, string>>;
  assessment: Record<string, Record<string, string>>;
}

/**
 * Builds the method's input from the stored figures; refuses with every empty figure named
 * (`figures.文成县.population`) and the office that owes it.
 */
export function runInputs(figures: readonly FigureRow[]): RunInputs {
  const byKey = new Map(
    figures.map((figure) => [`${figure.county}|${figure.field}`, figure.value]),
  );
  const issues: InputIssue[] = [];
  const pick = (county: string, field: FigureField) => {
    const value = byKey.get(`${county}|${field}`);
    if (value !== undefined) return value;
    const spec = fieldSpec(field);
    const office = OFFICE_LABELS[spec.office];
    issues.push({
      column: `figures.${county}.${field}`,
      code: 'figure_missing',
      message: {
        zh: `${county} 的${spec.label.zh}尚未报送（应由${office.zh}报送，${spec.rule}，${spec.article}）`,
        en: `${spec.label.en} of ${county} has not been reported (by the ${office.en}, ${spec.rule}, ${spec.article})`,
      },
    });
    return '';
  };
  const factors: RunInputs['factors'] = {};
  const assessment: RunInputs['assessment'] = {};
  for (const county of RECEIVERS) {
    factors[county] = Object.fromEntries(FACTOR_KEYS.map((key) => [key, pick(county, key)]));
    assessment[county] = Object.fromEntries(
      ASSESSMENT_FIELDS.map((key) => [key, pick(county, key)]),
    );
  }
  if (issues.length > 0) throw new InputError(issues);
  return { factors, assessment };
}

/**
 * Runs the method of 28号 on stored inputs: the same checks as a file (WD3 included) and the
 * same allocation, so a run equals `npx pingding allocate` on the same figures.
 */
export function allocateStored(
  year: number,
  inputs: RunInputs,
  synthetic: boolean,
): { input: WaterInput; allocation: FundAllocation } {
  const input = parseWaterInput({ year, ...(synthetic ? { note: DEMO_NOTE } : {}), ...inputs });
  return { input, allocation: allocateFund(input) };
}
