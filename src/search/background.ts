/**
 * How common a term is in software writing in general, from a corpus that is no knowledge base
 * and no eval set: the Linux man pages (see scripts/build-background-vocabulary.js for the
 * provenance and how the file is rebuilt). "user", "connection", "denied" are on many pages;
 * product names and the words of one field ("kubectl", "authorizer", "crashloopbackoff") are on
 * none. The engine uses this to tell a message's distinctive content from background words.
 */
import background from './background-vocabulary.json';

interface BackgroundFile {
  source: string;
  documents: number;
  df: Record<string, number>;
}

const file = background as BackgroundFile;
// Read in place rather than copied into a Map: copying 16,000 entries is most of `kb ask`'s start-up.
const df = file.df;
const has = (term: string): boolean => Object.prototype.hasOwnProperty.call(df, term);
const maxIdf = Math.log(file.documents + 1);

/** 0 for a word on every background page, 1 for one on none: log-scaled inverse document frequency. */
export function rarity(term: string): number {
  const n = has(term) ? df[term] : 0;
  return Math.log((file.documents + 1) / (n + 1)) / maxIdf;
}

/** Terms on fewer than this share of background pages count as distinctive words (about one page in fifty). */
export const DISTINCTIVE_RARITY = Math.log((file.documents + 1) / (file.documents / 50 + 1)) / maxIdf;

/** True when `term` is rare in software writing in general. */
export function isDistinctive(term: string): boolean {
  return rarity(term) >= DISTINCTIVE_RARITY;
}
