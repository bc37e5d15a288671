/** Where the knowledge base lives in the project, found from this file (works from src/ and dist/). */
import fs from 'node:fs';
import path from 'node:path';

/** The nearest directory at or above `from` holding a package.json (else `from` itself). */
export function findProjectRoot(from: string): string {
  let dir = path.resolve(from);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(from);
    dir = parent;
  }
}

/** The project root of this installation. */
export function projectRoot(): string {
  return findProjectRoot(__dirname);
}

/** knowledge/articles: the Markdown articles the assistant answers from. */
export function defaultArticlesDir(): string {
  return path.join(projectRoot(), 'knowledge', 'articles');
}

/** knowledge/sources: the scraped pages `kb import` reads. */
export function defaultSourcesDir(): string {
  return path.join(projectRoot(), 'knowledge', 'sources');
}

/** The optional file beside the articles naming the knowledge base (see profile.ts). */
export const PROFILE_FILE = 'kb.yml';
