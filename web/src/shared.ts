// The only door from the web app into the project's own pure modules (no Node APIs behind it), so
// labels and checks are the server's, not a copy: role and department names, the USCC check.
export {
  DEPARTMENT_LABELS,
  ROLE_LABELS,
  ROLES,
  type Actor,
  type Department,
  type Role,
} from '../../src/workflow/actor.ts';
export { pick, type Lang, type Localized } from '../../src/engine/localized.ts';
export { JURISDICTIONS, type Jurisdiction } from '../../src/engine/china/jurisdictions.ts';
export { checkUscc } from '../../src/engine/china/uscc.ts';
