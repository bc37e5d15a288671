/** What an answer says, taken from the section: the likely cause, the steps in order, the code. */
import type { Article, Block, Section } from '../knowledge/model';
import type { CodeBlock } from '../reply/model';

const MAX_STEPS = 10;
const MAX_CODE = 4;
const MAX_CAUSE_CHARS = 420;
const CAUSE_WORDS = /\b(?:means|because|occurs?|happens|might|can|could|if|due to|when|indicates?|caused)\b/i;

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z0-9"(])/).map((s) => s.trim()).filter(Boolean);
}

function clip(text: string): string {
  // A problem statement's questions ("How do I troubleshoot this?") are not a cause.
  const parts = sentences(text).filter((s) => !s.endsWith('?')).slice(0, 3);
  let out = '';
  for (const part of parts) {
    if (out && out.length + part.length + 1 > MAX_CAUSE_CHARS) break;
    out = out ? `${out} ${part}` : part;
  }
  return out.length > MAX_CAUSE_CHARS ? `${out.slice(0, MAX_CAUSE_CHARS - 1)}…` : out;
}

function paragraphs(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
}

/** The article's "Short description" section, if it has one. */
export function shortDescription(article: Article): Section | undefined {
  return article.sections.find((s) => /short description/i.test(s.heading));
}

/** Why this happens: the section's own explanation, else the article's short description, else its summary. */
export function causeOf(article: Article, section: Section): string {
  const own = paragraphs(section.blocks).find((p) => CAUSE_WORDS.test(p));
  if (own && section !== shortDescription(article)) return clip(own);
  const short = shortDescription(article);
  const first = short ? paragraphs(short.blocks)[0] : undefined;
  if (first) return clip(first);
  return clip(article.summary || article.question);
}

/** Resolution steps in order: the section's numbered steps and bullets, else its sentences (the cause left out). */
export function stepsOf(article: Article, section: Section): string[] {
  const listed = section.blocks.flatMap((b) => (b.kind === 'steps' || b.kind === 'bullets' ? b.items : []));
  if (listed.length > 0) return listed.slice(0, MAX_STEPS);
  const cause = causeOf(article, section);
  const prose = paragraphs(section.blocks).flatMap(sentences).filter((s) => !cause.includes(s));
  return prose.slice(0, MAX_STEPS);
}

/** Code blocks of the section, in order. */
export function codeOf(section: Section): CodeBlock[] {
  return section.blocks.flatMap((b) => (b.kind === 'code' ? [{ lang: b.lang, code: b.code }] : [])).slice(0, MAX_CODE);
}

/** The section an article answer should show when no particular section was chosen. */
export function defaultSection(article: Article): Section | undefined {
  const short = shortDescription(article);
  return (
    article.sections.find((s) => s !== short && s.blocks.some((b) => b.kind === 'steps' || b.kind === 'bullets')) ??
    article.sections.find((s) => s !== short) ??
    article.sections[0]
  );
}
