/** The closest articles to a gap's message: the engine's plain search, one entry per article. */
import type { Engine } from '../engine/types';
import type { ArticleCatalog } from './catalog';
import type { ClosestArticles } from './gaps';

const SECTIONS_SEARCHED = 12;

/** Closest articles by the engine's search, at most `limit` distinct ones, titled as in `catalog`. */
export function closestArticles(engine: Pick<Engine, 'search'>, catalog: ArticleCatalog, limit = 3): ClosestArticles {
  return (text) => {
    const seen = new Map<string, string>();
    for (const hit of engine.search(text, SECTIONS_SEARCHED)) {
      if (!seen.has(hit.article.id)) seen.set(hit.article.id, catalog.title(hit.article.id) ?? hit.article.title);
      if (seen.size >= limit) break;
    }
    return [...seen].map(([articleId, title]) => ({ articleId, title }));
  };
}
