/**
 * Source typos fixed for display. The article `title` keeps the source spelling (the eval and
 * citations compare on it); `displayTitle` applies this table, whole words only.
 */
const TITLE_TYPOS: Readonly<Record<string, string>> = {
  Gatewway: 'Gateway',
  enpoints: 'endpoints',
  mismached: 'mismatched',
};

/** The title with known typos fixed. */
export function fixTypos(title: string): string {
  return title.replace(/[A-Za-z]+/g, (word) => TITLE_TYPOS[word] ?? word);
}
