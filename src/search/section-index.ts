/**
 * The search index over section documents: MiniSearch plus the term vocabulary and the error
 * index. `kb build` serializes the first two (with the knowledge fingerprint) so processes load
 * them with `MiniSearch.loadJSON` instead of re-indexing; the error index is small and rebuilt.
 */
import MiniSearch from 'minisearch';
import type { Article, SectionDocument } from '../knowledge/model';
import { buildArticleFeatures, type ArticleFeatures } from './article-features';
import { buildErrorIndex, type ErrorIndex } from './error-index';
import { addPair, addPairs, phrasePairs, type PairIndex } from './message-pairs';
import { TermScores } from './term-scores';
import { tokenizePositions } from './tokenize';
import { SEARCH_OPTIONS } from './options';
import { buildVocabulary, type Vocabulary } from './vocabulary';

/** Everything the ranker reads. */
export interface SectionIndex {
  miniSearch: MiniSearch<SectionDocument>;
  vocabulary: Vocabulary;
  errors: ErrorIndex;
  features: ArticleFeatures;
  /** Adjacent term pairs of every error string, title and question: the only message pairs worth building. */
  pairs: PairIndex;
  /** MiniSearch's per-term results, remembered (see term-scores.ts). */
  termScores: TermScores;
}

/** Serialized form version: bump when the options or tokenizer change, so old files are rebuilt. */
export const INDEX_FORMAT = 'kb-section-index/5';

interface SerializedIndex {
  format: string;
  fingerprint: string;
  documentCount: number;
  df: [string, number][];
  minisearch: string;
}

/** Indexes `docs` (the section documents of `articles`). */
export function buildSectionIndex(articles: Article[], docs: SectionDocument[]): SectionIndex {
  const miniSearch = new MiniSearch<SectionDocument>(SEARCH_OPTIONS);
  miniSearch.addAll(docs);
  const vocabulary = buildVocabulary(docs);
  return assemble(miniSearch, vocabulary, articles);
}

function assemble(miniSearch: MiniSearch<SectionDocument>, vocabulary: Vocabulary, articles: Article[]): SectionIndex {
  const errors = buildErrorIndex(articles, vocabulary);
  const pairs: PairIndex = new Map();
  for (const entry of errors.entries) addPairs(pairs, entry.sequence);
  for (const article of articles) {
    for (const text of [article.displayTitle, article.question]) for (const [first, second] of phrasePairs(tokenizePositions(text))) addPair(pairs, first, second);
  }
  return { miniSearch, vocabulary, errors, features: buildArticleFeatures(articles), pairs, termScores: new TermScores(miniSearch) };
}

/** The index as JSON, stamped with the knowledge fingerprint it was built from. */
export function serializeSectionIndex(index: SectionIndex, fingerprint: string): string {
  const body: SerializedIndex = {
    format: INDEX_FORMAT,
    fingerprint,
    documentCount: index.vocabulary.documentCount,
    df: [...index.vocabulary.df],
    minisearch: JSON.stringify(index.miniSearch),
  };
  return JSON.stringify(body);
}

/** The fingerprint a serialized index was built from, or null when it is not a current-format index. */
export function serializedFingerprint(json: string): string | null {
  try {
    const parsed = JSON.parse(json) as Partial<SerializedIndex>;
    return parsed.format === INDEX_FORMAT && typeof parsed.fingerprint === 'string' ? parsed.fingerprint : null;
  } catch {
    return null;
  }
}

/** Loads a serialized index for `articles`; throws when the JSON is not a current-format index. */
export function loadSectionIndex(json: string, articles: Article[]): SectionIndex {
  const parsed = JSON.parse(json) as Partial<SerializedIndex>;
  if (parsed.format !== INDEX_FORMAT || typeof parsed.minisearch !== 'string' || !Array.isArray(parsed.df)) {
    throw new Error(`not a ${INDEX_FORMAT} index`);
  }
  const miniSearch = MiniSearch.loadJSON<SectionDocument>(parsed.minisearch, SEARCH_OPTIONS);
  const vocabulary: Vocabulary = { documentCount: parsed.documentCount ?? miniSearch.documentCount, df: new Map(parsed.df) };
  return assemble(miniSearch, vocabulary, articles);
}
