/**
 * What an answer on a sub-section carries from the section above it. Authors put what holds for
 * every sub-section once, before the first one ("Before you begin, turn on CloudWatch Logs…", "Note:
 * for Log level, choose INFO"); an answer that shows one sub-section alone would drop it.
 */
import type { Article, Block, Section } from '../knowledge/model';
import { isNote, sentenceRole, sentences } from './sentence-roles';

// "Follow these steps depending on …", "… similar to the following": text that introduces the
// sub-sections (or what comes next) rather than saying something that holds for all of them.
const POINTS_AHEAD = /\b(?:these|the following|below)\b/i;

/** The level-2 section a level-3 one sits under. */
function parentOf(article: Article, section: Section): Section | undefined {
  if (section.level !== 3) return undefined;
  const at = article.sections.indexOf(section);
  for (let i = at - 1; i >= 0; i--) if (article.sections[i].level === 2) return article.sections[i];
  return undefined;
}

function instructions(text: string): string {
  return sentences(text)
    .filter((s) => sentenceRole(s) === 'action' && !POINTS_AHEAD.test(s))
    .join(' ');
}

/**
 * The instructions of `section`'s parent that apply to all its sub-sections: its paragraphs' action
 * sentences (a lead-in ending in ":" with the list it introduces, a note with the instruction it
 * follows). Empty when the parent's own text is a procedure of its own (steps or code): then it is
 * content, shown when the parent is chosen.
 */
export function preamble(article: Article, section: Section): Block[] {
  const parent = parentOf(article, section);
  if (!parent || parent.blocks.some((b) => b.kind === 'code' || b.kind === 'steps')) return [];
  const shown: Block[] = [];
  let previousKept = false;
  parent.blocks.forEach((block, i) => {
    if (block.kind !== 'paragraph') return;
    // A note qualifies the paragraph before it ("Note: for Log level, choose INFO"): it goes with it.
    const kept = isNote(block.text) ? (previousKept ? block.text : '') : instructions(block.text);
    previousKept = kept !== '';
    if (!kept) return;
    shown.push({ kind: 'paragraph', text: kept });
    const next = parent.blocks[i + 1];
    if (kept.endsWith(':') && next?.kind === 'bullets') shown.push(next);
  });
  return shown;
}
