/** Every table, for Drizzle's typed queries and for drizzle-kit. One file per concern. */
export * from './audit.ts';
