import type { Localized } from '../../engine/localized.ts';

/**
 * A fund year: opened by the finance bureau (W2) it collects the offices' figures (W5, W7); once
 * natural resources' allocation run is approved it is allocated and the transfers are due.
 */
export const YEAR_STATES = ['collecting', 'allocated'] as const;
export type YearState = (typeof YEAR_STATES)[number];

export const YEAR_STATE_LABELS: Record<YearState, Localized> = {
  collecting: { zh: '数据报送中', en: 'collecting figures' },
  allocated: { zh: '已分配', en: 'allocated' },
};

/** An allocation run: computed, then approved (at most one per year). */
export const RUN_STATES = ['computed', 'approved'] as const;
export type RunState = (typeof RUN_STATES)[number];

/** Ledger lines: what payers owe the fund, the city's share, and transfers to receivers. */
export const LEDGER_KINDS = ['contribution', 'city_share', 'transfer'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export const LEDGER_STATES = ['due', 'paid'] as const;
export type LedgerState = (typeof LEDGER_STATES)[number];

/** Where figures came from. */
export const FIGURE_SOURCES = ['entry', 'import'] as const;
export type FigureSource = (typeof FIGURE_SOURCES)[number];

/**
 * W7, W9: departments report the figures, and receivers their self-evaluation, by the end of
 * March of the following year.
 * @example dueOn(2025) // '2026-03-31'
 */
export function dueOn(year: number): string {
  return `${year + 1}-03-31`;
}
