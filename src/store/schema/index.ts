/** Every table, for Drizzle's typed queries and for drizzle-kit. One file per concern. */
export * from './audit.ts';
export * from './accounts.ts';
export * from './hq-batches.ts';
export * from './hq-applications.ts';
export * from './hq-materials.ts';
export * from './hq-verification.ts';
export * from './hq-runs.ts';
export * from './hq-publicity.ts';
export * from './hq-after-final.ts';
export * from './water-fund.ts';
export * from './relief-pilot.ts';
export * from './calendar.ts';
