/**
 * Defects the scraped pages carry into prose, fixed on import: non-breaking and thin spaces, a
 * space left before punctuation ("choose Create ."), misspellings the pages print, a heading whose
 * first letter the scrape lost, a JSON example with a trailing comma, and group headings whose
 * sub-headings were flattened to their level (an empty heading before another heading).
 * Code keeps its bytes except for the JSON fix; error strings are taken from the cleaned headings.
 */
import type { Block } from '../model';

const ODD_SPACES = /[\u00a0\u2007\u202f\u2009]/g;
// "Create ." / "Build ," — a space before punctuation that ends a word or sentence.
const SPACE_BEFORE_PUNCTUATION = /(\S) +([.,;:!?])(?=\s|$|["')])/g;

/** Misspellings the source pages print in prose, whole words (or phrases) only. */
const PROSE_TYPOS: ReadonlyArray<[RegExp, string]> = [
  [/\bmismached\b/g, 'mismatched'],
  [/\bpubic DNS\b/g, 'public DNS'],
  [/\bJASON\b/g, 'JSON'],
];

/** A heading that begins mid-word where the page lost its first letter ("url: (58) …" for "curl: (58) …"). */
const CUT_HEADINGS: ReadonlyArray<[RegExp, string]> = [[/^(["“]?)url: \((\d+)\)/, '$1curl: ($2)']];

/** Prose with the defects above fixed. */
export function cleanProse(text: string): string {
  let out = text.replace(ODD_SPACES, ' ').replace(SPACE_BEFORE_PUNCTUATION, '$1$2');
  for (const [pattern, fix] of PROSE_TYPOS) out = out.replace(pattern, fix);
  return out;
}

/** A heading cleaned like prose, with a lost first letter and a lost closing parenthesis restored. */
export function cleanHeading(text: string): string {
  let out = cleanProse(text);
  for (const [pattern, fix] of CUT_HEADINGS) out = out.replace(pattern, fix);
  // "… (no key found, wrong pass phrase, or wrong file format?" — the page cut the ")" at the end of the message.
  const opened = (out.match(/\(/g) ?? []).length - (out.match(/\)/g) ?? []).length;
  if (opened === 1) out = out.replace(/([^)"”])(["”]?)$/, '$1)$2');
  return out;
}

/** JSON that fails to parse only because of trailing commas, without them; any other code unchanged. */
export function cleanJson(code: string): string {
  try {
    JSON.parse(code);
    return code;
  } catch {
    const fixed = code.replace(/,(\s*[}\]])/g, '$1');
    try {
      JSON.parse(fixed);
      return fixed;
    } catch {
      return code;
    }
  }
}

/** A JSON code block, marked as a fragment when it does not parse on its own (an excerpt of a response). */
function jsonBlock(code: string): Block {
  try {
    JSON.parse(code);
    return { kind: 'code', lang: 'json', code };
  } catch {
    return { kind: 'code', lang: 'json', code, fragment: true };
  }
}

/** A block with its prose cleaned (code only gets the JSON fix). */
export function cleanBlock(block: Block): Block {
  switch (block.kind) {
    case 'paragraph':
      return { ...block, text: cleanProse(block.text) };
    case 'steps':
    case 'bullets':
      return { ...block, items: block.items.map(cleanProse) };
    case 'code':
      return block.lang === 'json' ? jsonBlock(cleanJson(block.code)) : block;
  }
}

/** Drafts without the empty group headings a flattened page leaves (a heading straight before another sub-heading). */
export function withoutEmptyGroups<T extends { level: 2 | 3; blocks: readonly unknown[] }>(drafts: readonly T[]): T[] {
  return drafts.filter((draft, i) => !(draft.level === 3 && draft.blocks.length === 0 && drafts[i + 1]?.level === 3));
}
