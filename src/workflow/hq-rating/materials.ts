import type { Localized } from '../../engine/localized.ts';

/** The materials of 附件3, items 1-7. */
export const MATERIAL_KINDS = [
  'application_form',
  'financial_statements',
  'business_licences',
  'tax_contribution_sheet',
  'commitment_letter',
  'hq_authorisation',
  'other_evidence',
] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

export const MATERIAL_LABELS: Record<MaterialKind, Localized> = {
  application_form: { zh: '1. 总部企业评定申请表', en: '1. Application form' },
  financial_statements: { zh: '2. 上年度财务报表', en: "2. Last year's financial statements" },
  business_licences: { zh: '3. 营业执照及关联证明', en: '3. Business licences and affiliation' },
  tax_contribution_sheet: { zh: '4. 税收贡献核算表', en: '4. Tax-contribution sheet' },
  commitment_letter: { zh: '5. 责任承诺书', en: '5. Commitment letter' },
  hq_authorisation: { zh: '6. 总部职能授权证明', en: '6. Proof of HQ authorisation' },
  other_evidence: { zh: '7. 其他佐证材料', en: '7. Other evidence' },
};

/**
 * Needed before submitting. Item 6 concerns only an HQ acting for an outside parent and item 7 is
 * optional, so neither is required (our reading of 附件3).
 */
export const REQUIRED_MATERIALS: readonly MaterialKind[] = MATERIAL_KINDS.slice(0, 5);

/** 20 MB per file (docs/hq-procedure.md). */
export const MAX_MATERIAL_BYTES = 20 * 1024 * 1024;

/** The accepted file types with the first bytes each must start with. */
export const MATERIAL_TYPES = {
  'application/pdf': { extensions: ['pdf'], magic: [0x25, 0x50, 0x44, 0x46] },
  'image/jpeg': { extensions: ['jpg', 'jpeg'], magic: [0xff, 0xd8, 0xff] },
  'image/png': { extensions: ['png'], magic: [0x89, 0x50, 0x4e, 0x47] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    extensions: ['docx'],
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    extensions: ['xlsx'],
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
} as const;
export type MaterialContentType = keyof typeof MATERIAL_TYPES;

/**
 * What is wrong with a file, judged by its name, declared type and first bytes: a renamed
 * executable or an empty file is refused before it is stored. Null when it is acceptable.
 * @example materialProblem('报表.pdf', 'application/pdf', pdfBytes) // null
 */
export function materialProblem(
  fileName: string,
  contentType: string,
  bytes: Uint8Array,
): { code: string; field: string; message: Localized } | null {
  const accepted = Object.keys(MATERIAL_TYPES).length;
  const type = MATERIAL_TYPES[contentType as MaterialContentType];
  if (!type) {
    return {
      code: 'material_type',
      field: 'contentType',
      message: {
        zh: `不接受的文件类型“${contentType}”：仅接受 PDF、JPEG、PNG、DOCX、XLSX（${accepted} 种）`,
        en: `file type "${contentType}" is not accepted: only PDF, JPEG, PNG, DOCX or XLSX`,
      },
    };
  }
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  if (!(type.extensions as readonly string[]).includes(extension)) {
    return {
      code: 'material_extension',
      field: 'fileName',
      message: {
        zh: `文件名“${fileName}”的扩展名与类型不符，应为 .${type.extensions.join(' 或 .')}`,
        en: `the name "${fileName}" does not match its type; expected .${type.extensions.join(' or .')}`,
      },
    };
  }
  if (bytes.length === 0) {
    return {
      code: 'material_empty',
      field: 'content',
      message: { zh: '文件为空', en: 'the file is empty' },
    };
  }
  if (bytes.length > MAX_MATERIAL_BYTES) {
    return {
      code: 'material_too_large',
      field: 'content',
      message: {
        zh: `文件大小 ${megabytes(bytes.length)} MB，超过 20 MB 上限`,
        en: `the file is ${megabytes(bytes.length)} MB, above the 20 MB limit`,
      },
    };
  }
  if (!type.magic.every((byte, index) => bytes[index] === byte)) {
    return {
      code: 'material_content',
      field: 'content',
      message: {
        zh: `文件内容不是声明的类型（${type.extensions[0]!.toUpperCase()}），文件可能已损坏或被改名`,
        en: `the content is not a ${type.extensions[0]!.toUpperCase()} file; it may be damaged or renamed`,
      },
    };
  }
  return null;
}

// Integer arithmetic: one decimal place, rounded down, is enough to tell a user the file is too big.
function megabytes(bytes: number): string {
  const tenths = Math.floor((bytes * 10) / (1024 * 1024));
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}
