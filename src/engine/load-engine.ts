/**
 * The engine's one I/O step: load the articles, and the prebuilt index from `kb build` when its
 * fingerprint matches those articles; otherwise build the index in memory and say so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { knowledgeFingerprint, toSectionDocuments } from '../knowledge/documents';
import type { KnowledgeProfile } from '../knowledge/profile';
import { PROFILE_FILE } from '../knowledge/paths';
import type { Article, LoadedKnowledge, LoadProblem } from '../knowledge/model';
import { projectRoot } from '../knowledge/paths';
import type { Logger } from '../observability/logger';
import { buildSectionIndex, serializedFingerprint, serializeSectionIndex } from '../search';
import { createEngine } from './create-engine';
import { warmUp } from './warm-up';
import type { Engine } from './types';

export interface LoadEngineOptions {
  knowledgeDir: string;
  indexPath: string;
  logger?: Logger;
  /**
   * Run the knowledge base's own messages through the engine before returning (default true; see
   * warm-up.ts). A server passes false and warms up gradually once it is listening.
   */
  warmUp?: boolean;
  /** The knowledge already loaded from knowledgeDir (`kb ask` keeps a copy); read from the folder when absent. */
  knowledge?: LoadedKnowledge;
}

export interface LoadedEngine {
  engine: Engine;
  /** The articles the engine was built from (valid ones only). */
  articles: Article[];
  problems: LoadProblem[];
  /** The knowledge base's kb.yml (empty without one). */
  profile: KnowledgeProfile;
  fingerprint: string;
  /** True when no current prebuilt index was found and the index was built in memory. */
  indexBuilt: boolean;
  /** Milliseconds spent loading the prebuilt index, or building it when there was none. */
  indexMs: number;
}

/** Where `kb build` writes the index by default. */
export function defaultIndexPath(): string {
  return path.join(projectRoot(), 'dist', 'kb-index.json');
}

/** Loads articles and index and creates the engine. */
export async function loadEngine(options: LoadEngineOptions): Promise<LoadedEngine> {
  const { articles, problems: articleProblems } = options.knowledge ?? (await readKnowledge(options.knowledgeDir));
  const { profile, problems: profileProblems } = options.knowledge?.profile ? { profile: options.knowledge.profile, problems: [] } : await readProfile(options.knowledgeDir);
  const problems = [...articleProblems, ...profileProblems];
  // A prebuilt index is used only when built from these very articles (and the current INDEX_FORMAT).
  const fingerprint = knowledgeFingerprint(articles);
  let json: string | undefined;
  try {
    json = await fs.promises.readFile(options.indexPath, 'utf8');
  } catch {
    json = undefined;
  }
  const stored = json ? serializedFingerprint(json) : null;
  const current = json !== undefined && stored === fingerprint;
  if (!current) {
    options.logger?.warn('search index missing or out of date; building it in memory (run `npm run kb -- build`)', {
      indexPath: options.indexPath,
      reason: json ? 'fingerprint mismatch' : 'not found',
    });
  }
  const indexStarted = performance.now();
  const engine = createEngine(articles, { index: current ? json : undefined, profile });
  const indexMs = Math.round(performance.now() - indexStarted);
  if (options.warmUp ?? true) warmUp(engine, articles);
  return { engine, articles, problems, profile, fingerprint, indexBuilt: !current, indexMs };
}

/** Builds the serialized index for the articles in `knowledgeDir` (for `kb build`). */
export async function buildIndexFile(knowledgeDir: string): Promise<{ json: string; fingerprint: string; articleCount: number; sectionCount: number; problems: LoadProblem[] }> {
  const { articles, problems } = await readKnowledge(knowledgeDir);
  const docs = toSectionDocuments(articles);
  const fingerprint = knowledgeFingerprint(articles);
  const json = serializeSectionIndex(buildSectionIndex(articles, docs), fingerprint);
  return { json, fingerprint, articleCount: articles.length, sectionCount: docs.length, problems };
}

/** Loads the folder; the loader (YAML, schema and Markdown parsers) is required only when needed. */
// kb.yml is optional; its YAML parser is loaded only when there is one.
async function readProfile(dir: string): Promise<{ profile: KnowledgeProfile; problems: LoadProblem[] }> {
  const file = path.join(dir, PROFILE_FILE);
  if (!fs.existsSync(file)) return { profile: {}, problems: [] };
  const { loadProfile } = await import('../knowledge/profile');
  return loadProfile(dir, file);
}

async function readKnowledge(dir: string): Promise<LoadedKnowledge> {
  const { loadKnowledge } = await import('../knowledge/load');
  return loadKnowledge(dir);
}
