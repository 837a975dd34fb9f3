import { z } from '@hono/zod-openapi';
import { JURISDICTION_NAMES } from '../../engine/china/jurisdictions.ts';
import { DEPARTMENTS, OFFICES, ROLES } from '../../workflow/actor.ts';

export const RoleSchema = z.enum(ROLES).openapi({ example: 'county_office' });
export const DepartmentSchema = z.enum(DEPARTMENTS).openapi({ example: 'tax' });
export const OfficeSchema = z.enum(OFFICES).openapi({ example: 'finance' });
export const JurisdictionSchema = z
  .enum(JURISDICTION_NAMES as [string, ...string[]])
  .openapi({ example: '瑞安市' });

export const AccountSchema = z
  .object({
    id: z.string().openapi({ example: '0b7e3c1e-5d1a-4f7e-9a53-3c0b2f0d9e11' }),
    loginName: z.string().openapi({ example: 'county.ruian' }),
    displayName: z.string().openapi({ example: '瑞安市投资促进部门' }),
    role: RoleSchema,
    jurisdiction: JurisdictionSchema.nullable(),
    department: DepartmentSchema.nullable(),
    enterpriseUscc: z.string().nullable(),
    office: OfficeSchema.nullable(),
    township: z.string().nullable(),
    demo: z.boolean(),
    createdAt: z.string(),
    passwordChangedAt: z.string(),
    disabledAt: z.string().nullable(),
    lockedUntil: z.string().nullable(),
  })
  .openapi('Account');

/** Who is signed in (`GET /api/session`). */
export const MeSchema = z
  .object({
    accountId: z.string(),
    loginName: z.string().openapi({ example: 'enterprise1' }),
    displayName: z.string(),
    role: RoleSchema,
    /** The role's name in the reader's language. */
    roleLabel: z.string().openapi({ example: '企业' }),
    jurisdiction: z.string().nullable(),
    department: DepartmentSchema.nullable(),
    enterpriseUscc: z.string().nullable(),
    office: OfficeSchema.nullable(),
    township: z.string().nullable(),
    demo: z.boolean(),
    /** Someone else chose the password: until it is changed, only the change is allowed. */
    mustChangePassword: z.boolean(),
  })
  .openapi('Me');

export const AccountIdParams = z.object({
  id: z
    .string()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'uuid')
    .openapi({
      param: { name: 'id', in: 'path' },
      example: '0b7e3c1e-5d1a-4f7e-9a53-3c0b2f0d9e11',
    }),
});
