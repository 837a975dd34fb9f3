import type { Jurisdiction } from '../engine/china/jurisdictions.ts';
import { accounts } from '../store/schema/accounts.ts';
import type { Actor, Department, Office, Role } from '../workflow/actor.ts';

type AccountRow = typeof accounts.$inferSelect;

/** An account as shown to administrators and to its owner: never the password hash. */
export interface AccountView {
  id: string;
  loginName: string;
  displayName: string;
  role: Role;
  jurisdiction: Jurisdiction | null;
  department: Department | null;
  enterpriseUscc: string | null;
  office: Office | null;
  township: string | null;
  demo: boolean;
  createdAt: string;
  passwordChangedAt: string;
  disabledAt: string | null;
  /** Set while the account is locked after too many wrong passwords. */
  lockedUntil: string | null;
}

/**
 * The public form of an account row.
 * @example accountView(row, new Date()).loginName // 'wang.li'
 */
export function accountView(row: AccountRow, now: Date): AccountView {
  return {
    id: row.id,
    loginName: row.loginName,
    displayName: row.displayName,
    role: row.role,
    jurisdiction: row.jurisdiction,
    department: row.department,
    enterpriseUscc: row.enterpriseUscc,
    office: row.office,
    township: row.township,
    demo: row.demo,
    createdAt: row.createdAt.toISOString(),
    passwordChangedAt: row.passwordChangedAt.toISOString(),
    disabledAt: row.disabledAt?.toISOString() ?? null,
    lockedUntil: row.lockedUntil && row.lockedUntil > now ? row.lockedUntil.toISOString() : null,
  };
}

/** What the audit log keeps of an account: its view without the moving lock state. */
export function auditedAccount(row: AccountRow) {
  return {
    loginName: row.loginName,
    displayName: row.displayName,
    role: row.role,
    jurisdiction: row.jurisdiction,
    department: row.department,
    enterpriseUscc: row.enterpriseUscc,
    office: row.office,
    township: row.township,
    demo: row.demo,
    disabledAt: row.disabledAt?.toISOString() ?? null,
  };
}

/**
 * The Actor an account acts as: its role and the scope that role is limited to.
 * @example actorOf(row) // { accountId: '…', role: 'county_office', displayName: '瑞安市投促局', jurisdiction: '瑞安市' }
 */
export function actorOf(
  row: Pick<
    AccountRow,
    | 'id'
    | 'role'
    | 'displayName'
    | 'jurisdiction'
    | 'department'
    | 'enterpriseUscc'
    | 'office'
    | 'township'
  >,
): Actor {
  const actor: Actor = { accountId: row.id, role: row.role, displayName: row.displayName };
  if (row.jurisdiction) actor.jurisdiction = row.jurisdiction;
  if (row.department) actor.department = row.department;
  if (row.enterpriseUscc) actor.enterpriseUscc = row.enterpriseUscc;
  if (row.office) actor.office = row.office;
  if (row.township) actor.township = row.township;
  return actor;
}
