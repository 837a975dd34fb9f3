import type { ApiApp, AppOptions } from '../env.ts';
import { registerAccounts } from './accounts.ts';
import { registerCalendar } from './calendar.ts';
import { registerDemo } from './demo.ts';
import { registerDemoClock } from './demo-clock.ts';
import { registerHealth } from './health.ts';
import { registerHq } from './hq/index.ts';
import { registerHqStarRating } from './hq-star-rating.ts';
import { registerRelief } from './relief/index.ts';
import { registerSession } from './session.ts';
import { registerWater } from './water/index.ts';

/**
 * Every API route module. To add one: write `registerX(app)` in its own file, defining each route
 * with `createRoute` (request schemas make the validation and the OpenAPI document), and in the
 * handler call the service as `service(c.var.db, c.var.actor, c.req.valid('json'))`. Add
 * `middleware: [signedIn]` or `[rolesOnly([...], what)]` so strangers are refused before
 * validation. Services throw InputError (400) or errors with `status`/`kind`, `code` and
 * `localized` (401/403/404/409); the app turns them into the error body.
 */
export function registerRoutes(app: ApiApp, options: AppOptions): void {
  registerHealth(app, options);
  registerSession(app);
  registerAccounts(app);
  registerCalendar(app);
  registerDemo(app, options);
  registerDemoClock(app, options);
  registerHqStarRating(app);
  registerHq(app);
  registerRelief(app);
  registerWater(app);
}
