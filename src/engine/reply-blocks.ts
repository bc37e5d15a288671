/**
 * Article blocks -> reply blocks, keeping the author's order. Articles imported from web pages are
 * flat: a numbered list, then the code its last step introduces, then the list resuming at the
 * next number. Such code (and anything else up to where the numbering resumes) belongs to that
 * step, so it is nested under it; Markdown that nests blocks in items is kept as it is.
 */
import type { Block } from '../knowledge/model';
import type { ReplyBlock, ReplyItem, TextLink } from '../reply/model';
import { NOTE_LABEL } from './sentence-roles';

/** Another article that text may name, with the names it goes by (its title, its question…). */
export interface LinkTarget {
  articleId: string;
  names: string[];
}

const MIN_NAME_CHARS = 12;

/** The words of `text` that name one of `targets`, first occurrence each. */
export function linksIn(text: string, targets: readonly LinkTarget[]): TextLink[] {
  const lower = text.toLowerCase();
  const links: TextLink[] = [];
  for (const target of targets) {
    for (const name of target.names) {
      const clean = name.trim().replace(/[.?!]+$/, '');
      if (clean.length < MIN_NAME_CHARS) continue;
      const at = lower.indexOf(clean.toLowerCase());
      if (at < 0) continue;
      // Keep a closing "?" when the text has it: "see How do I …?" names the question.
      const end = text[at + clean.length] === '?' ? at + clean.length + 1 : at + clean.length;
      links.push({ text: text.slice(at, end), articleId: target.articleId });
      break;
    }
  }
  return links;
}

function withLinks<T extends object>(value: T, text: string, targets: readonly LinkTarget[]): T & { links?: TextLink[] } {
  const links = linksIn(text, targets);
  return links.length > 0 ? { ...value, links } : value;
}

function item(text: string, sub: readonly Block[] | undefined, targets: readonly LinkTarget[]): ReplyItem {
  return withLinks({ text, blocks: sub ? toReplyBlocks(sub, targets) : [] }, text, targets);
}

function single(block: Block, targets: readonly LinkTarget[]): ReplyBlock {
  switch (block.kind) {
    case 'paragraph': {
      const note = NOTE_LABEL.exec(block.text);
      if (note) {
        const text = block.text.slice(note[0].length);
        return withLinks({ kind: 'note' as const, label: note[1].charAt(0).toUpperCase() + note[1].slice(1).toLowerCase(), text }, text, targets);
      }
      return withLinks({ kind: 'paragraph' as const, text: block.text }, block.text, targets);
    }
    case 'steps':
      return { kind: 'steps', start: block.start ?? 1, items: block.items.map((text, i) => item(text, block.sub?.[i], targets)) };
    case 'bullets':
      return { kind: 'bullets', items: block.items.map((text, i) => item(text, block.sub?.[i], targets)) };
    case 'code':
      return { kind: 'code', lang: block.lang, code: block.code };
    default: {
      const unreachable: never = block;
      return unreachable;
    }
  }
}

/** Whether a numbered list picks up again at `next` after blocks[from…], with no other list in between. */
function resumesAt(blocks: readonly Block[], from: number, next: number): boolean {
  for (let k = from; k < blocks.length; k++) {
    if (blocks[k].kind === 'steps') return (blocks[k] as { start?: number }).start === next;
  }
  return false;
}

/** Blocks in order; the pieces between a step and the step that continues its numbering are nested under it. */
export function toReplyBlocks(blocks: readonly Block[], targets: readonly LinkTarget[] = []): ReplyBlock[] {
  const out: ReplyBlock[] = [];
  // The numbered list still open for nesting, and whether its last step announced what follows (ends with ":").
  let open: Extract<ReplyBlock, { kind: 'steps' }> | null = null;
  blocks.forEach((block, index) => {
    if (block.kind === 'steps') {
      const start = block.start ?? 1;
      if (open && start > 1 && start === open.start + open.items.length) {
        open.items.push(...(single(block, targets) as Extract<ReplyBlock, { kind: 'steps' }>).items);
        return;
      }
      const converted = single(block, targets) as Extract<ReplyBlock, { kind: 'steps' }>;
      out.push(converted);
      open = converted;
      return;
    }
    if (open) {
      const last = open.items[open.items.length - 1];
      const resumes = resumesAt(blocks, index + 1, open.start + open.items.length);
      const announced = last.text.trimEnd().endsWith(':') && last.blocks.length === 0 && block.kind !== 'paragraph';
      if (resumes || announced) {
        last.blocks.push(single(block, targets));
        return;
      }
      open = null;
    }
    out.push(single(block, targets));
  });
  return out;
}

/** Text with each linked article's page after the words that name it, when it has one. */
function withUrls(text: string, links: TextLink[] | undefined): string {
  let out = text;
  for (const link of links ?? []) if (link.url) out = out.replace(link.text, `${link.text} <${link.url}>`);
  return out;
}

/** Reply blocks as plain text (the fallback every platform can show), numbered as the author numbered them. */
export function replyBlocksText(blocks: readonly ReplyBlock[], indent = ''): string {
  const lines: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
        lines.push(`${indent}${withUrls(block.text, block.links)}`);
        break;
      case 'note':
        lines.push(`${indent}${block.label}: ${withUrls(block.text, block.links)}`);
        break;
      case 'heading':
        lines.push(`${indent}${block.text}`);
        break;
      case 'steps':
        block.items.forEach((it, i) => {
          lines.push(`${indent}${block.start + i}. ${withUrls(it.text, it.links)}`);
          if (it.blocks.length > 0) lines.push(replyBlocksText(it.blocks, `${indent}   `));
        });
        break;
      case 'bullets':
        for (const it of block.items) {
          lines.push(`${indent}- ${withUrls(it.text, it.links)}`);
          if (it.blocks.length > 0) lines.push(replyBlocksText(it.blocks, `${indent}  `));
        }
        break;
      case 'code':
        lines.push(block.code.split('\n').map((line) => `${indent}    ${line}`).join('\n'));
        break;
      default: {
        const unreachable: never = block;
        return unreachable;
      }
    }
  }
  return lines.join('\n');
}
