/** Plain-text renderings of blocks, shared by the importer, the loader and search documents. */
import type { Block } from './model';

/** One block as plain text: paragraphs as is, list items one per line, code verbatim. */
export function blockText(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'steps':
      return block.items.map((item, i) => withSub(`${(block.start ?? 1) + i}. ${item}`, block.sub?.[i])).join('\n');
    case 'bullets':
      return block.items.map((item, i) => withSub(`- ${item}`, block.sub?.[i])).join('\n');
    case 'code':
      return block.code;
  }
}

function withSub(line: string, sub: readonly Block[] | undefined): string {
  return sub && sub.length > 0 ? [line, ...sub.map(blockText)].join('\n') : line;
}

/** Blocks as plain text, separated by blank lines (how an article's summary is stored). */
export function blocksText(blocks: readonly Block[]): string {
  return blocks.map(blockText).join('\n\n');
}
