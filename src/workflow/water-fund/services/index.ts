/** The services of the water-source fund year (温政办函〔2023〕28号). */
export { enterFigures } from './figures.ts';
export { figuresTemplate, importFigures } from './figures-import.ts';
export { getFlows, getLedger, markPaid } from './ledger.ts';
export { allocationNoticePdf } from './notice.ts';
export { approveRun, getRun, listRuns, runAllocation } from './runs.ts';
export { getSelfEvaluation, listSelfEvaluations, submitSelfEvaluation } from './self-evaluation.ts';
export { listUses, recordUse, useCategories } from './uses.ts';
export { getYear, listYears, openYear } from './years.ts';
