/**
 * What an answer shows of a section: its blocks as the author wrote them (see reply-blocks.ts),
 * and a cause sentence only when the section or the article states why the problem happens.
 */
import type { Article, Block, Section } from '../knowledge/model';
import { isInstruction, sentenceRole, sentences } from './sentence-roles';

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

// "You might receive the error if:" followed by the conditions, as a list.
const CONDITIONS_LEAD = /\b(?:if|when|because|due to|caused by|occurs? (?:if|when))\s*:$/i;
const MAX_CONDITIONS = 3;
const MIN_CONDITION_WORDS = 4;

/** A lead-in and the list of conditions it introduces, as one sentence; null unless the items read as conditions (not steps, not bare statuses). */
function conditions(leadIn: string, next: Block | undefined): string | null {
  if (!CONDITIONS_LEAD.test(leadIn) || next?.kind !== 'bullets') return null;
  const items = next.items.map((item) => item.split('\n')[0].trim().replace(/[.;]$/, ''));
  if (items.some((item) => isInstruction(item) || item.split(/\s+/).length < MIN_CONDITION_WORDS)) return null;
  const shown = items.slice(0, MAX_CONDITIONS).map((item) => item.charAt(0).toLowerCase() + item.slice(1));
  return `${leadIn.replace(/:$/, '')} ${shown.join(', or ')}${items.length > MAX_CONDITIONS ? ', or …' : '.'}`;
}

/** The sentences of a section's own paragraphs that say why the problem happens, at most two. */
function statedCause(section: Section): string | null {
  const found: string[] = [];
  for (const [index, block] of section.blocks.entries()) {
    if (block.kind !== 'paragraph' || NOTE.test(block.text)) continue;
    const last = sentences(block.text).pop();
    const listed = last ? conditions(last, section.blocks[index + 1]) : null;
    if (listed) return clip(listed, MAX_CAUSE_CHARS);
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
