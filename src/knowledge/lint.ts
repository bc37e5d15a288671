/** Checks a loaded knowledge base: load problems are errors; weak spots are warnings (see lint-rules/). */
import type { LoadedKnowledge } from './model';
import { cutHeadings } from './lint-rules/cut-headings';
import { emptySections } from './lint-rules/empty-sections';
import { jsonBlocks } from './lint-rules/json-blocks';
import type { LintRule } from './lint-rules/rule';
import { spacing } from './lint-rules/spacing';

/** One finding of `kb lint`. */
export interface LintFinding {
  severity: 'error' | 'warning';
  file: string;
  field: string;
  message: string;
}

/** The rules every article is checked against, besides the structural checks below. */
export const LINT_RULES: readonly LintRule[] = [emptySections, jsonBlocks, cutHeadings, spacing];

/** Every finding, errors first, then by file. */
export function lintKnowledge(knowledge: LoadedKnowledge): LintFinding[] {
  const findings: LintFinding[] = knowledge.problems.map((p) => ({ severity: 'error' as const, ...p }));
  for (const article of knowledge.articles) {
    const warn = (field: string, message: string): void => {
      findings.push({ severity: 'warning', file: article.file, field, message });
    };
    if (article.summary.trim() === '') warn('summary', 'no problem statement before the first heading');
    for (const section of article.sections) {
      if (/-\d+$/.test(section.id) && article.sections.some((s) => s.id === section.id.replace(/-\d+$/, ''))) {
        warn(`sections.${section.id}`, `heading "${section.heading}" repeats an earlier heading; its id got a number suffix`);
      }
    }
    if (!article.sections.some((s) => s.blocks.length > 0)) warn('body', 'no section has any text: the assistant has nothing to answer with');
    for (const rule of LINT_RULES) for (const w of rule(article, knowledge.articles)) warn(w.field, w.message);
  }
  return findings.sort((a, b) => (a.severity === b.severity ? a.file.localeCompare(b.file) : a.severity === 'error' ? -1 : 1));
}
