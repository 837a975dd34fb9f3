import { and, count, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { WarningLevel } from '../../../methods/medical-relief/warning-level.ts';
import { InputError } from '../../../engine/input-issue.ts';
import type { Database } from '../../../store/database.ts';
import { reliefFamily, reliefWarning } from '../../../store/schema/relief-pilot.ts';
import type { Actor } from '../../actor.ts';
import { inTransaction, moment, type ServiceOptions } from '../../hq-rating/services/context.ts';
import { familyFacts } from '../family-rows.ts';
import { auditedMember, duplicateId, familyIssues, type FamilyInput } from '../members.ts';
import { reliefView, requireOffice } from '../permissions.ts';
import { audit, familyNotFound, shownFamilies } from '../record.ts';
import { rebuildWarnings } from '../warning-rebuild.ts';
import {
  detailOf,
  insertFamily,
  itemsOf,
  takenIssues,
  trimmed,
  yearsOf,
  type FamilyDetail,
  type FamilyItem,
} from './family-records.ts';

export interface FamilyListInput {
  year?: number;
  county?: string;
  township?: string;
  /** A category (M1), or `none`: the families awaiting civil affairs' decision (未认定). */
  category?: number | 'none';
  /** Only families warned in the year: at this MD3 level, or at any level. */
  warning?: Exclude<WarningLevel, 'none'> | 'any';
  page?: number;
  pageSize?: number;
}

const READ = { zh: '查看医保纾困家庭', en: 'read the pilot’s families' };

/** The year a read is about: the one asked, or this year in China. */
export function yearOr(year: number | undefined, today: string): number {
  return year ?? Number(today.slice(0, 4));
}

/**
 * The families the actor may see (a township worker its own township, whatever it asks), with
 * the year's warning and, for the roles that may see it, the relief of the year's latest run.
 * The ID numbers come masked for the charity federation and the townships.
 */
export async function listFamilies(
  db: Database,
  actor: Actor | null,
  input: FamilyListInput,
  options?: ServiceOptions,
): Promise<{ total: number; items: FamilyItem[] }> {
  const view = reliefView(actor, READ);
  const now = moment(options);
  const year = yearOr(input.year, now.today);
  const page = Math.max(1, input.page ?? 1);
  const pageSize = Math.min(200, Math.max(1, input.pageSize ?? 50));
  return inTransaction(db, async (tx) => {
    const filters: SQL[] = [];
    const county = view.place?.county ?? input.county;
    const township = view.place?.township ?? input.township;
    if (county) filters.push(eq(reliefFamily.county, county));
    if (township) filters.push(eq(reliefFamily.township, township));
    if (input.category === 'none') filters.push(isNull(reliefFamily.category));
    else if (input.category !== undefined) {
      filters.push(eq(reliefFamily.category, input.category));
    }
    if (input.warning) {
      const warned = tx
        .select({ familyId: reliefWarning.familyId })
        .from(reliefWarning)
        .where(
          input.warning === 'any'
            ? eq(reliefWarning.year, year)
            : and(eq(reliefWarning.year, year), eq(reliefWarning.level, input.warning)),
        );
      filters.push(inArray(reliefFamily.id, warned));
    }
    const where = filters.length > 0 ? and(...filters) : undefined;
    const [counted] = await tx.select({ n: count() }).from(reliefFamily).where(where);
    const facts = await familyFacts(tx, year, where, {
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    const items = await itemsOf(tx, view, year, facts);
    await audit(tx, actor, {
      action: 'relief.family.list',
      entity: 'relief_family',
      entityId: 'list',
      after: {
        year,
        county: county ?? null,
        township: township ?? null,
        category: input.category ?? null,
        warning: input.warning ?? null,
        page,
        ...shownFamilies(items),
      },
    });
    return { total: counted?.n ?? 0, items };
  });
}

/**
 * One family with its members and, for the medical-insurance bureau, its costs by year and layer.
 * Every call writes `relief.family.view` to the audit log (who, which family; never an ID number).
 */
export async function getFamily(
  db: Database,
  actor: Actor | null,
  input: { familyId: string; year?: number },
  options?: ServiceOptions,
): Promise<FamilyDetail> {
  const view = reliefView(actor, READ);
  const now = moment(options);
  const year = yearOr(input.year, now.today);
  return inTransaction(db, async (tx) => {
    const detail = await detailOf(tx, view, input.familyId, year);
    await audit(tx, actor, {
      action: 'relief.family.view',
      entity: 'relief_family',
      entityId: input.familyId,
      after: {
        year,
        familyCode: detail.familyCode,
        costsShown: detail.costs !== null,
        contactShown: detail.contactShown,
      },
    });
    return detail;
  });
}

/**
 * Registers a family with its members (medical insurance). Its category is null until civil
 * affairs decides it (M1).
 * @throws InputError naming each field (members by number), ID numbers masked
 */
export async function createFamily(
  db: Database,
  actor: Actor | null,
  input: FamilyInput,
  options?: ServiceOptions,
): Promise<FamilyDetail> {
  const view = requireOffice(actor, ['medical_insurance'], {
    zh: '登记家庭',
    en: 'register families',
  });
  const now = moment(options);
  const family = trimmed(input);
  const issues = familyIssues(
    family,
    { code: 'familyCode', county: 'county', township: 'township' },
    (index) => ({ column: (field) => `members.${index}.${field}` }),
  );
  const seen = new Set<string>();
  family.members.forEach((entry, index) => {
    if (seen.has(entry.idNumber)) {
      issues.push(duplicateId({}, `members.${index}.idNumber`, entry.idNumber, 'input'));
    }
    seen.add(entry.idNumber);
  });
  if (issues.length > 0) throw new InputError(issues);
  return inTransaction(db, async (tx) => {
    const taken = await takenIssues(
      tx,
      [family],
      () => ({}),
      (index) => `members.${index}.idNumber`,
    );
    if (taken.length > 0) throw new InputError(taken);
    const id = await insertFamily(tx, family, {
      by: view.actor.accountId,
      at: now.at,
      synthetic: false,
    });
    await audit(tx, actor, {
      action: 'relief.family.create',
      entity: 'relief_family',
      entityId: id,
      after: {
        familyCode: family.familyCode,
        county: family.county,
        township: family.township,
        village: family.village ?? null,
        contact: { address: family.address !== null, phone: family.phone !== null },
        members: family.members.map(auditedMember),
      },
    });
    await rebuildWarnings(tx, Number(now.today.slice(0, 4)), now, [id]);
    return detailOf(tx, view, id, Number(now.today.slice(0, 4)));
  });
}

/**
 * M1 (90号 二): civil affairs decides whether a family is in the second category. The family's
 * warnings are rebuilt (only the second category is monitored).
 */
export async function setCategory(
  db: Database,
  actor: Actor | null,
  input: { familyId: string; category: number; note?: string },
  options?: ServiceOptions,
): Promise<FamilyDetail> {
  const view = requireOffice(actor, ['civil_affairs'], {
    zh: '认定相对低收入家庭类别',
    en: 'decide a family’s category',
  });
  if (input.category !== 1 && input.category !== 2) {
    throw new InputError([
      {
        column: 'category',
        code: 'category',
        message: {
          zh: '类别：应为 1（第一类）或 2（第二类）',
          en: 'category: must be 1 (first category) or 2 (second category)',
        },
      },
    ]);
  }
  const now = moment(options);
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .select({ category: reliefFamily.category, note: reliefFamily.categoryNote })
      .from(reliefFamily)
      .where(eq(reliefFamily.id, input.familyId))
      .for('update');
    if (!row) throw familyNotFound(input.familyId);
    const note = input.note?.trim() ?? '';
    await tx
      .update(reliefFamily)
      .set({
        category: input.category,
        categoryNote: note === '' ? null : note,
        categorySetBy: view.actor.accountId,
        categorySetAt: now.at,
      })
      .where(eq(reliefFamily.id, input.familyId));
    await audit(tx, actor, {
      action: 'relief.family.category',
      entity: 'relief_family',
      entityId: input.familyId,
      before: { category: row.category },
      after: { category: input.category },
      note: note === '' ? null : note,
    });
    for (const year of await yearsOf(tx, input.familyId, now.today)) {
      await rebuildWarnings(tx, year, now, [input.familyId]);
    }
    return detailOf(tx, view, input.familyId, Number(now.today.slice(0, 4)));
  });
}
