/** The services of the 90号 relief pilot (docs/relief-api.md): one transaction and one audit record a call. */
export { computeRun, getRun, listRuns, explainRunFamily, approveRun } from './runs.ts';
export { createFamily, getFamily, listFamilies, setCategory } from './families.ts';
export { importFamilies } from './family-import.ts';
export { importCosts, putCosts, COST_COLUMNS } from './costs.ts';
export { getFund, recordReceipt } from './fund.ts';
export { payRelief } from './payments.ts';
export { listWarnings, recordVisit } from './warnings.ts';
export { getDashboard } from './dashboard.ts';
export { exportResults } from './export.ts';
export { replaceMembers } from './enrolment.ts';
export { importTemplate, type TemplateSheet } from './templates.ts';
