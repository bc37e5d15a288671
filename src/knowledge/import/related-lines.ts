/**
 * Separates the trailing related links from an article copy's body. The site prints them after the
 * last section as single-line paragraphs: documentation titles and "How can I …?" questions. Most
 * pages put two blank lines before them; where they don't, trailing link-like lines are taken.
 */

const QUESTION = /^(How|Why|What|When|Where|Can|Is|Do|Does)\b.*\?$/;
const CODE_HINT = /[$={}<>\\|`]|->|^\s|^[•\d]|:\/\//;

/** True for a line that reads like a link title: short, no sentence end, not code or a list item. */
function isLinkLine(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > 160) return false;
  if (QUESTION.test(text)) return true;
  if (CODE_HINT.test(line)) return false;
  return /^[A-Z]/.test(text) && !/[.:;,!?"”]$/.test(text);
}

interface Chunk {
  start: number;
  end: number;
}

function chunks(lines: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i].trim() === '') {
      i++;
      continue;
    }
    const start = i;
    while (i < lines.length && lines[i].trim() !== '') i++;
    out.push({ start, end: i });
  }
  return out;
}

/** The body lines and the related-link lines of one article copy. */
export function splitRelated(lines: readonly string[]): { body: string[]; related: string[] } {
  const parts = chunks(lines);
  let cut = parts.length;
  // Preferred signal: a double blank line before a run of single-line, link-like chunks.
  for (let k = parts.length - 1; k > 0; k--) {
    const gap = parts[k].start - parts[k - 1].end;
    if (gap >= 2) {
      const tail = parts.slice(k);
      if (tail.every((c) => c.end - c.start === 1 && isLinkLine(lines[c.start]))) cut = k;
      break;
    }
  }
  if (cut === parts.length) {
    // Fallback: walk back over single-line link-like chunks.
    while (cut > 1) {
      const c = parts[cut - 1];
      if (c.end - c.start !== 1 || !isLinkLine(lines[c.start])) break;
      cut--;
    }
  }
  const bodyEnd = cut < parts.length ? parts[cut].start : lines.length;
  const body = lines.slice(0, bodyEnd);
  while (body.length > 0 && body[body.length - 1].trim() === '') body.pop();
  return { body, related: parts.slice(cut).map((c) => lines[c.start].trim()) };
}
