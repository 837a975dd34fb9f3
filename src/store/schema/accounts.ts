import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Jurisdiction } from '../../engine/china/jurisdictions.ts';
import type { Department, Office, Role } from '../../workflow/actor.ts';

/**
 * The people who may sign in (docs/hq-procedure.md, "Roles"). The scope columns hold what the
 * role is limited to, and the checks keep them consistent with the role: a county office has a
 * jurisdiction and nothing else, a department its department, an enterprise its credit code.
 * Accounts are never deleted, only disabled, so the audit log always names someone who existed.
 */
export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Lower case, checked by the application: one person cannot hold `Wang` and `wang`.
    loginName: text('login_name').notNull().unique(),
    displayName: text('display_name').notNull(),
    role: text('role').$type<Role>().notNull(),
    jurisdiction: text('jurisdiction').$type<Jurisdiction>(),
    department: text('department').$type<Department>(),
    enterpriseUscc: text('enterprise_uscc'),
    office: text('office').$type<Office>(),
    township: text('township'),
    // PHC string of argon2id: algorithm, parameters and salt travel with the hash.
    passwordHash: text('password_hash').notNull(),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
    // Demo accounts have published passwords; marking them lets the service say so and find them.
    demo: boolean('demo').notNull().default(false),
    // Set when someone else chose the password (an administrator, or the start-up for the first
    // administrator): until its owner picks their own, the account may only change it.
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .defaultNow(),
    disabledAt: timestamp('disabled_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    check(
      'accounts_role_known',
      sql`${t.role} in ('enterprise', 'county_office', 'department', 'city_bureau', 'leading_group',
        'water_office', 'water_county', 'relief_office', 'relief_township', 'admin')`,
    ),
    check(
      'accounts_scope_matches_role',
      sql`(${t.role} in ('county_office', 'water_county', 'relief_township')) = (${t.jurisdiction} is not null)
        and (${t.role} = 'department') = (${t.department} is not null)
        and (${t.role} = 'enterprise') = (${t.enterpriseUscc} is not null)
        and (${t.role} in ('water_office', 'relief_office')) = (${t.office} is not null)
        and (${t.role} = 'relief_township') = (${t.township} is not null)`,
    ),
    check('accounts_failed_attempts_nonnegative', sql`${t.failedAttempts} >= 0`),
    index('accounts_role_idx').on(t.role),
  ],
);

/**
 * Signed-in sessions. The cookie carries a random 256-bit token; only its SHA-256 is stored, so
 * a copy of this table cannot be used to sign in. A session ends when idle for too long
 * (`last_seen_at`), at `expires_at` at the latest, or when the account is disabled or its
 * password reset.
 */
export const sessions = pgTable(
  'sessions',
  {
    // SHA-256 of the token, hex.
    id: text('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('sessions_account_idx').on(t.accountId)],
);
