/**
 * THE MiniSearch options: one object used both to build the index (`kb build`) and to reload it
 * (`MiniSearch.loadJSON(json, SEARCH_OPTIONS)`), so the two can never disagree.
 *
 * Fields and boosts, by how much a hit there says about the section fitting the message:
 * - errors  (2.0) verbatim error strings the section resolves: strong, and matched exactly by error-index.ts too;
 * - heading (2.5) the section's own topic ("Lambda function permissions", a quoted error);
 * - title   (2.0) and question (1.5): the article's topic, shared by all its sections;
 * - tags    (1.5) author keywords;
 * - body    (1.0) the section's text.
 * Queries reach MiniSearch already tokenized and chosen (see query-terms.ts), one term per
 * space-separated word, so search-time tokenize is a plain split and processTerm the identity.
 */
import type { Options, SearchOptions } from 'minisearch';
import type { SectionDocument } from '../knowledge/model';
import { tokenize } from './tokenize';

/** Boost per field (see the comment above for why). */
export const FIELD_BOOSTS = { errors: 2, heading: 2.5, title: 2, question: 1.5, tags: 1.5, body: 1 } as const;

/** The indexed fields of a section document. */
export const INDEXED_FIELDS = ['title', 'question', 'tags', 'heading', 'errors', 'body'] as const;

/** Search-time options: terms are pre-chosen, so no prefix or fuzzy expansion (it would cost time and precision). */
export const QUERY_OPTIONS: SearchOptions = {
  boost: { ...FIELD_BOOSTS },
  combineWith: 'OR',
  prefix: false,
  fuzzy: false,
  tokenize: (query: string) => query.split(' ').filter(Boolean),
  processTerm: (term: string) => term,
  bm25: { k: 1.2, b: 0.6, d: 0.5 },
};

/** Build and reload options for the section index. */
export const SEARCH_OPTIONS: Options<SectionDocument> = {
  idField: 'id',
  fields: [...INDEXED_FIELDS],
  storeFields: ['articleId', 'sectionId'],
  tokenize: (text: string) => tokenize(text),
  processTerm: (term: string) => term,
  searchOptions: QUERY_OPTIONS,
};
