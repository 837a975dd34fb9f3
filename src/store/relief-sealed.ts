import { and, eq, isNull, like, not, or, type SQL } from 'drizzle-orm';
import type { Database } from './database.ts';
import { blindIndex, openField, openOptional, sealField, sealOptional } from './field-crypto.ts';
import { currentFieldKeys } from './field-keys.ts';
import { reliefCost, reliefFamily, reliefMember, reliefRunFamily } from './schema/relief-pilot.ts';

/**
 * The relief pilot's personal fields as stored: ID numbers, a family's address and phone, the
 * medical costs and a run's out-of-pocket figures, each sealed with SM4 (field-crypto.ts). The
 * services read and write them only through these functions.
 */

/** A member's ID number sealed, with its blind index for the unique check and look-ups. */
export const sealIdNumber = (idNumber: string) => ({
  idNumber: sealField(idNumber, 'relief_member.id_number'),
  idNumberIndex: blindIndex(idNumber),
});

export const openIdNumber = (stored: string) => openField(stored, 'relief_member.id_number');

/** The blind indexes of ID numbers, to find members by them. */
export const idNumberIndexes = (idNumbers: readonly string[]) =>
  idNumbers.map((id) => blindIndex(id));

/** A family's address and phone sealed (null stays null). */
export const sealContact = (contact: { address: string | null; phone: string | null }) => ({
  address: sealOptional(contact.address, 'relief_family.address'),
  phone: sealOptional(contact.phone, 'relief_family.phone'),
});

export const openContact = <T extends { address: string | null; phone: string | null }>(
  row: T,
): T => ({
  ...row,
  address: openOptional(row.address, 'relief_family.address'),
  phone: openOptional(row.phone, 'relief_family.phone'),
});

const COST_COLUMNS = [
  'totalCost',
  'basicInsurance',
  'criticalIllness',
  'medicalAssistance',
  'huiminbao',
  'outOfPocket',
] as const;
type CostColumn = (typeof COST_COLUMNS)[number];
const COST_PURPOSE = {
  totalCost: 'relief_cost.total_cost',
  basicInsurance: 'relief_cost.basic_insurance',
  criticalIllness: 'relief_cost.critical_illness',
  medicalAssistance: 'relief_cost.medical_assistance',
  huiminbao: 'relief_cost.huiminbao',
  outOfPocket: 'relief_cost.out_of_pocket',
} as const;

/** A year's cost layers (decimal text in yuan) sealed, each under its own column's purpose. */
export function sealCosts<T extends Record<CostColumn, string>>(costs: T): T {
  const sealed = { ...costs };
  for (const column of COST_COLUMNS) {
    sealed[column] = sealField(costs[column], COST_PURPOSE[column]) as T[CostColumn];
  }
  return sealed;
}

export function openCosts<T extends Record<CostColumn, string>>(row: T): T {
  const opened = { ...row };
  for (const column of COST_COLUMNS) {
    opened[column] = openField(row[column], COST_PURPOSE[column]) as T[CostColumn];
  }
  return opened;
}

export const openOutOfPocket = (stored: string | null) =>
  openOptional(stored, 'relief_cost.out_of_pocket');

export const sealRunOutOfPocket = (text: string) =>
  sealField(text, 'relief_run_family.out_of_pocket');
export const openRunOutOfPocket = (stored: string) =>
  openField(stored, 'relief_run_family.out_of_pocket');

/** Counts of what {@link sealFields} sealed again, by table. */
export interface SealedCounts {
  members: number;
  families: number;
  costs: number;
  runFamilies: number;
}

/**
 * Seals every personal field not yet under the ring's current key: values written before
 * encryption came in, and after `pingding keys rotate`, those under an older key. Blind indexes
 * are recomputed with the ID numbers, so look-ups keep working. One transaction: all or nothing.
 * `openDatabase` runs it at every start, where it usually finds nothing to do.
 */
export async function sealFields(db: Database): Promise<SealedCounts> {
  const prefix = `sm4:${currentFieldKeys().current.id}:%`;
  const stale = (column: Parameters<typeof like>[0]): SQL => not(like(column, prefix));
  return db.transaction(async (tx) => {
    const members = await tx
      .select({ id: reliefMember.id, idNumber: reliefMember.idNumber })
      .from(reliefMember)
      .where(or(stale(reliefMember.idNumber), isNull(reliefMember.idNumberIndex)));
    for (const member of members) {
      await tx
        .update(reliefMember)
        .set(sealIdNumber(openIdNumber(member.idNumber)))
        .where(eq(reliefMember.id, member.id));
    }
    const families = await tx
      .select({ id: reliefFamily.id, address: reliefFamily.address, phone: reliefFamily.phone })
      .from(reliefFamily)
      .where(or(stale(reliefFamily.address), stale(reliefFamily.phone)));
    for (const family of families) {
      await tx
        .update(reliefFamily)
        .set(sealContact(openContact(family)))
        .where(eq(reliefFamily.id, family.id));
    }
    const costs = await tx.select().from(reliefCost).where(stale(reliefCost.totalCost));
    for (const cost of costs) {
      const { familyId, year } = cost;
      const sealed = sealCosts(openCosts(cost));
      await tx
        .update(reliefCost)
        .set({
          totalCost: sealed.totalCost,
          basicInsurance: sealed.basicInsurance,
          criticalIllness: sealed.criticalIllness,
          medicalAssistance: sealed.medicalAssistance,
          huiminbao: sealed.huiminbao,
          outOfPocket: sealed.outOfPocket,
        })
        .where(and(eq(reliefCost.familyId, familyId), eq(reliefCost.year, year)));
    }
    const runFamilies = await tx
      .select({
        runId: reliefRunFamily.runId,
        familyId: reliefRunFamily.familyId,
        outOfPocket: reliefRunFamily.outOfPocket,
      })
      .from(reliefRunFamily)
      .where(stale(reliefRunFamily.outOfPocket));
    for (const row of runFamilies) {
      await tx
        .update(reliefRunFamily)
        .set({ outOfPocket: sealRunOutOfPocket(openRunOutOfPocket(row.outOfPocket)) })
        .where(
          and(eq(reliefRunFamily.runId, row.runId), eq(reliefRunFamily.familyId, row.familyId)),
        );
    }
    return {
      members: members.length,
      families: families.length,
      costs: costs.length,
      runFamilies: runFamilies.length,
    };
  });
}
