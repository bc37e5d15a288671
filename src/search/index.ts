/** Search over section documents: the public surface of src/search. */
export { SEARCH_OPTIONS, QUERY_OPTIONS, FIELD_BOOSTS, INDEXED_FIELDS } from './options';
export { tokenize, uniqueTerms } from './tokenize';
export { buildSectionIndex, loadSectionIndex, serializeSectionIndex, serializedFingerprint, INDEX_FORMAT } from './section-index';
export type { SectionIndex } from './section-index';
export { rank, applyModel } from './rank';
export { FEATURES, logit, sigmoid } from './relevance-model';
export type { Feature, FeatureVector, RelevanceModel } from './relevance-model';
export type { Ranking, RankedArticle, RankedSection } from './rank';
export { MAX_QUERY_TERMS } from './query-terms';
export type { QueryTerms } from './query-terms';
