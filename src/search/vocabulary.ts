/**
 * Document frequencies of every indexed term, kept next to the MiniSearch index. The engine
 * uses them to choose which terms of a long paste to search for (rare, known terms first) and to
 * measure how much of a message an article explains.
 */
import type { SectionDocument } from '../knowledge/model';
import { INDEXED_FIELDS } from './options';
import { tokenize } from './tokenize';

/** Term -> number of section documents containing it, and the document count. */
export interface Vocabulary {
  documentCount: number;
  df: Map<string, number>;
}

/** Counts document frequencies over `docs` with the index's own tokenizer. */
export function buildVocabulary(docs: SectionDocument[]): Vocabulary {
  const df = new Map<string, number>();
  for (const doc of docs) {
    const seen = new Set<string>();
    for (const field of INDEXED_FIELDS) for (const term of tokenize(doc[field])) seen.add(term);
    for (const term of seen) df.set(term, (df.get(term) ?? 0) + 1);
  }
  return { documentCount: docs.length, df };
}

/** The idf of a term in one section only: the most any known term weighs in this knowledge base. */
export function maxIdf(vocabulary: Vocabulary): number {
  return Math.log(1 + (vocabulary.documentCount + 0.5) / 1.5);
}

/** Inverse document frequency (BM25 form, always positive); unknown terms get 0. */
export function idf(vocabulary: Vocabulary, term: string): number {
  const n = vocabulary.df.get(term);
  if (!n) return 0;
  return Math.log(1 + (vocabulary.documentCount - n + 0.5) / (n + 0.5));
}
