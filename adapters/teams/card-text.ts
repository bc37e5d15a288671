/**
 * Plain text to Adaptive Card TextBlock text. Teams reads TextBlock text as a subset of Markdown,
 * so pasted errors and article text are escaped: `arn:aws:*:*` must not turn italic, `[x](y)`
 * must not become a link, and `<at>` must stay literal text (never a mention).
 */

// CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones Teams acts on.
const INLINE_SPECIALS = /[\\*_`~[\]<>|]/g;
// Line starts that would become a list, heading or quote.
const LINE_START = /^(\s*)([-+#>]|\d+[.)])(?=\s|$)/gm;

/** Escapes plain text so Teams shows it exactly as written. */
export function escapeCardText(text: string): string {
  return text.replace(INLINE_SPECIALS, (c) => `\\${c}`).replace(LINE_START, (_m, indent: string, marker: string) => {
    const escaped = /^\d/.test(marker) ? marker.replace(/([.)])$/, '\\$1') : `\\${marker}`;
    return `${indent}${escaped}`;
  });
}

/** Cuts text to at most `max` characters (on a code point boundary), marking the cut with an ellipsis. */
export function truncateText(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`;
}

/** Collapses runs of whitespace, for one-line labels (button titles, choice titles). */
export function oneLine(text: string, max: number): string {
  return truncateText(text.replace(/\s+/g, ' ').trim(), max);
}
