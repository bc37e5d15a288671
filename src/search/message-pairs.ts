/**
 * Adjacent term pairs ("does not" -> "not match") that some error string or article title
 * contains, indexed first term -> second terms. A long paste has thousands of adjacent pairs;
 * only the few the knowledge base could match are ever built as strings.
 */

/** first term -> the terms that follow it in some indexed phrase. */
export type PairIndex = Map<string, Set<string>>;

/** Adds the adjacent pairs of `terms` to `index`. */
export function addPairs(index: PairIndex, terms: readonly string[]): void {
  for (let i = 1; i < terms.length; i++) {
    const seconds = index.get(terms[i - 1]);
    if (seconds) seconds.add(terms[i]);
    else index.set(terms[i - 1], new Set([terms[i]]));
  }
}

/** The adjacent pairs of `sequence` ("a b") that `index` knows. */
export function messagePairs(index: PairIndex, sequence: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 1; i < sequence.length; i++) {
    const seconds = index.get(sequence[i - 1]);
    if (seconds !== undefined && seconds.has(sequence[i])) pairs.add(`${sequence[i - 1]} ${sequence[i]}`);
  }
  return pairs;
}
