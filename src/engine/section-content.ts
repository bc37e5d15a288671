/**
 * What an answer shows of a section: its blocks as the author wrote them (see reply-blocks.ts),
 * and a cause sentence only when the section or the article states why the problem happens.
 */
import type { Article, Section } from '../knowledge/model';
import { sentenceRole, sentences } from './sentence-roles';

const MAX_CAUSE_CHARS = 480;
const MAX_CAUSE_SENTENCES = 2;

/** The article's "Short description" section, if it has one. */
export function shortDescription(article: Article): Section | undefined {
  return article.sections.find((s) => /short description/i.test(s.heading));
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

// A sentence that introduces something shown below it ("…you might receive an error similar to the
// following:"), asks, or is a note is not a statement of the cause.
const NOT_A_STATEMENT = /(?::|\?)$|\b(?:the following|similar to)\b/i;
const NOTE = /^(?:note|tip|important|warning)\s*:/i;

/** The sentences of a section's own paragraphs that say why the problem happens, at most two. */
function statedCause(section: Section): string | null {
  const found: string[] = [];
  for (const block of section.blocks) {
    if (block.kind !== 'paragraph' || NOTE.test(block.text)) continue;
    for (const sentence of sentences(block.text)) {
      if (NOT_A_STATEMENT.test(sentence)) continue;
      if (sentenceRole(sentence) === 'cause') found.push(sentence);
      if (found.length >= MAX_CAUSE_SENTENCES) break;
    }
    if (found.length >= MAX_CAUSE_SENTENCES) break;
  }
  return found.length > 0 ? clip(found.join(' '), MAX_CAUSE_CHARS) : null;
}

/** Why this happens: the section's own statement, else the short description's; null when neither states one. */
export function causeOf(article: Article, section: Section): string | null {
  const own = statedCause(section);
  if (own) return own;
  const short = shortDescription(article);
  return short && short !== section ? statedCause(short) : null;
}

/** The section an article answer should show when no particular section was chosen. */
export function defaultSection(article: Article): Section | undefined {
  const short = shortDescription(article);
  return (
    article.sections.find((s) => s !== short && s.blocks.some((b) => b.kind === 'steps' || b.kind === 'bullets')) ??
    article.sections.find((s) => s !== short && s.blocks.length > 0) ??
    article.sections[0]
  );
}
