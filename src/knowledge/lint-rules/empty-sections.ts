/**
 * A section with no text under it. A level-2 heading whose text is all in its sub-sections is
 * normal ("## Resolution" then "### …"); any other empty heading is served as nothing.
 */
import type { LintRule, RuleWarning } from './rule';

export const emptySections: LintRule = (article) => {
  const warnings: RuleWarning[] = [];
  article.sections.forEach((section, i) => {
    const container = section.level === 2 && article.sections[i + 1]?.level === 3;
    if (section.blocks.length === 0 && !container) warnings.push({ field: `sections.${section.id}`, message: `section "${section.heading}" has no text under it` });
  });
  return warnings;
};
