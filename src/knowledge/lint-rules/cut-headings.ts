/**
 * A heading that looks cut: brackets or quotes opened and never closed, or a first word that is
 * another heading's first word without its first letter ("url: (58) …" beside "curl: (6) …").
 */
import type { LintRule, RuleWarning } from './rule';

const PAIRS: ReadonlyArray<[string, string]> = [['(', ')'], ['[', ']'], ['{', '}']];

function firstWord(heading: string): string {
  return (/^["“']?([^\s"“”']+)/.exec(heading)?.[1] ?? '').toLowerCase();
}

function unclosed(heading: string): string | undefined {
  for (const [open, close] of PAIRS) {
    let depth = 0;
    for (const c of heading) {
      if (c === open) depth++;
      else if (c === close) depth = Math.max(0, depth - 1);
    }
    if (depth > 0) return open;
  }
  const straight = (heading.match(/"/g) ?? []).length;
  if (straight % 2 === 1) return '"';
  return undefined;
}

export const cutHeadings: LintRule = (article, all) => {
  const firstWords = new Set(all.flatMap((a) => a.sections.map((s) => firstWord(s.heading))).filter((w) => w.length > 2));
  const warnings: RuleWarning[] = [];
  for (const section of article.sections) {
    const open = unclosed(section.heading);
    if (open) warnings.push({ field: `sections.${section.id}`, message: `heading "${section.heading}" looks cut: ${open} is never closed` });
    const word = firstWord(section.heading);
    const longer = word.length >= 2 ? [...firstWords].find((w) => w.length === word.length + 1 && w.endsWith(word) && /^[a-z]/.test(w)) : undefined;
    if (longer && /^[a-z]/.test(word)) warnings.push({ field: `sections.${section.id}`, message: `heading "${section.heading}" looks cut: does "${word}" lack its first letter ("${longer}")?` });
  }
  return warnings;
};
