/** How an article is cited in replies. */
import type { Article } from '../knowledge/model';
import type { ArticleRef } from '../reply/model';

/** The reply-model reference to `article`. */
export function toArticleRef(article: Article): ArticleRef {
  const handWritten = article.sources.length === 0 || article.sources.every((s) => s === 'hand-written');
  return {
    id: article.id,
    title: article.title,
    displayTitle: article.displayTitle,
    question: article.question,
    updated: article.updated,
    source: handWritten ? 'hand-written article' : 'AWS Knowledge Center',
    apiTypes: [...article.apiTypes],
  };
}
