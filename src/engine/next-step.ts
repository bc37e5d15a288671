/**
 * The section an answer shows after the one it starts with, when that one only tells how to look or
 * only describes what happens: runbooks put "Read the FailedScheduling event" or "A container that
 * exceeds its memory limit is killed" (with the output that shows it) first and what to change after
 * it, and the words of a pasted error meet the looking or describing section best. Such an answer
 * goes on with the section that says what to change. The verbs are English troubleshooting prose,
 * not any one knowledge base.
 */
import type { Article, Section } from '../knowledge/model';
import type { RankedArticle } from '../search';
import { shortDescription } from './section-content';
import { isInstruction, listRole, sentenceRole, sentences } from './sentence-roles';
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

// "See How do I resolve …", "To resolve this error, see …": the fix is elsewhere, named.
function pointsElsewhere(section: Section): boolean {
  return section.blocks.some((b) => b.kind === 'paragraph' && sentences(b.text).some((x) => sentenceRole(x) === 'reference' || /,\s*see\b/i.test(x)));
}

function listsCauses(section: Section): boolean {
  return section.blocks.some((b, i) => {
    const before = section.blocks[i - 1];
    return b.kind === 'bullets' && listRole(before?.kind === 'paragraph' ? before.text : undefined, b.items) === 'causes';
  });
}

/**
 * Whether `section` only describes what happens ("A container that exceeds its memory limit is
 * killed", with the output that shows it): its heading is no instruction, and its text neither says
 * what to do, points to where that is said, nor lists the causes that follow.
 */
export function onlyDescribes(section: Section): boolean {
  return !isInstruction(section.heading) && !instructs(section) && !pointsElsewhere(section) && !listsCauses(section);
}

// Runbooks say what to do after describing what happens: the first later section, under the same
// parent, that tells what to change and is not about another error, status or variant.
function followingFix(article: Article, ranked: RankedArticle, shown: Section): Section | undefined {
  const features = new Map(ranked.sections.map((s) => [s.sectionId, s.features]));
  const inlined = new Set(inlinedSubSections(article, shown).map((s) => s.id));
  const at = article.sections.findIndex((s) => s.id === shown.id);
  if (at < 0) return undefined;
  for (const section of article.sections.slice(at + 1)) {
    if (section.level < shown.level) return undefined;
    const f = features.get(section.id);
    if (inlined.has(section.id) || (f && (f.otherError === 1 || f.otherStatus === 1 || f.otherVariant === 1))) continue;
    if (!onlyLooks(section) && instructs(section)) return servedSection(article, section);
  }
  return undefined;
}

/**
 * The section to show after `shown` (served from `ranked`, the article's ranking for the message):
 * the best-ranked other section of the article that says what to change, skipping its
 * introduction, other looking steps that give no instruction and sections listing error strings the message does not quote
 * (those answer other errors). After a section that only describes what happens, the first later
 * section that says what to change. Undefined for any other `shown`.
 */
export function nextStep(article: Article, ranked: RankedArticle, shown: Section): Section | undefined {
  if (!onlyLooks(shown)) return onlyDescribes(shown) ? followingFix(article, ranked, shown) : undefined;
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
