import type { Jurisdiction } from '../../engine/china/jurisdictions.ts';
import type { Exact } from '../../engine/exact/exact.ts';

/** The head of household as the optional columns of a family file give it (personal data). */
export interface HouseholdHead {
  name?: string;
  idNumber?: string;
  mobile?: string;
}

/** One family of the year's file (medical-relief.md, "Interchange"), checked. */
export interface Family {
  familyId: string;
  county: Jurisdiction;
  /** 2 = the second category of relatively low-income families (M1); others are left out (MD4). */
  category: number;
  insuredMembers: number;
  members: number;
  /** The remaining out-of-pocket cost of the year after every other layer, in yuan, in fen (MD2). */
  outOfPocket: Exact;
  /** Present only when the file has a head_* column with something in it. */
  head?: HouseholdHead;
  /** Spreadsheet row (header = 1), when read from a file. */
  row?: number;
}
