/**
 * The engine's health as the insights page shows it: how long the index took to load or build,
 * what was loaded, and what `kb lint` finds in the knowledge base. Answer times come from the
 * store with the rest of the report (see summarize.ts), so they cover every instance.
 */
import type { LoadedEngine } from '../engine/load-engine';
import { lintKnowledge, type LintFinding } from '../knowledge/lint';
import type { StoreHealth } from '../store/types';

/** What the page shows under "Engine health". */
export interface EngineHealth {
  indexMs: number;
  /** True when no current prebuilt index was found and it was built at start. */
  indexBuilt: boolean;
  articles: number;
  sections: number;
  lint: { errors: number; warnings: number; findings: LintFinding[] };
  store: StoreHealth;
}

const MAX_FINDINGS = 20;

/** The fixed part of the health, computed once at start (lint runs over the whole knowledge base). */
export function describeLoadedEngine(loaded: Pick<LoadedEngine, 'indexMs' | 'indexBuilt' | 'articles' | 'problems'>): Omit<EngineHealth, 'store'> {
  const findings = lintKnowledge({ articles: loaded.articles, problems: loaded.problems });
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    indexMs: loaded.indexMs,
    indexBuilt: loaded.indexBuilt,
    articles: loaded.articles.length,
    sections: loaded.articles.reduce((sum, a) => sum + a.sections.length, 0),
    lint: { errors, warnings: findings.length - errors, findings: findings.slice(0, MAX_FINDINGS) },
  };
}
