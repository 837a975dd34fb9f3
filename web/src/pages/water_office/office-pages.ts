import type { Office } from '../../shared.ts';

/**
 * Which city office sees which page of the water section (docs/water-api.md, "who"): finance
 * opens years, keeps the ledger and receives self-evaluations; the offices that own figures enter
 * them (finance the performance score); natural resources runs and approves the allocation;
 * every office sees where the money goes.
 */
export const WATER_OFFICE_PAGES = {
  years: ['finance'],
  figures: [
    'ecology_environment',
    'water_resources',
    'public_security',
    'development_reform',
    'finance',
  ],
  allocation: ['natural_resources', 'finance'],
  ledger: ['finance'],
  'self-evaluations': ['finance', 'natural_resources'],
  flows: [
    'finance',
    'natural_resources',
    'ecology_environment',
    'water_resources',
    'public_security',
    'development_reform',
  ],
} as const satisfies Record<string, readonly Office[]>;

export type WaterOfficePage = keyof typeof WATER_OFFICE_PAGES;
