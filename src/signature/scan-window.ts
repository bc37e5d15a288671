/**
 * Bounds how much of a paste the extractor reads, so any input (40,000+ characters, one huge
 * line, a base64 blob) costs the same small, linear amount of work. The start and the end of a
 * paste are read whole; from the middle only the lines that look like errors are kept, because a
 * long log often has its one failing line buried in routine ones.
 */

/** The caps applied before any pattern runs. */
export const SCAN_LIMITS = {
  /** Characters read from the start of the message (errors and chatter usually come first). */
  headChars: 8_000,
  /** Characters read from the end (Java "Caused by" and Python's final exception line live there). */
  tailChars: 4_000,
  /** Longer lines are cut: nothing useful is 1,000 characters long and patterns stay cheap. */
  maxLineChars: 1_000,
  /** At most this many lines are read: the first two thirds and the last third. */
  maxLines: 300,
  /** Error-looking lines kept from the part in between. */
  middleErrorLines: 40,
} as const;

// One cheap test per middle line: words and status codes that errors carry.
const ERROR_LOOKING = /error|exception|fail|denied|forbidden|refused|timed out|timeout|invalid|cannot|can't|unable|not authori[sz]ed|expired|\b[45]\d\d\b/i;

function cut(line: string): string {
  return line.length > SCAN_LIMITS.maxLineChars ? line.slice(0, SCAN_LIMITS.maxLineChars) : line;
}

/** The error-looking lines of `lines`, at most `budget` of them, in order. */
function errorLooking(lines: readonly string[], budget: number): string[] {
  const kept: string[] = [];
  for (const line of lines) {
    if (kept.length >= budget) break;
    const short = cut(line);
    if (ERROR_LOOKING.test(short)) kept.push(short);
  }
  return kept;
}

/** The lines of `text` the extractor will read, cut to the limits above. */
export function scanLines(text: string): string[] {
  const { headChars, tailChars, maxLines, middleErrorLines } = SCAN_LIMITS;
  let lines: string[];
  if (text.length > headChars + tailChars) {
    const middle = text.slice(headChars, text.length - tailChars).split(/\r?\n/);
    lines = [...text.slice(0, headChars).split(/\r?\n/), ...errorLooking(middle, middleErrorLines), ...text.slice(text.length - tailChars).split(/\r?\n/)];
  } else {
    lines = text.split(/\r?\n/);
  }
  if (lines.length > maxLines) {
    const head = Math.ceil((maxLines * 2) / 3);
    const tail = maxLines - head;
    lines = [...lines.slice(0, head), ...errorLooking(lines.slice(head, lines.length - tail), middleErrorLines), ...lines.slice(lines.length - tail)];
  }
  return lines.map(cut);
}
