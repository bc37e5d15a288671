/**
 * What an answer shows of a section: its blocks as the author wrote them (see reply-blocks.ts),
 * and a cause sentence only when the section or the article states why the problem happens (then
 * not a second time in the blocks).
 */
import type { Article, Block, Section } from '../knowledge/model';
import { isInstruction, isNote, sentenceRole, sentences } from './sentence-roles';

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

interface StatedCause {
  text: string;
  /** The sentences `text` shows whole, as the section writes them (none when it sums up a list or is clipped). */
  quoted: string[];
}

/** The sentences of a section's own paragraphs that say why the problem happens, at most two. */
function statedCause(section: Section): StatedCause | null {
  const found: string[] = [];
  for (const [index, block] of section.blocks.entries()) {
    if (block.kind !== 'paragraph' || isNote(block.text)) continue;
    const last = sentences(block.text).pop();
    const listed = last ? conditions(last, section.blocks[index + 1]) : null;
    if (listed) return { text: clip(listed, MAX_CAUSE_CHARS), quoted: [] };
    for (const sentence of sentences(block.text)) {
      if (NOT_A_STATEMENT.test(sentence)) continue;
      if (sentenceRole(sentence) === 'cause') found.push(sentence);
      if (found.length >= MAX_CAUSE_SENTENCES) break;
    }
    if (found.length >= MAX_CAUSE_SENTENCES) break;
  }
  if (found.length === 0) return null;
  const text = clip(found.join(' '), MAX_CAUSE_CHARS);
  return { text, quoted: text.endsWith('…') ? [] : found };
}

/** Why this happens: the section's own statement, else the short description's; null when neither states one. */
export function causeOf(article: Article, section: Section): string | null {
  return answerCause(article, section).cause;
}

/**
 * The cause line of an answer on `section` and the section's blocks to show under it: without the
 * sentences the cause line already quotes, so the reply does not say the same thing twice.
 */
export function answerCause(article: Article, section: Section): { cause: string | null; blocks: Block[] } {
  const own = statedCause(section);
  if (own) return { cause: own.text, blocks: withoutSentences(section.blocks, new Set(own.quoted)) };
  const short = shortDescription(article);
  const fromShort = short && short !== section ? statedCause(short) : null;
  return { cause: fromShort?.text ?? null, blocks: section.blocks };
}

function withoutSentences(blocks: readonly Block[], quoted: ReadonlySet<string>): Block[] {
  if (quoted.size === 0) return [...blocks];
  const kept: Block[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || isNote(block.text)) {
      kept.push(block);
      continue;
    }
    const all = sentences(block.text);
    const rest = all.filter((s) => !quoted.has(s));
    if (rest.length === all.length) kept.push(block);
    else if (rest.length > 0) kept.push({ kind: 'paragraph', text: rest.join(' ') });
  }
  return kept;
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
