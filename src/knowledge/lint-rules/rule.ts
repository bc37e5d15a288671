/** What every lint rule is: a function of one article (and the whole knowledge base) to warnings. */
import type { Article, Block } from '../model';

/** One warning: the part of the article at fault and what is wrong, as `kb lint` prints it. */
export interface RuleWarning {
  field: string;
  message: string;
}

export type LintRule = (article: Article, all: readonly Article[]) => RuleWarning[];

/** Every piece of prose of a block (paragraph text, list items and their nested blocks' prose). */
export function proseOf(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [block.text];
    case 'steps':
    case 'bullets':
      return [...block.items, ...(block.sub ?? []).flat().flatMap(proseOf)];
    case 'code':
      return [];
  }
}

/** Every code block of a block, nested ones included. */
export function codeOf(block: Block): Extract<Block, { kind: 'code' }>[] {
  if (block.kind === 'code') return [block];
  if (block.kind === 'steps' || block.kind === 'bullets') return (block.sub ?? []).flat().flatMap(codeOf);
  return [];
}

/** A short quote of `text` around `at` for a message. */
export function around(text: string, at: number): string {
  const start = Math.max(0, at - 20);
  const end = Math.min(text.length, at + 20);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\n+/g, ' ')}${end < text.length ? '…' : ''}`;
}
