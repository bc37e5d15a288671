/**
 * Which articles and index a kb command works on when its options name none: KNOWLEDGE_DIR and
 * INDEX_PATH as the server reads them (the environment, then `.env`), else the shipped ones. A team
 * that points the server at its own folder gets the same answers from `kb ask` and `kb eval`.
 */
import path from 'node:path';
import { readEnvironment, type Environment } from '../config/environment';
import { defaultIndexPath } from '../engine/load-engine';
import { defaultArticlesDir } from '../knowledge/paths';

/** The knowledge folder: `given` (--knowledge), else KNOWLEDGE_DIR, else knowledge/articles. */
export function knowledgeDirFor(given: string | undefined, env: Environment = readEnvironment()): string {
  return path.resolve(given ?? env.KNOWLEDGE_DIR ?? defaultArticlesDir());
}

/** The index file: `given` (--index or --out), else INDEX_PATH, else dist/kb-index.json. */
export function indexPathFor(given: string | undefined, env: Environment = readEnvironment()): string {
  return path.resolve(given ?? env.INDEX_PATH ?? defaultIndexPath());
}
