/** The answer engine: the public surface of src/engine. */
export { createEngine } from './create-engine';
export type { EngineOptions } from './create-engine';
export { loadEngine, buildIndexFile, defaultIndexPath } from './load-engine';
export type { LoadEngineOptions, LoadedEngine } from './load-engine';
export { FITTED_MODEL, parseFittedModel } from './fitted-model';
export type { FittedModel } from './fitted-model';
export type { DecisionThresholds } from './decide';
export type { KnowledgeProfile } from './messages';
export { ARTICLE_PAGE_SECTIONS } from './replies';
export { MAX_CANDIDATES } from './context';
export type { Engine, EngineResult, SearchHit } from './types';
