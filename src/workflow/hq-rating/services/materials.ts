import { createHash } from 'node:crypto';
import { eq, getTableColumns } from 'drizzle-orm';
import { z } from 'zod';
import { InputError } from '../../../engine/input-issue.ts';
import type { Database, Transaction } from '../../../store/database.ts';
import { hqApplication } from '../../../store/schema/hq-applications.ts';
import { hqMaterial } from '../../../store/schema/hq-materials.ts';
import type { Actor } from '../../actor.ts';
import { APPLICATION_MACHINE } from '../application-machine.ts';
import { notFound, RECORD_LABELS } from '../errors.ts';
import { MATERIAL_KINDS, materialProblem, type MaterialKind } from '../materials.ts';
import { assertCanReadApplication } from '../permissions.ts';
import { transition } from '../state-machine.ts';
import { inTransaction, moment, type ServiceOptions } from './context.ts';
import { lockApplication, readApplication, scopeOf } from './load.ts';
import { logApplicationStep } from './record.ts';
import { parseInput, textField, throwIssues } from './validation.ts';
import { assertWindowOpen } from './window.ts';

const fileSchema = z
  .object({
    kind: z.enum(MATERIAL_KINDS),
    fileName: textField(255),
    contentType: z.string().max(255),
    content: z.instanceof(Uint8Array),
  })
  .strict();
const uploadSchema = z
  .object({ applicationId: z.uuid(), files: z.array(fileSchema).min(1).max(20) })
  .strict();

/** One file to upload. */
export interface MaterialFile {
  kind: MaterialKind;
  fileName: string;
  contentType: string;
  content: Uint8Array;
}

/** A stored material without its bytes. */
export interface MaterialInfo {
  id: string;
  applicationId: string;
  kind: MaterialKind;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  removedAt: string | null;
}

/** Every column of a material but its bytes: what lists, steps and their answers read. */
const { content: _content, ...infoColumns } = getTableColumns(hqMaterial);
export const MATERIAL_INFO_COLUMNS = infoColumns;

export const materialInfo = (
  row: Omit<typeof hqMaterial.$inferSelect, 'content'>,
): MaterialInfo => ({
  id: row.id,
  applicationId: row.applicationId,
  kind: row.kind,
  fileName: row.fileName,
  contentType: row.contentType,
  sizeBytes: row.sizeBytes,
  sha256: row.sha256,
  uploadedAt: row.uploadedAt.toISOString(),
  removedAt: row.removedAt?.toISOString() ?? null,
});

/**
 * The enterprise uploads materials of 附件3 to its draft or returned application, all or none:
 * PDF, JPEG, PNG, DOCX or XLSX, at most 20 MB each, checked by their first bytes and stored with
 * their SHA-256.
 * @example await uploadMaterials(db, enterprise, { applicationId, files: [{ kind: 'application_form', fileName: '申请表.pdf', contentType: 'application/pdf', content }] })
 */
export async function uploadMaterials(
  db: Database,
  actor: Actor,
  input: { applicationId: string; files: MaterialFile[] },
  options?: ServiceOptions,
): Promise<MaterialInfo[]> {
  const fields = parseInput(uploadSchema, input);
  throwIssues(
    fields.files.flatMap((file, index) => {
      const problem = materialProblem(file.fileName, file.contentType, file.content);
      if (!problem) return [];
      return [
        { column: `files.${index}.${problem.field}`, code: problem.code, message: problem.message },
      ];
    }),
  );
  const { at, today } = moment(options);
  return inTransaction(db, async (tx) => {
    const { batch, application } = await lockApplication(tx, fields.applicationId);
    assertCanReadApplication(actor, await scopeOf(tx, application, actor));
    transition(APPLICATION_MACHINE, application.state, 'edit', actor);
    if (application.state === 'draft') assertWindowOpen(batch, today);
    const rows = await tx
      .insert(hqMaterial)
      .values(
        fields.files.map((file) => ({
          applicationId: fields.applicationId,
          kind: file.kind,
          fileName: file.fileName,
          contentType: file.contentType,
          sizeBytes: file.content.length,
          sha256: createHash('sha256').update(file.content).digest('hex'),
          content: file.content,
          uploadedBy: actor.accountId,
          uploadedAt: at,
        })),
      )
      .returning(MATERIAL_INFO_COLUMNS);
    await bumpVersion(tx, application.id, application.version, at);
    const infos = rows.map(materialInfo);
    await logApplicationStep(tx, application.id, {
      actor,
      at,
      action: 'upload_material',
      fromState: application.state,
      toState: application.state,
      details: infos.map((info) => ({
        materialId: info.id,
        kind: info.kind,
        fileName: info.fileName,
      })),
      before: null,
      after: infos,
    });
    return infos;
  });
}

/**
 * One material: `uploadMaterials` with a single file.
 * @example await uploadMaterial(db, enterprise, { applicationId, kind: 'application_form', fileName: '申请表.pdf', contentType: 'application/pdf', content })
 */
export async function uploadMaterial(
  db: Database,
  actor: Actor,
  input: { applicationId: string } & MaterialFile,
  options?: ServiceOptions,
): Promise<MaterialInfo> {
  const { applicationId, ...file } = input;
  try {
    const [info] = await uploadMaterials(db, actor, { applicationId, files: [file] }, options);
    return info!;
  } catch (error) {
    // The single file's issues are named by its own fields, not `files.0.…`.
    if (error instanceof InputError) {
      throw new InputError(
        error.issues.map((issue) => ({
          ...issue,
          column: issue.column?.replace(/^files\.0\./, ''),
        })),
      );
    }
    throw error;
  }
}

async function bumpVersion(tx: Transaction, applicationId: string, version: number, at: Date) {
  await tx
    .update(hqApplication)
    .set({ version: version + 1, updatedAt: at })
    .where(eq(hqApplication.id, applicationId));
}

/**
 * Withdraws an uploaded material from a draft or returned application. The file is kept, marked
 * removed: a county may already have read it.
 * @example await removeMaterial(db, enterprise, { materialId })
 */
export async function removeMaterial(
  db: Database,
  actor: Actor,
  input: { materialId: string },
  options?: ServiceOptions,
): Promise<MaterialInfo> {
  const { materialId } = parseInput(z.object({ materialId: z.uuid() }).strict(), input);
  const { at, today } = moment(options);
  return inTransaction(db, async (tx) => {
    const [peek] = await tx
      .select(MATERIAL_INFO_COLUMNS)
      .from(hqMaterial)
      .where(eq(hqMaterial.id, materialId));
    if (!peek) throw notFound(RECORD_LABELS.material, materialId);
    const { batch, application } = await lockApplication(tx, peek.applicationId);
    assertCanReadApplication(actor, await scopeOf(tx, application, actor));
    transition(APPLICATION_MACHINE, application.state, 'edit', actor);
    if (application.state === 'draft') assertWindowOpen(batch, today);
    if (peek.removedAt) return materialInfo(peek);
    const [row] = await tx
      .update(hqMaterial)
      .set({ removedAt: at, removedBy: actor.accountId })
      .where(eq(hqMaterial.id, materialId))
      .returning(MATERIAL_INFO_COLUMNS);
    await bumpVersion(tx, application.id, application.version, at);
    await logApplicationStep(tx, application.id, {
      actor,
      at,
      action: 'remove_material',
      fromState: application.state,
      toState: application.state,
      details: { materialId, kind: peek.kind, fileName: peek.fileName },
      before: materialInfo(peek),
      after: materialInfo(row!),
    });
    return materialInfo(row!);
  });
}

/**
 * A material's bytes, for whoever may read its application.
 * @example const { content, sha256 } = await readMaterial(db, countyOffice, { materialId })
 */
export async function readMaterial(
  db: Database,
  actor: Actor,
  input: { materialId: string },
): Promise<MaterialInfo & { content: Uint8Array }> {
  const { materialId } = parseInput(z.object({ materialId: z.uuid() }).strict(), input);
  // Who may read is settled on the file's description; its bytes are loaded only for them.
  const [row] = await db
    .select(MATERIAL_INFO_COLUMNS)
    .from(hqMaterial)
    .where(eq(hqMaterial.id, materialId));
  if (!row) throw notFound(RECORD_LABELS.material, materialId);
  const application = await readApplication(db, row.applicationId);
  const scope = await scopeOf(db, application, actor);
  try {
    assertCanReadApplication(actor, scope);
  } catch {
    throw notFound(RECORD_LABELS.material, materialId);
  }
  const [bytes] = await db
    .select({ content: hqMaterial.content })
    .from(hqMaterial)
    .where(eq(hqMaterial.id, materialId));
  return { ...materialInfo(row), content: bytes!.content };
}
