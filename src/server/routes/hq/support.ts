import { OpenAPIHono, z, type Hook } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { formatIssues, InputError, type InputIssue } from '../../../engine/input-issue.ts';
import { reportedIssues } from '../../../engine/table/limits.ts';
import type { Lang, Localized } from '../../../engine/localized.ts';
import type { Role } from '../../../workflow/actor.ts';
import type { StateMachine } from '../../../workflow/hq-rating/state-machine.ts';
import { FIELD_LABELS } from '../../../workflow/hq-rating/services/field-labels.ts';
import type { ServiceOptions } from '../../../workflow/hq-rating/services/index.ts';
import type { ApiApp, AppEnv } from '../../env.ts';
import {
  errorJson,
  errorResponse,
  handleError,
  problemsHeading,
  type ErrorIssue,
} from '../../errors.ts';
import { withField } from '../../field-labels.ts';
import { rolesOnly, signedIn } from '../../guards.ts';
import { issueMessage } from '../../zod-messages.ts';

/** The routes of the HQ procedure: an app of their own, mounted on the main one (index.ts). */
export type HqApp = OpenAPIHono<AppEnv>;

/** Names of request fields the services do not have (query and path names of the API). */
const ROUTE_LABELS: Record<string, Localized> = {
  batch: { zh: '批次编号', en: 'batch id' },
  otherRunId: { zh: '对比的计算编号', en: 'run id to compare with' },
  decision: { zh: '初审结论', en: 'decision' },
  file: { zh: '上传文件', en: 'uploaded file' },
  // The relief pilot's and the water fund's forms.
  idNumber: { zh: '身份证号码', en: 'ID number' },
  relation: { zh: '与户主关系', en: 'relation to the head' },
  familyCode: { zh: '家庭编号', en: 'family code' },
  township: { zh: '乡镇（街道）', en: 'township' },
  reference: { zh: '到账凭证号', en: 'reference' },
  source: { zh: '资金来源', en: 'source of funds' },
  receivedOn: { zh: '到账日期', en: 'date received' },
  visitedOn: { zh: '走访日期', en: 'date visited' },
  amount: { zh: '金额（元）', en: 'amount (yuan)' },
  description: { zh: '用途说明', en: 'description' },
  summary: { zh: '自评报告', en: 'self-evaluation' },
  score: { zh: '自评得分', en: 'self-assessed score' },
  totalCost: { zh: '医疗总费用（元）', en: 'total cost (yuan)' },
  basicInsurance: { zh: '基本医保报销（元）', en: 'basic insurance (yuan)' },
  criticalIllness: { zh: '大病保险报销（元）', en: 'critical-illness insurance (yuan)' },
  medicalAssistance: { zh: '医疗救助（元）', en: 'medical assistance (yuan)' },
  huiminbao: { zh: '惠民保赔付（元）', en: 'Huiminbao (yuan)' },
};

/**
 * A field's name in the reader's language, with the services' labels (附件2 numbers), so a
 * refusal by the request schema reads like one by the service.
 * @example labelOf(['figures', 'revenue_2y'], 'zh') // '评定数据 近两年在温营业收入合计（亿元）'
 */
export function labelOf(path: readonly PropertyKey[], lang: Lang): string {
  if (path.length === 0) return lang === 'zh' ? '请求' : 'request';
  return path
    .map((part) => {
      if (typeof part === 'number' || /^\d+$/.test(String(part))) {
        const n = Number(part) + 1;
        return lang === 'zh' ? `第 ${n} 项` : `#${n}`;
      }
      const name = String(part);
      // A relief family's member has a person's name, not an enterprise's.
      if (name === 'name' && path.includes('members')) return lang === 'zh' ? '姓名' : 'name';
      if (name === 'members') return lang === 'zh' ? '家庭成员' : 'member';
      return (ROUTE_LABELS[name] ?? FIELD_LABELS[name])?.[lang] ?? name;
    })
    .join(' ');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The request schemas' refusals: every problem, each naming its field as the services do. */
const validationHook: Hook<unknown, AppEnv, string, unknown> = (result, c) => {
  if (result.success) return;
  const input = (result as { data?: unknown }).data;
  const lang = c.var.lang;
  const issues: ErrorIssue[] = result.error.issues.flatMap((issue) => {
    const paths =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => [...issue.path, key])
        : [issue.path];
    return paths.map((path) => {
      const received = issue.code === 'unrecognized_keys' ? undefined : valueAt(input, path);
      const missing =
        issue.code === 'invalid_type' && (received === undefined || received === null);
      return {
        path: path.map(String).join('.'),
        code: missing ? 'required' : issue.code,
        message: withField(labelOf(path, lang), issueMessage(issue, received)[lang], lang),
      };
    });
  });
  return errorJson(c, 400, 'invalid_request', problemsHeading(issues.length, 'request'), issues);
};

/**
 * The services' InputErrors already name their field in both languages (`理由：必须填写`), so
 * their message is shown as it is; a file's problem keeps its row and column (the column's
 * Chinese header) and reads `第 3 行 核实项目 列：…`. Everything else goes to the app's own handler.
 */
function inputErrorHandler(error: Error, c: Context<AppEnv>) {
  if (!(error instanceof InputError)) return handleError(error, c);
  const lang = c.var.lang ?? 'zh';
  const issues = reportedIssues(error.issues).map((issue) => ({
    path: issue.column ?? '',
    code: issue.code,
    // A file's problem carries its row and the column's header; a form field's has its path.
    ...(issue.row === undefined
      ? { message: issue.message[lang] }
      : {
          message: formatIssues([issue], lang),
          row: issue.row,
          ...(issue.column === undefined ? {} : { column: issue.column }),
        }),
  }));
  const heading = problemsHeading(error.issues.length, 'request');
  return errorJson(c, 400, 'invalid_input', heading, issues);
}

/** A fresh app for the routes of a procedure, with the hook and the error handler above. */
export function hqApp(): HqApp {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.onError(inputErrorHandler);
  return app;
}

/**
 * Mounts the HQ app on the main one: its routes, their OpenAPI entries and its error handler.
 * @example mountHq(app, hq)
 */
export function mountHq(app: ApiApp, hq: HqApp): void {
  app.route('/', hq);
}

/**
 * Re-throws an InputError with its fields renamed to the request's own names.
 * @example await renamingIssues((column) => column.replace(/^files\.0\./, ''), () => upload())
 */
export async function renamingIssues<T>(
  rename: (column: string) => string,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(
      error.issues.map((issue): InputIssue =>
        issue.column === undefined ? issue : { ...issue, column: rename(issue.column) },
      ),
    );
  }
}

/**
 * The services' options for a request: the procedure's clock (tests move it through the dates;
 * a demo server's may stand on a set date).
 */
export const at = (c: Context<AppEnv>): ServiceOptions => ({ clock: c.var.procedureClock });

/** The city roles: they read everything of the procedure (permissions.ts CITY_ROLES). */
export const CITY_ROLES: readonly Role[] = ['city_bureau', 'leading_group', 'admin'];

/**
 * Route middleware letting through only the roles the state machine allows for a step, with the
 * step's own name in the 403: the machine stays the one place that says who may do what.
 * @example stepGuard(BATCH_MACHINE, 'open') // 403 for all but the city bureau
 */
export function stepGuard<S extends string, A extends string>(
  machine: StateMachine<S, A>,
  action: A,
) {
  const rule = machine.transitions[action];
  return rolesOnly(roles(rule.by), rule.label);
}

/** Route middleware for creating a record of a machine (`createdBy`). */
export function createGuard<S extends string, A extends string>(
  machine: StateMachine<S, A>,
  what: Localized,
) {
  return rolesOnly(roles(machine.createdBy), what);
}

const roles = (parties: readonly string[]): Role[] =>
  parties.filter((party): party is Role => party !== 'public');

/** Signed in with one of the city roles: runs, batch timelines, objection lists. */
export const cityOnly = (what: Localized) => rolesOnly(CITY_ROLES, what);

export { rolesOnly, signedIn };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A record id in the path, named as the services name it (`applicationId`, `runId`, …).
 * @example idParams('batchId') // z.object({ batchId: … })
 */
export function idParams<K extends string>(name: K) {
  return z.object({ [name]: idField(name) } as Record<K, ReturnType<typeof idField>>);
}

/** A UUID, with the example and the message key of the other routes. */
export const idField = (name: string) =>
  z
    .string()
    .regex(UUID, 'uuid')
    .openapi({
      param: { name, in: 'path' },
      example: '0b7e3c1e-5d1a-4f7e-9a53-3c0b2f0d9e11',
    });

/** A UUID in a body or a query. */
export const uuidField = z
  .string()
  .regex(UUID, 'uuid')
  .openapi({ example: '0b7e3c1e-5d1a-4f7e-9a53-3c0b2f0d9e11' });

/** A JSON request body. */
export function jsonBody<T extends z.ZodType>(schema: T, required = true) {
  return { content: { 'application/json': { schema } }, required };
}

/** A JSON response. */
export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/** The refusals every signed-in route may give. */
export const refusals = {
  401: errorResponse('Not signed in'),
  403: errorResponse('Not for this role (the message names who may)'),
};

/** The refusals of a step on a record. */
export const stepRefusals = {
  400: errorResponse('A field is missing or breaks a rule (each issue names its field, zh or en)'),
  ...refusals,
  404: errorResponse('No such record, or not in the caller’s scope'),
  409: errorResponse('The record’s state does not allow the step now (the message says why)'),
};

/** Every signed-in route: the session cookie. */
export const secured = { security: [{ session: [] }] };
