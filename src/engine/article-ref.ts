/** How an article is cited in replies. */
import type { Article } from '../knowledge/model';
import type { ArticleRef } from '../reply/model';

// Imported pages are named by file (000_….txt); what they are is said in knowledge/sources/README.md.
const IMPORTED_PAGE = /^\d{3}_[0-9a-f]+\.txt$/;

/** Where an article came from, in a few words: the sites its sources are on, "imported source page" for pages `kb import` read, or "hand-written article". */
export function provenance(sources: readonly string[]): string {
  const named = sources.filter((s) => s !== 'hand-written');
  if (named.length === 0) return 'hand-written article';
  const hosts = [...new Set(named.flatMap((s) => {
    try {
      return [new URL(s).hostname.replace(/^www\./, '')];
    } catch {
      return [];
    }
  }))];
  if (hosts.length > 0) return hosts.join(', ');
  return named.every((s) => IMPORTED_PAGE.test(s)) ? 'imported source page' : named.join(', ');
}

// Every reply cites its article: work out where each came from once.
const provenances = new WeakMap<Article, string>();

function provenanceOf(article: Article): string {
  let said = provenances.get(article);
  if (said === undefined) {
    said = provenance(article.sources);
    provenances.set(article, said);
  }
  return said;
}

/** The reply-model reference to `article`. */
export function toArticleRef(article: Article): ArticleRef {
  return {
    id: article.id,
    title: article.title,
    displayTitle: article.displayTitle,
    question: article.question,
    updated: article.updated,
    source: provenanceOf(article),
    variants: [...article.variants],
  };
}
