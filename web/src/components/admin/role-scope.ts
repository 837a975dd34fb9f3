import { SCOPE_FIELDS_OF_ROLE, type Role, type ScopeField } from '../../shared.ts';

/** The method a role works in, for grouping roles in the form and the filter. */
export type RoleGroup = 'hq' | 'water' | 'relief' | 'system';

/** Roles by method: 88号 star rating, 28号 water fund, 90号 relief pilot, the system itself. */
export const ROLE_GROUPS: readonly { group: RoleGroup; roles: readonly Role[] }[] = [
  {
    group: 'hq',
    roles: ['enterprise', 'county_office', 'department', 'city_bureau', 'leading_group'],
  },
  { group: 'water', roles: ['water_office', 'water_county'] },
  { group: 'relief', roles: ['relief_office', 'relief_township'] },
  { group: 'system', roles: ['admin'] },
];

/**
 * The scope fields an account of `role` must fill in (the server's own table); every other scope
 * field stays empty.
 * @example scopeFieldsOf('relief_township') // ['jurisdiction', 'township']
 */
export function scopeFieldsOf(role: Role | undefined): readonly ScopeField[] {
  return role ? SCOPE_FIELDS_OF_ROLE[role] : [];
}
