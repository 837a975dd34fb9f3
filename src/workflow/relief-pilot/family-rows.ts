import { and, asc, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { JURISDICTION_NAMES } from '../../engine/china/jurisdictions.ts';
import type { Executor } from '../../store/database.ts';
import { openContact, openIdNumber, openOutOfPocket } from '../../store/relief-sealed.ts';
import { reliefCost, reliefFamily, reliefMember } from '../../store/schema/relief-pilot.ts';

/** A family with what the lists, the warnings and the runs need of it, for one year. */
export interface FamilyFacts {
  id: string;
  familyCode: string;
  county: string;
  township: string;
  village: string | null;
  address: string | null;
  phone: string | null;
  category: number | null;
  categoryNote: string | null;
  synthetic: boolean;
  members: number;
  insuredMembers: number;
  headName: string;
  headIdNumber: string;
  /** The year's out-of-pocket cost (MD1), null without a cost record. */
  outOfPocket: string | null;
}

const membersOf = sql<number>`(select count(*)::int from relief_member m where m.family_id = ${reliefFamily.id})`;
const insuredOf = sql<number>`(select count(*)::int from relief_member m where m.family_id = ${reliefFamily.id} and m.insured)`;

/**
 * The families matching `where` (on relief_family's columns) with their member counts, head and
 * the year's out-of-pocket cost, by county, township and code; `page` limits the rows.
 * @example await familyFacts(tx, 2026, eq(reliefFamily.county, '文成县'))
 */
export async function familyFacts(
  executor: Executor,
  year: number,
  where?: SQL,
  page?: { limit: number; offset: number },
): Promise<FamilyFacts[]> {
  const query = executor
    .select({
      id: reliefFamily.id,
      familyCode: reliefFamily.familyCode,
      county: reliefFamily.county,
      township: reliefFamily.township,
      village: reliefFamily.village,
      address: reliefFamily.address,
      phone: reliefFamily.phone,
      category: reliefFamily.category,
      categoryNote: reliefFamily.categoryNote,
      synthetic: reliefFamily.synthetic,
      members: membersOf,
      insuredMembers: insuredOf,
      headName: reliefMember.name,
      headIdNumber: reliefMember.idNumber,
      outOfPocket: reliefCost.outOfPocket,
    })
    .from(reliefFamily)
    .leftJoin(
      reliefMember,
      and(eq(reliefMember.familyId, reliefFamily.id), eq(reliefMember.isHead, true)),
    )
    .leftJoin(reliefCost, and(eq(reliefCost.familyId, reliefFamily.id), eq(reliefCost.year, year)))
    .where(where)
    .orderBy(
      countyOrder(reliefFamily.county),
      asc(reliefFamily.township),
      asc(reliefFamily.familyCode),
    )
    .$dynamic();
  const rows = page ? await query.limit(page.limit).offset(page.offset) : await query;
  // The personal fields are sealed at rest (relief-sealed.ts): opened here, the one read path.
  return rows.map((row) => ({
    ...openContact(row),
    members: Number(row.members),
    insuredMembers: Number(row.insuredMembers),
    headName: row.headName ?? '',
    headIdNumber: row.headIdNumber === null ? '' : openIdNumber(row.headIdNumber),
    outOfPocket: openOutOfPocket(row.outOfPocket),
  }));
}

/**
 * Orders by the customary order of Wenzhou's jurisdictions (as the tables of the methods list
 * them), not by the database's collation, so both databases list alike.
 */
export function countyOrder(column: AnyColumn): SQL {
  const list = JURISDICTION_NAMES.map((name) => `'${name}'`).join(', ');
  return sql`array_position(array[${sql.raw(list)}]::text[], ${column})`;
}
