/** The answer engine: the public surface of src/engine. */
export { createEngine } from './create-engine';
export type { EngineOptions } from './create-engine';
export { loadEngine, buildIndexFile, defaultIndexPath } from './load-engine';
export type { LoadEngineOptions, LoadedEngine } from './load-engine';
export { API_GATEWAY_SCOPE } from './scope';
export type { Scope } from './scope';
export { DECISION_THRESHOLDS } from './decide';
export { ARTICLE_PAGE_SECTIONS } from './replies';
export { MAX_CANDIDATES } from './context';
export type { Engine, EngineResult, SearchHit } from './types';
