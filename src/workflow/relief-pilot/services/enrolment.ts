import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { InputError } from '../../../engine/input-issue.ts';
import type { Database } from '../../../store/database.ts';
import { idNumberIndexes, openIdNumber, sealIdNumber } from '../../../store/relief-sealed.ts';
import { reliefFamily, reliefMember } from '../../../store/schema/relief-pilot.ts';
import type { Actor } from '../../actor.ts';
import { inTransaction, moment, type ServiceOptions } from '../../hq-rating/services/context.ts';
import { auditedMember, duplicateId, familyIssues, type MemberInput } from '../members.ts';
import { requireOffice } from '../permissions.ts';
import { audit, familyNotFound } from '../record.ts';
import { rebuildWarnings } from '../warning-rebuild.ts';
import { detailOf, trimmed, yearsOf, type FamilyDetail } from './family-records.ts';

/**
 * Replaces a family's members (medical insurance): a birth, a death, a new enrolment in insurance
 * (M5, 90号 三(一)). Checked as on registration; an ID number on record in another family is
 * refused. The family's warnings are rebuilt, since an uninsured member raises one (MD3).
 */
export async function replaceMembers(
  db: Database,
  actor: Actor | null,
  input: { familyId: string; members: MemberInput[] },
  options?: ServiceOptions,
): Promise<FamilyDetail> {
  const view = requireOffice(actor, ['medical_insurance'], {
    zh: '变更家庭成员及参保情况',
    en: 'change a family’s members and enrolment',
  });
  const now = moment(options);
  return inTransaction(db, async (tx) => {
    const [family] = await tx
      .select()
      .from(reliefFamily)
      .where(eq(reliefFamily.id, input.familyId))
      .for('update');
    if (!family) throw familyNotFound(input.familyId);
    const entered = trimmed({ ...family, members: input.members });
    const issues = familyIssues(
      entered,
      { code: 'familyCode', county: 'county', township: 'township' },
      (index) => ({ column: (field) => `members.${index}.${field}` }),
    );
    if (entered.members.length === 0) {
      issues.push({
        column: 'members',
        code: 'required',
        message: { zh: '家庭成员：至少一人', en: 'members: at least one' },
      });
    }
    const seen = new Set<string>();
    entered.members.forEach((entry, index) => {
      if (seen.has(entry.idNumber)) {
        issues.push(duplicateId({}, `members.${index}.idNumber`, entry.idNumber, 'input'));
      }
      seen.add(entry.idNumber);
    });
    if (issues.length === 0) {
      // Found by their blind index: the stored numbers are sealed.
      const elsewhere = await tx
        .select({ index: reliefMember.idNumberIndex })
        .from(reliefMember)
        .where(
          and(
            inArray(reliefMember.idNumberIndex, idNumberIndexes([...seen])),
            ne(reliefMember.familyId, input.familyId),
          ),
        );
      const taken = new Set(elsewhere.map((row) => row.index));
      entered.members.forEach((entry, index) => {
        if (taken.has(idNumberIndexes([entry.idNumber])[0]!)) {
          issues.push(duplicateId({}, `members.${index}.idNumber`, entry.idNumber, 'record'));
        }
      });
    }
    if (issues.length > 0) throw new InputError(issues);
    const before = await tx
      .select()
      .from(reliefMember)
      .where(eq(reliefMember.familyId, input.familyId))
      .orderBy(asc(reliefMember.position));
    await tx.delete(reliefMember).where(eq(reliefMember.familyId, input.familyId));
    await tx.insert(reliefMember).values(
      entered.members.map((entry, position) => ({
        familyId: input.familyId,
        position,
        name: entry.name,
        ...sealIdNumber(entry.idNumber),
        relation: entry.relation,
        isHead: entry.head,
        insured: entry.insured,
        insuranceKind: entry.insuranceKind ?? null,
      })),
    );
    await audit(tx, actor, {
      action: 'relief.family.members',
      entity: 'relief_family',
      entityId: input.familyId,
      before: {
        members: before.map((row) =>
          auditedMember({
            ...row,
            idNumber: openIdNumber(row.idNumber),
            head: row.isHead,
            insuranceKind: null,
          }),
        ),
      },
      after: { members: entered.members.map(auditedMember) },
    });
    for (const year of await yearsOf(tx, input.familyId, now.today)) {
      await rebuildWarnings(tx, year, now, [input.familyId]);
    }
    return detailOf(tx, view, input.familyId, Number(now.today.slice(0, 4)));
  });
}
