/**
 * Adjacent term pairs ("does not" -> "not match") that some error string or article title
 * contains, indexed first term -> second terms. A long paste has thousands of adjacent pairs;
 * only the few the knowledge base could match are ever built as strings.
 */

import type { TermPositions } from './tokenize';

/** first term -> the terms that follow it in some indexed phrase. */
export type PairIndex = Map<string, Set<string>>;

/** Adds the pair "first second" to `index`. */
export function addPair(index: PairIndex, first: string, second: string): void {
  const seconds = index.get(first);
  if (seconds) seconds.add(second);
  else index.set(first, new Set([second]));
}

/** Adds the adjacent pairs of `terms` to `index`. */
export function addPairs(index: PairIndex, terms: readonly string[]): void {
  for (let i = 1; i < terms.length; i++) addPair(index, terms[i - 1], terms[i]);
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

/**
 * The pairs a title or question contributes, each as [first, second] (repeats possible): its
 * adjacent terms, and each term of a word with each term of the next. "WebSocket API" is the terms
 * websocket, web, socket, api; its adjacent terms give "socket api", but a message that writes
 * "websocket api" needs the pair of the whole words.
 */
export function phrasePairs(text: TermPositions): [string, string][] {
  const { terms, starts } = text;
  const out: [string, string][] = [];
  for (let i = 1; i < terms.length; i++) out.push([terms[i - 1], terms[i]]);
  for (let g = 1; g < starts.length; g++) {
    const end = g + 1 < starts.length ? starts[g + 1] : terms.length;
    for (let i = starts[g - 1]; i < starts[g]; i++) for (let j = starts[g]; j < end; j++) out.push([terms[i], terms[j]]);
  }
  return out;
}
