import type { ApiApp } from '../../env.ts';
import { registerReliefFamilies } from './families.ts';
import { registerReliefRuns } from './runs.ts';
import { mountRelief, reliefApp } from './support.ts';
import { registerReliefWarnings } from './warnings.ts';

/**
 * The HTTP API of the 90号 relief pilot (docs/relief-api.md): `/api/relief/…`, for the pilot's
 * city offices and township workers; the services check the office, the township and the masking.
 */
export function registerRelief(app: ApiApp): void {
  const relief = reliefApp();
  registerReliefFamilies(relief);
  registerReliefRuns(relief);
  registerReliefWarnings(relief);
  mountRelief(app, relief);
}
