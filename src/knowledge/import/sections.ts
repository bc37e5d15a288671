/**
 * Picks headings out of parsed blocks and groups the blocks into sections. The pages print
 * headings as short standalone lines; "Short description" and "Resolution" are level 2, any other
 * heading level 3. A quoted error line that is not introduced by a colon is a heading too: the
 * section under it resolves that error.
 */
import type { Block } from '../model';
import type { RawBlock } from './blocks';
import { errorsInText, lineError, wholeQuote } from './errors';

/** Level-2 headings the source pages use. */
const LEVEL2_HEADINGS: readonly string[] = ['Short description', 'Resolution'];

/** A section before ids and errors are assigned. */
export interface DraftSection {
  heading: string;
  level: 2 | 3;
  blocks: RawBlock[];
}

const MAX_HEADING = 130;

function isLevel2(block: RawBlock): boolean {
  return block.kind === 'paragraph' && block.standalone && LEVEL2_HEADINGS.some((h) => h.toLowerCase() === block.text.toLowerCase());
}

/** A heading-shaped line: short, capitalised, no sentence end, not a note or an "-or-". */
function headingShaped(text: string): boolean {
  if (text.length > MAX_HEADING || text.length < 3) return false;
  if (!/^[A-Z0-9(]/.test(text) || /^Note\b/i.test(text)) return false;
  if (/[.:;,?!]$/.test(text)) return false;
  return !/[{}<>=$\\|]|->|:\/\//.test(text);
}

/** A line that names an error and introduces its fix: a whole quoted error or an error line. */
function errorHeading(text: string): boolean {
  return errorsInText(text).length > 0;
}

function introducesNext(block: RawBlock | undefined): boolean {
  return block?.kind === 'paragraph' && /:$/.test(block.text);
}

/** Whether the standalone paragraph at `i` is a level-3 heading. */
function isHeading(blocks: readonly RawBlock[], i: number): boolean {
  const block = blocks[i];
  const next = blocks[i + 1];
  if (block.kind !== 'paragraph' || !block.standalone || !next) return false;
  if (introducesNext(blocks[i - 1])) return false;
  // A short line right before code is that code's caption, not a heading.
  if (next.kind === 'code') return false;
  const quote = wholeQuote(block.text);
  if (quote !== null) return errorsInText(block.text).length > 0;
  return lineError(block.text) !== null || headingShaped(block.text);
}

/** The summary blocks (before the first level-2 heading) and the sections, in source order. */
export function buildSections(blocks: readonly RawBlock[]): { summary: RawBlock[]; sections: DraftSection[] } {
  const first = blocks.findIndex(isLevel2);
  if (first < 0) return { summary: [...blocks], sections: [] };
  const summary = blocks.slice(0, first);
  const sections: DraftSection[] = [];
  let current: DraftSection | null = null;
  for (let i = first; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === 'paragraph' && isLevel2(block)) {
      current = { heading: block.text, level: 2, blocks: [] };
      sections.push(current);
      continue;
    }
    if (block.kind === 'paragraph' && isHeading(blocks, i)) {
      // An error heading followed straight by another heading: the second line is the fix's lead.
      const prev: DraftSection | null = current;
      const leadOfErrorHeading = prev !== null && prev.level === 3 && prev.blocks.length === 0 && errorHeading(prev.heading) && !errorHeading(block.text);
      if (!leadOfErrorHeading) {
        current = { heading: block.text, level: 3, blocks: [] };
        sections.push(current);
        continue;
      }
    }
    current!.blocks.push(block);
  }
  return { summary, sections };
}

/** A parsed block as the knowledge model stores it. */
export function toBlock(block: RawBlock): Block {
  switch (block.kind) {
    case 'paragraph':
      return { kind: 'paragraph', text: block.text };
    case 'steps':
      return block.start === 1 ? { kind: 'steps', items: block.items } : { kind: 'steps', items: block.items, start: block.start };
    case 'bullets':
      return { kind: 'bullets', items: block.items };
    case 'code':
      return { kind: 'code', lang: block.lang, code: block.code };
  }
}
