// The rows of a family as the relief services share them: reading a family's list entry and
// detail as an actor may see them, checking and inserting new families, the years and run a
// family's figures belong to.
import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Executor, Transaction } from '../../../store/database.ts';
import {
  idNumberIndexes,
  openCosts,
  openIdNumber,
  sealContact,
  sealIdNumber,
} from '../../../store/relief-sealed.ts';
import {
  reliefCost,
  reliefFamily,
  reliefMember,
  reliefRun,
  reliefRunFamily,
  reliefWarning,
} from '../../../store/schema/relief-pilot.ts';
import { familyFacts, type FamilyFacts } from '../family-rows.ts';
import { duplicateCode, duplicateId, type FamilyInput, type InsuranceKind } from '../members.ts';
import { money, fromColumn } from '../money.ts';
import { inPlace, shownContact, shownId, type ReliefView } from '../permissions.ts';
import { familyNotFound } from '../record.ts';
import { touchedYears } from '../warning-rebuild.ts';

type Level = 'watch' | 'relief_due' | 'uninsured';

/** One family of a list, as the actor may see it. */
export interface FamilyItem {
  id: string;
  familyCode: string;
  headName: string;
  headIdNumber: string;
  county: string;
  township: string;
  village: string | null;
  /** In full for medical insurance and the township of a warned family; masked otherwise. */
  address: string | null;
  phone: string | null;
  contactShown: boolean;
  category: 1 | 2 | null;
  members: number;
  insuredMembers: number;
  warning: Level | null;
  relief: string | null;
  synthetic: boolean;
}

export interface MemberView {
  name: string;
  idNumber: string;
  relation: string;
  head: boolean;
  insured: boolean;
  insuranceKind: InsuranceKind | null;
}

export interface CostView {
  year: number;
  totalCost: string;
  basicInsurance: string;
  criticalIllness: string;
  medicalAssistance: string;
  huiminbao: string;
  outOfPocket: string;
}

export interface FamilyDetail extends Omit<FamilyItem, 'members'> {
  memberCount: number;
  members: MemberView[];
  categoryNote: string | null;
  costs: CostView[] | null;
}

/** A family as stored: trimmed, the ID number's x written as X. */
export function trimmed(input: FamilyInput): FamilyInput {
  return {
    familyCode: input.familyCode.trim(),
    county: input.county.trim(),
    township: input.township.trim(),
    village: blankToNull(input.village),
    address: blankToNull(input.address),
    phone: blankToNull(input.phone),
    members: input.members.map((entry) => ({
      ...entry,
      name: entry.name.trim(),
      idNumber: entry.idNumber.trim().toUpperCase(),
      relation: entry.relation.trim(),
    })),
  };
}

function blankToNull(text: string | null | undefined): string | null {
  const value = text?.trim() ?? '';
  return value === '' ? null : value;
}

/** Family codes and ID numbers of `families` that are on record already. */
export async function takenIssues(
  tx: Transaction,
  families: readonly (FamilyInput & { row?: number })[],
  codeAt: (family: FamilyInput & { row?: number }) => { row?: number },
  idColumn: (index: number) => string,
  memberRow: (family: number, member: number) => { row?: number } = () => ({}),
  codeColumn = 'familyCode',
) {
  const codes = families.map((family) => family.familyCode);
  const ids = families.flatMap((family) => family.members.map((entry) => entry.idNumber));
  // Found by their blind index: the stored numbers are sealed.
  const indexes = idNumberIndexes(ids);
  const [codesTaken, idsTaken] = await Promise.all([
    codes.length === 0
      ? []
      : tx
          .select({ code: reliefFamily.familyCode })
          .from(reliefFamily)
          .where(inArray(reliefFamily.familyCode, codes)),
    ids.length === 0
      ? []
      : tx
          .select({ index: reliefMember.idNumberIndex })
          .from(reliefMember)
          .where(inArray(reliefMember.idNumberIndex, indexes)),
  ]);
  const codeSet = new Set(codesTaken.map((row) => row.code));
  const idSet = new Set(idsTaken.map((row) => row.index));
  return families.flatMap((family, f) => [
    ...(codeSet.has(family.familyCode)
      ? [duplicateCode(codeAt(family), codeColumn, family.familyCode)]
      : []),
    ...family.members.flatMap((entry, m) =>
      idSet.has(idNumberIndexes([entry.idNumber])[0]!)
        ? [duplicateId(memberRow(f, m), idColumn(m), entry.idNumber, 'record')]
        : [],
    ),
  ]);
}

/** Writes a checked family and its members; returns its id. */
export async function insertFamily(
  tx: Transaction,
  family: FamilyInput,
  by: { by: string; at: Date; synthetic: boolean },
): Promise<string> {
  const [row] = await tx
    .insert(reliefFamily)
    .values({
      familyCode: family.familyCode,
      county: family.county,
      township: family.township,
      village: family.village ?? null,
      ...sealContact({ address: family.address ?? null, phone: family.phone ?? null }),
      synthetic: by.synthetic,
      createdBy: by.by,
      createdAt: by.at,
    })
    .returning({ id: reliefFamily.id });
  const id = row!.id;
  await tx.insert(reliefMember).values(
    family.members.map((entry, position) => ({
      familyId: id,
      position,
      name: entry.name,
      ...sealIdNumber(entry.idNumber),
      relation: entry.relation,
      isHead: entry.head,
      insured: entry.insured,
      insuranceKind: entry.insuranceKind ?? null,
    })),
  );
  return id;
}

/** The years whose warnings a change to the family touches. */
export async function yearsOf(tx: Transaction, familyId: string, today: string): Promise<number[]> {
  const rows = await tx
    .select({ year: reliefCost.year })
    .from(reliefCost)
    .where(eq(reliefCost.familyId, familyId));
  return touchedYears(
    today,
    rows.map((row) => row.year),
  );
}

/** The latest run of a year, if any. */
export async function latestRunId(executor: Executor, year: number): Promise<string | null> {
  const [row] = await executor
    .select({ id: reliefRun.id })
    .from(reliefRun)
    .where(eq(reliefRun.year, year))
    .orderBy(desc(reliefRun.computedAt), desc(reliefRun.id))
    .limit(1);
  return row?.id ?? null;
}

/** List items of families for the view: the year's open warning and latest relief. */
export async function itemsOf(
  executor: Executor,
  view: ReliefView,
  year: number,
  facts: readonly FamilyFacts[],
): Promise<FamilyItem[]> {
  const ids = facts.map((family) => family.id);
  if (ids.length === 0) return [];
  const warnings = await executor
    .select({ familyId: reliefWarning.familyId, level: reliefWarning.level })
    .from(reliefWarning)
    .where(
      and(
        eq(reliefWarning.year, year),
        inArray(reliefWarning.familyId, ids),
        ne(reliefWarning.level, 'none'),
      ),
    );
  const levels = new Map(warnings.map((row) => [row.familyId, row.level as Level]));
  const reliefs = new Map<string, string>();
  const runId = view.relief ? await latestRunId(executor, year) : null;
  if (runId) {
    const rows = await executor
      .select({ familyId: reliefRunFamily.familyId, relief: reliefRunFamily.relief })
      .from(reliefRunFamily)
      .where(
        and(
          eq(reliefRunFamily.runId, runId),
          eq(reliefRunFamily.covered, true),
          inArray(reliefRunFamily.familyId, ids),
        ),
      );
    for (const row of rows) reliefs.set(row.familyId, money(fromColumn(row.relief)));
  }
  return facts.map((family) => ({
    id: family.id,
    familyCode: family.familyCode,
    headName: family.headName,
    headIdNumber: shownId(view, family.headIdNumber),
    county: family.county,
    township: family.township,
    ...shownContact(view, family, levels.has(family.id)),
    category: family.category === 1 || family.category === 2 ? family.category : null,
    members: family.members,
    insuredMembers: family.insuredMembers,
    warning: levels.get(family.id) ?? null,
    relief: reliefs.get(family.id) ?? null,
    synthetic: family.synthetic,
  }));
}

export async function detailOf(
  executor: Executor,
  view: ReliefView,
  familyId: string,
  year: number,
): Promise<FamilyDetail> {
  const [facts] = await familyFacts(executor, year, eq(reliefFamily.id, familyId));
  if (!facts || !inPlace(view, facts)) throw familyNotFound(familyId);
  const [item] = await itemsOf(executor, view, year, [facts]);
  const members = await executor
    .select()
    .from(reliefMember)
    .where(eq(reliefMember.familyId, familyId))
    .orderBy(asc(reliefMember.position));
  let costs: CostView[] | null = null;
  if (view.health) {
    const rows = await executor
      .select()
      .from(reliefCost)
      .where(eq(reliefCost.familyId, familyId))
      .orderBy(desc(reliefCost.year));
    costs = rows.map(costView);
  }
  const { members: memberCount, ...rest } = item!;
  return {
    ...rest,
    memberCount,
    categoryNote: facts.categoryNote,
    members: members.map((entry) => ({
      name: entry.name,
      idNumber: shownId(view, openIdNumber(entry.idNumber)),
      relation: entry.relation,
      head: entry.isHead,
      insured: entry.insured,
      insuranceKind: (entry.insuranceKind as InsuranceKind | null) ?? null,
    })),
    costs,
  };
}

/** A cost record as the API writes it. */
export function costView(stored: typeof reliefCost.$inferSelect): CostView {
  const row = openCosts(stored);
  const text = (value: string) => money(fromColumn(value));
  return {
    year: row.year,
    totalCost: text(row.totalCost),
    basicInsurance: text(row.basicInsurance),
    criticalIllness: text(row.criticalIllness),
    medicalAssistance: text(row.medicalAssistance),
    huiminbao: text(row.huiminbao),
    outOfPocket: text(row.outOfPocket),
  };
}
