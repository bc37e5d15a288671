/** The shipped knowledge base and one engine over it, shared by the engine tests (loaded once per file). */
import { createEngine } from '../../src/engine';
import type { Engine } from '../../src/engine/types';
import { loadKnowledgeSync } from '../../src/knowledge/load';
import { parseProfile } from '../../src/knowledge/profile';
import fs from 'node:fs';
import path from 'node:path';
import { defaultArticlesDir } from '../../src/knowledge/paths';
import type { Article } from '../../src/knowledge/model';

let cached: { engine: Engine; articles: Article[] } | undefined;

export function shippedEngine(): { engine: Engine; articles: Article[] } {
  if (!cached) {
    const { articles } = loadKnowledgeSync(defaultArticlesDir());
    const { profile } = parseProfile(fs.readFileSync(path.join(defaultArticlesDir(), 'kb.yml'), 'utf8'), 'kb.yml');
    cached = { engine: createEngine(articles, { profile }), articles };
  }
  return cached;
}
