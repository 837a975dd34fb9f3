/**
 * Where a figure comes from: the rule number in our reading of the method (R4, D1, W5, M3…)
 * and the article of the original document (`88号 附件1 备注3`).
 */
export interface Citation {
  rule: string;
  article: string;
}

/**
 * Writes a citation the way the documentation does.
 * @example cite({ rule: 'R4', article: '88号 附件1 备注3' }) // 'R4 · 88号 附件1 备注3'
 */
export function cite(citation: Citation): string {
  return citation.article ? `${citation.rule} · ${citation.article}` : citation.rule;
}
