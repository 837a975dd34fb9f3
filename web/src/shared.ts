// The only door from the web app into the project's own pure modules (no Node APIs behind it), so
// labels and checks are the server's, not a copy: role and department names, the USCC check.
export {
  DEPARTMENT_LABELS,
  DEPARTMENTS,
  OFFICE_LABELS,
  OFFICES_OF_ROLE,
  ROLE_LABELS,
  ROLES,
  SCOPE_FIELDS_OF_ROLE,
  type Actor,
  type Department,
  type Office,
  type Role,
  type ScopeField,
} from '../../src/workflow/actor.ts';
export { pick, type Lang, type Localized } from '../../src/engine/localized.ts';
export { JURISDICTIONS, type Jurisdiction } from '../../src/engine/china/jurisdictions.ts';
export { checkUscc } from '../../src/engine/china/uscc.ts';
export { countyOfCreditCode } from '../../src/engine/china/credit-code-region.ts';
export { MIN_PASSWORD_LENGTH } from '../../src/auth/password-length.ts';
export {
  COST_SHEET,
  FAMILY_SHEET,
  type SheetColumn,
} from '../../src/workflow/relief-pilot/sheet-columns.ts';
export { objectionsOpen, publicityOver } from '../../src/workflow/hq-rating/objection-window.ts';
