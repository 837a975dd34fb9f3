import type { Citation } from './citation.ts';
import type { Localized } from './localized.ts';

/**
 * Something a reviewer must see beside a result: a tie on a star boundary, an indicator
 * without spread, rows left out. Structured so the service and the interface can act on it.
 */
export interface Warning {
  /** Stable machine code, e.g. `boundary_tie`. */
  code: string;
  message: Localized;
  citation: Citation;
  /** Spreadsheet rows concerned (header = row 1), when the input was a file. */
  rows?: number[];
  /** Identifiers of the subjects concerned (credit codes, counties, family ids). */
  subjects?: string[];
}
