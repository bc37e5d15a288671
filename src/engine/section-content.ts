/**
 * What an answer says, taken from the section: the likely cause, the steps in order, the code.
 * Sentences and lists are sorted by role (see sentence-roles.ts): instructions become steps,
 * explanations the cause, "for example" lists and "for more information" pointers are left to the
 * full article. When a section explains no cause of its own, the article's short description does.
 */
import type { Article, Block, Section } from '../knowledge/model';
import type { CodeBlock } from '../reply/model';
import { isInstruction, listRole, sentenceRole, sentences } from './sentence-roles';

const MAX_STEPS = 12;
const MAX_CODE = 4;
const MAX_CAUSE_CHARS = 480;
const MAX_NOTE_CHARS = 240;

/** The article's "Short description" section, if it has one. */
export function shortDescription(article: Article): Section | undefined {
  return article.sections.find((s) => /short description/i.test(s.heading));
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

const MAX_LISTED = 5;

/** "…if: a; b; c." — a lead-in and the list it introduces as one sentence (first lines of the items only). */
function withList(leadIn: string, items: string[]): string {
  const firstLines = items.map((item) => item.split('\n')[0].trim().replace(/[.;]$/, ''));
  const shown = firstLines.slice(0, MAX_LISTED).join('; ');
  return `${leadIn.replace(/:$/, '')}: ${shown}${firstLines.length > MAX_LISTED ? '; …' : '.'}`;
}

interface Reading {
  cause: string[];
  steps: string[];
  /** Informational sentences and described lists, for a section that gives no instruction. */
  description: string[];
}

// The sentence before a list, when it ends with ":", tells what the list is.
function leadInOf(blocks: Block[], index: number): string | undefined {
  const previous = blocks[index - 1];
  if (!previous || previous.kind !== 'paragraph') return undefined;
  const last = sentences(previous.text).pop();
  return last && last.endsWith(':') ? last : undefined;
}

function read(section: Section): Reading {
  const cause: string[] = [];
  const steps: string[] = [];
  const description: string[] = [];
  // A note before any step is usually boilerplate ("make sure you use the latest CLI"): kept only if nothing else instructs.
  const leadingNotes: string[] = [];
  const blocks = section.blocks;
  blocks.forEach((block, index) => {
    if (block.kind === 'steps') {
      steps.push(...block.items);
      return;
    }
    if (block.kind === 'bullets') {
      const leadIn = leadInOf(blocks, index);
      const role = listRole(leadIn, block.items);
      if (role === 'steps') steps.push(...block.items);
      else if (role === 'causes' && leadIn && cause.length === 0) cause.push(withList(leadIn, block.items));
      else if (leadIn) description.push(withList(leadIn, block.items));
      else description.push(...block.items.map((item) => item.split('\n')[0]));
      return;
    }
    if (block.kind !== 'paragraph') return;
    const introducesList = index + 1 < blocks.length && blocks[index + 1].kind !== 'paragraph' && blocks[index + 1].kind !== 'code';
    const parts = sentences(block.text);
    parts.forEach((sentence, position) => {
      const isLeadIn = introducesList && position === parts.length - 1 && sentence.endsWith(':');
      if (/^(?:note|tip|important)\s*:/i.test(sentence)) {
        // A note qualifies the step before it; on its own it is only worth showing when it instructs.
        if (steps.length > 0 && sentence.length <= MAX_NOTE_CHARS) steps[steps.length - 1] += ` (${sentence})`;
        else if (steps.length === 0 && isInstruction(sentence)) leadingNotes.push(sentence.replace(/^(?:note|tip|important)\s*:\s*/i, ''));
        return;
      }
      const role = sentenceRole(sentence);
      const introducesCode = position === parts.length - 1 && sentence.endsWith(':') && blocks[index + 1]?.kind === 'code';
      if (introducesCode && role !== 'cause') {
        // "Run the command similar to the following:" — the step the code block below belongs to.
        steps.push(sentence);
        return;
      }
      if (isLeadIn) {
        // "…, do the following:" heads the steps that follow; "…might be due to:" heads causes (handled with the list).
        const next = blocks[index + 1];
        const items = next.kind === 'steps' || next.kind === 'bullets' ? next.items : [];
        if (next.kind === 'steps' || listRole(sentence, items) === 'steps') steps.push(capitalize(sentence.replace(/^for example,\s*/i, '')));
        return;
      }
      if (role === 'action') steps.push(sentence);
      else if (role === 'cause' && cause.length < 2) cause.push(sentence);
      else if (role === 'info' && !isLeadIn && !sentence.endsWith(':')) description.push(sentence);
    });
  });
  return { cause, steps: steps.length > 0 ? steps : leadingNotes, description };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function paragraphs(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
}

/** Why this happens: the section's own explanation, else the short description's, else the problem statement. */
export function causeOf(article: Article, section: Section): string {
  const own = read(section).cause;
  if (own.length > 0) return clip(own.join(' '), MAX_CAUSE_CHARS);
  const short = shortDescription(article);
  if (short && short !== section) {
    const general = read(short).cause;
    if (general.length > 0) return clip(general.join(' '), MAX_CAUSE_CHARS);
    const first = paragraphs(short.blocks)[0];
    if (first) return clip(first, MAX_CAUSE_CHARS);
  }
  const statement = sentences(article.summary).filter((s) => !s.endsWith('?'));
  return clip(statement.length > 0 ? statement.join(' ') : article.question, MAX_CAUSE_CHARS);
}

/** Resolution steps in order: the section's instructions and step lists; its plain sentences when it gives no instruction. */
export function stepsOf(_article: Article, section: Section): string[] {
  const { steps, description } = read(section);
  // A section that only describes (no instruction) still has something to say: what it describes, pointers excluded.
  // A step is one line: a note the source wrapped under an item joins it.
  return (steps.length > 0 ? steps : description).slice(0, MAX_STEPS).map((step) => step.replace(/\s*\n\s*/g, ' '));
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
