/** Checks a loaded knowledge base: load problems are errors; weak spots are warnings. */
import type { LoadedKnowledge } from './model';

/** One finding of `kb lint`. */
export interface LintFinding {
  severity: 'error' | 'warning';
  file: string;
  field: string;
  message: string;
}

/** Every finding, errors first, then by file. */
export function lintKnowledge(knowledge: LoadedKnowledge): LintFinding[] {
  const findings: LintFinding[] = knowledge.problems.map((p) => ({ severity: 'error' as const, ...p }));
  for (const article of knowledge.articles) {
    const warn = (field: string, message: string): void => {
      findings.push({ severity: 'warning', file: article.file, field, message });
    };
    if (article.summary.trim() === '') warn('summary', 'no problem statement before the first heading');
    article.sections.forEach((section, i) => {
      // A level-2 heading whose text is all in its sub-sections is normal ("## Resolution" then "### …").
      const container = section.level === 2 && article.sections[i + 1]?.level === 3;
      if (section.blocks.length === 0 && !container) warn(`sections.${section.id}`, `section "${section.heading}" has no text under it`);
      if (/-\d+$/.test(section.id) && article.sections.some((s) => s.id === section.id.replace(/-\d+$/, ''))) {
        warn(`sections.${section.id}`, `heading "${section.heading}" repeats an earlier heading; its id got a number suffix`);
      }
    });
    if (!article.sections.some((s) => s.blocks.length > 0)) warn('body', 'no section has any text: the assistant has nothing to answer with');
  }
  return findings.sort((a, b) => (a.severity === b.severity ? a.file.localeCompare(b.file) : a.severity === 'error' ? -1 : 1));
}
