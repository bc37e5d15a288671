/**
 * Which section an answer shows. The search may pick a section that holds no fix itself: a parent
 * whose text only routes to its sub-sections ("follow these steps depending on …"), or a heading
 * with nothing under it. Those are never the answer: a router is shown with its sub-sections'
 * content, an empty section gives way to the next section that has text.
 */
import type { Article, Section } from '../knowledge/model';
import { sentences } from './sentence-roles';

/** A router with more sub-sections than this lists them under "Other causes" instead of inlining them all. */
export const MAX_INLINED_SUBSECTIONS = 4;
/** Routing text is short: a sentence or two, no list, no code. */
const MAX_ROUTING_SENTENCES = 2;

/** The level-3 sections directly under `section` (a level-2 one). */
export function subSections(article: Article, section: Section): Section[] {
  if (section.level !== 2) return [];
  const at = article.sections.indexOf(section);
  const children: Section[] = [];
  for (let i = at + 1; i < article.sections.length && article.sections[i].level === 3; i++) children.push(article.sections[i]);
  return children;
}

/** True when the section's own text only leads to its sub-sections. */
export function onlyRoutes(article: Article, section: Section): boolean {
  if (subSections(article, section).length === 0) return false;
  if (section.blocks.some((b) => b.kind !== 'paragraph')) return false;
  return section.blocks.reduce((n, b) => n + (b.kind === 'paragraph' ? sentences(b.text).length : 0), 0) <= MAX_ROUTING_SENTENCES;
}

/** The sub-sections an answer on `section` shows inline: those of a router with few enough of them. */
export function inlinedSubSections(article: Article, section: Section): Section[] {
  if (!onlyRoutes(article, section)) return [];
  const children = subSections(article, section).filter((s) => s.blocks.length > 0);
  return children.length <= MAX_INLINED_SUBSECTIONS ? children : [];
}

function hasContent(article: Article, section: Section): boolean {
  return section.blocks.length > 0 || inlinedSubSections(article, section).length > 0;
}

/**
 * The section to answer with when the search chose `section`: itself when it holds text (a router
 * comes with its sub-sections, see inlinedSubSections), else the next section after it that does,
 * else the nearest one before it.
 */
export function servedSection(article: Article, section: Section): Section {
  if (hasContent(article, section)) return section;
  const at = article.sections.indexOf(section);
  const after = article.sections.slice(at + 1).find((s) => hasContent(article, s));
  if (after) return after;
  return [...article.sections.slice(0, Math.max(0, at))].reverse().find((s) => hasContent(article, s)) ?? section;
}
