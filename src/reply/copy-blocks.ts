/**
 * A deep copy of reply blocks, for replies built from cached parts: callers may adjust what they
 * are given. Written out because `structuredClone` costs more than the rest of an answer.
 */
import type { ReplyBlock, ReplyItem, TextLink } from './model';

const copyLinks = (links: TextLink[] | undefined): { links?: TextLink[] } => (links ? { links: links.map((l) => ({ ...l })) } : {});

const copyItem = (item: ReplyItem): ReplyItem => ({ text: item.text, ...copyLinks(item.links), blocks: copyBlocks(item.blocks) });

function copyBlock(block: ReplyBlock): ReplyBlock {
  switch (block.kind) {
    case 'paragraph':
      return { kind: 'paragraph', text: block.text, ...copyLinks(block.links) };
    case 'note':
      return { kind: 'note', label: block.label, text: block.text, ...copyLinks(block.links) };
    case 'heading':
      return { ...block };
    case 'steps':
      return { kind: 'steps', start: block.start, items: block.items.map(copyItem) };
    case 'bullets':
      return { kind: 'bullets', items: block.items.map(copyItem) };
    case 'code':
      return { ...block };
  }
}

/** Copies `blocks` and everything in them. */
export function copyBlocks(blocks: readonly ReplyBlock[]): ReplyBlock[] {
  return blocks.map(copyBlock);
}
