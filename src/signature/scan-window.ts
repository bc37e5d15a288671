/**
 * Bounds how much of a paste the extractor reads, so any input (40,000+ characters, one huge
 * line, a base64 blob) costs the same small, linear amount of work.
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
} as const;

/** The lines of `text` the extractor will read, cut to the limits above. */
export function scanLines(text: string): string[] {
  const { headChars, tailChars, maxLineChars, maxLines } = SCAN_LIMITS;
  const windowed = text.length > headChars + tailChars ? `${text.slice(0, headChars)}\n${text.slice(text.length - tailChars)}` : text;
  let lines = windowed.split(/\r?\n/);
  if (lines.length > maxLines) {
    const head = Math.ceil((maxLines * 2) / 3);
    lines = [...lines.slice(0, head), ...lines.slice(lines.length - (maxLines - head))];
  }
  return lines.map((line) => (line.length > maxLineChars ? line.slice(0, maxLineChars) : line));
}
