import type { ApiApp } from '../../env.ts';
import { registerLedger } from './ledger.ts';
import { registerRuns } from './runs.ts';
import { mountWater, waterApp } from './support.ts';
import { registerUses } from './uses.ts';
import { registerYears } from './years.ts';

/** The HTTP API of the water-source fund year (docs/water-api.md, 温政办函〔2023〕28号). */
export function registerWater(app: ApiApp): void {
  const water = waterApp();
  registerYears(water);
  registerRuns(water);
  registerLedger(water);
  registerUses(water);
  mountWater(app, water);
}
