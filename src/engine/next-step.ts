/**
 * The section an answer shows after the one it starts with, when that one only tells how to look:
 * runbooks put "Read the FailedScheduling event" or "Check the rollout status" first and what to
 * change after it, and the words of a pasted error meet the looking step best. Such an answer goes on
 * with the article's next best-ranked section. The verbs are English troubleshooting prose, not any
 * one knowledge base.
 */
import type { Article, Section } from '../knowledge/model';
import type { RankedArticle } from '../search';
import { shortDescription } from './section-content';
import { isInstruction, sentences } from './sentence-roles';
import { inlinedSubSections, servedSection } from './serve-section';

// A heading that says how to find out ("Read the DETAIL line", "What the error means", "See who is
// connected") rather than what to change.
const LOOKING = /^(?:read|see|check|look|find|inspect|view|list|get|show|identify|understand(?:ing)?|what|why|which|how|confirm|verify|debug|determine|examine|locate|watch|query|detect)\b/i;

/** Whether `section`'s heading says how to look at the problem rather than how to fix it. */
export function onlyLooks(section: Section): boolean {
  return LOOKING.test(section.heading.trim());
}

// A looking heading can still hold the fix ("Check the image name": "Make sure that you have the
// name of the image correct"); a section of only a query or output does not.
function instructs(section: Section): boolean {
  return section.blocks.some(
    (b) =>
      b.kind === 'steps' ||
      (b.kind === 'paragraph' && sentences(b.text).some(isInstruction)) ||
      (b.kind === 'bullets' && b.items.some(isInstruction)),
  );
}

/**
 * The section to show after `shown` (served from `ranked`, the article's ranking for the message):
 * the best-ranked other section of the article that says what to change, skipping its
 * introduction, other looking steps that give no instruction and sections listing error strings the message does not quote
 * (those answer other errors). Undefined unless `shown` only looks.
 */
export function nextStep(article: Article, ranked: RankedArticle, shown: Section): Section | undefined {
  if (!onlyLooks(shown)) return undefined;
  const already = new Set([shown.id, ...inlinedSubSections(article, shown).map((s) => s.id)]);
  const intro = new Set([article.sections[0]?.id, shortDescription(article)?.id]);
  for (const candidate of ranked.sections) {
    if (candidate.features.otherError === 1) continue;
    const section = article.sections.find((s) => s.id === candidate.sectionId);
    if (!section) continue;
    const served = servedSection(article, section);
    if (!already.has(served.id) && !intro.has(served.id) && (!onlyLooks(served) || instructs(served))) return served;
  }
  return undefined;
}
