/** Plain-text renderings of blocks, shared by the importer, the loader and search documents. */
import type { Block } from './model';

/** One block as plain text: paragraphs as is, list items one per line, code verbatim. */
export function blockText(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'steps':
      return block.items.map((item, i) => `${(block.start ?? 1) + i}. ${item}`).join('\n');
    case 'bullets':
      return block.items.map((item) => `- ${item}`).join('\n');
    case 'code':
      return block.code;
  }
}

/** Blocks as plain text, separated by blank lines (how an article's summary is stored). */
export function blocksText(blocks: readonly Block[]): string {
  return blocks.map(blockText).join('\n\n');
}
