/**
 * Turns an article copy's body lines into blocks: paragraphs, numbered steps, bullets and code.
 * Headings are not decided here (see sections.ts): a heading is a paragraph that stands alone.
 */
import type { CodeLang } from '../model';
import { detectCode } from './code-detect';

/** A block as parsed from the page, before headings are picked out. */
export type RawBlock =
  | { kind: 'paragraph'; text: string; standalone: boolean }
  | { kind: 'steps'; items: string[]; start: number }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'code'; lang: CodeLang; code: string };

const STEP = /^\s*(\d+)\.\s+(\S.*)$/;
const BULLET = /^\s*[•·▪●]\s*(\S.*)$/;
const NOTE = /^\s*Note\s*:/;

const blank = (line: string | undefined): boolean => line === undefined || line.trim() === '';

/** Lines of a JSON body printed upside down come out in reading order; others stay byte-faithful. */
export function fixJson(code: string): string {
  if (parses(code)) return code;
  const reversed = code.split('\n').reverse().join('\n');
  return parses(reversed) ? reversed : code;
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Parses body lines into blocks, in source order. */
export function parseBlocks(lines: readonly string[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  let i = 0;
  const last = (): RawBlock | undefined => blocks[blocks.length - 1];

  // Lines that continue a list item: same chunk, not a new item, not the start of code.
  const continuation = (from: number): { text: string[]; next: number } => {
    const text: string[] = [];
    let j = from;
    while (j < lines.length && !blank(lines[j]) && !STEP.test(lines[j]) && !BULLET.test(lines[j]) && !detectCode(lines, j)) {
      text.push(lines[j].trim());
      j++;
    }
    return { text, next: j };
  };

  while (i < lines.length) {
    const line = lines[i];
    if (blank(line)) {
      i++;
      continue;
    }
    const step = STEP.exec(line);
    const bullet = step ? null : BULLET.exec(line);
    if (step || bullet) {
      const first = (step ? step[2] : bullet![1]).trim();
      const more = continuation(i + 1);
      i = more.next;
      // A "Note:" paragraph right after a step belongs to that step.
      if (step) {
        let k = i;
        while (k < lines.length && blank(lines[k])) k++;
        if (k > i && k < lines.length && NOTE.test(lines[k])) {
          const note = continuation(k);
          more.text.push(...note.text);
          i = note.next;
        }
      }
      const item = [first, ...more.text].join('\n');
      const prev = last();
      if (step) {
        const n = Number(step[1]);
        if (prev?.kind === 'steps' && prev.start + prev.items.length === n) prev.items.push(item);
        else blocks.push({ kind: 'steps', items: [item], start: n });
      } else if (prev?.kind === 'bullets') {
        prev.items.push(item);
      } else {
        blocks.push({ kind: 'bullets', items: [item] });
      }
      continue;
    }
    const code = detectCode(lines, i);
    if (code) {
      const codeLines = lines.slice(code.start, code.end);
      while (codeLines.length > 0 && blank(codeLines[codeLines.length - 1])) codeLines.pop();
      let text = codeLines.join('\n');
      if (code.lang === 'json') text = fixJson(text);
      blocks.push({ kind: 'code', lang: code.lang, code: text });
      i = code.end;
      continue;
    }
    const standalone = blank(lines[i - 1]) && blank(lines[i + 1]);
    blocks.push({ kind: 'paragraph', text: line.trim(), standalone });
    i++;
  }
  return blocks;
}
