import { eq } from 'drizzle-orm';
import { demoYear } from '../../methods/water-source-compensation/demo.ts';
import type { Database } from '../../store/database.ts';
import { waterYear } from '../../store/schema/water-fund.ts';
import type { Actor, WaterOffice } from '../../workflow/actor.ts';
import type { Clock } from '../../workflow/hq-rating/services/context.ts';
import { FIGURE_OFFICES, fieldsOfOffice } from '../../workflow/water-fund/fields.ts';
import { enterFigures, openYear } from '../../workflow/water-fund/services/index.ts';

/** The demo fund year: 28号 covers 2023-2025. */
export const WATER_DEMO_YEAR = 2025;

/** The office whose figures the demo leaves for the visitor to enter (W7 green rate). */
export const WATER_DEMO_PENDING: WaterOffice = 'development_reform';

// Midnight in China: whatever a visitor does later that day comes after the demo's own records.
const at = (date: string): { clock: Clock } => ({
  clock: { now: () => new Date(`${date}T00:00:00+08:00`) },
});

/**
 * Seeds the demo fund year (演示数据, figures invented by the method's demoYear): finance opens
 * 2025, and every office but development and reform enters its figures through the services, so
 * a visitor can report the green-development rates and run the allocation. Idempotent: an
 * existing 2025 year is left as it is. Returns whether the year was created now.
 * @example await seedWaterDemo(db, await demoActors(db), '2026-11-22')
 */
export async function seedWaterDemo(
  db: Database,
  actors: readonly Actor[],
  today: string,
): Promise<boolean> {
  const [existing] = await db
    .select({ year: waterYear.year })
    .from(waterYear)
    .where(eq(waterYear.year, WATER_DEMO_YEAR));
  if (existing) return false;
  const officeActor = (office: WaterOffice) =>
    actors.find((actor) => actor.role === 'water_office' && actor.office === office);
  const finance = officeActor('finance');
  if (!finance) return false;
  // Opened in December, figures in before the due date of 31 March (W7), or today if earlier.
  const opening = today < '2025-12-20' ? today : '2025-12-20';
  const reporting = today < '2026-02-16' ? today : '2026-02-16';
  await openYear(db, finance, { year: WATER_DEMO_YEAR, synthetic: true }, at(opening));
  const document = demoYear({ year: WATER_DEMO_YEAR, seed: 2025 });
  for (const office of FIGURE_OFFICES) {
    const actor = officeActor(office);
    if (!actor || office === WATER_DEMO_PENDING) continue;
    const fields = fieldsOfOffice(office);
    const figures = Object.keys(document.factors).flatMap((county) =>
      fields.map((field) => ({
        county,
        field,
        value: (document.factors[county as '瑞安市'][field] ??
          document.assessment[county as '瑞安市'][field])!,
      })),
    );
    await enterFigures(db, actor, { year: WATER_DEMO_YEAR, figures }, at(reporting));
  }
  return true;
}
