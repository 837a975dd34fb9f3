import { cite, type Citation } from './citation.ts';
import type { Lang, Localized } from './localized.ts';

/**
 * One step of an explanation: what was computed, from which values, by which rule.
 * `formula` is the computation with the numbers filled in, so a reader can redo it.
 */
export interface ExplanationStep {
  key: string;
  title: Localized;
  citation: Citation;
  /** Named inputs of the step, already formatted for reading (`56.78 亿元`). */
  values?: { label: Localized; value: string }[];
  formula?: string;
  /** The step's result, formatted. */
  result?: string;
  /** The result as an exact fraction (for checking by machine). */
  exact?: string;
  note?: Localized;
}

/** How a figure was reached, from the inputs to the result, step by step. */
export interface Explanation {
  method: string;
  subject: { id: string; name: string };
  /** The parameter version used, e.g. `温政办〔2023〕88号 (2023-12-19)`. */
  parameters: string;
  steps: ExplanationStep[];
  /** Shown first when the inputs include synthetic figures (演示数据). */
  notice?: Localized;
}

/**
 * Renders an explanation as plain text for the terminal, one block per step.
 * @example renderExplanation(explanation, 'zh')
 */
export function renderExplanation(explanation: Explanation, lang: Lang): string {
  const lines: string[] = [];
  if (explanation.notice) lines.push(`【${explanation.notice[lang]}】`, '');
  lines.push(`${explanation.subject.name} (${explanation.subject.id})`);
  lines.push(`${lang === 'zh' ? '参数版本' : 'Parameters'}: ${explanation.parameters}`, '');
  explanation.steps.forEach((step, index) => {
    lines.push(`${index + 1}. ${step.title[lang]}  [${cite(step.citation)}]`);
    for (const { label, value } of step.values ?? []) lines.push(`   ${label[lang]}: ${value}`);
    if (step.formula) lines.push(`   ${step.formula}`);
    if (step.result !== undefined) lines.push(`   = ${step.result}`);
    if (step.note) lines.push(`   ${step.note[lang]}`);
    lines.push('');
  });
  return lines.join('\n');
}
