/** Resolves related-link lines to articles of the knowledge base by question or title. */
import type { Article, RelatedLink } from './model';

/** Comparison key: case-insensitive, "Amazon" ignored, spacing and end punctuation normalised. */
function linkKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\bamazon\s+/g, '')
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/[\s?.!]+$/, '')
    .trim();
}

/** Related links for one article: each line, with `articleId` when it names another article. */
export function resolveRelated(lines: readonly string[], self: string, articles: readonly Pick<Article, 'id' | 'title' | 'displayTitle' | 'question'>[]): RelatedLink[] {
  const index = new Map<string, string>();
  for (const article of articles) {
    if (article.id === self) continue;
    for (const text of [article.question, article.title, article.displayTitle]) {
      const key = linkKey(text);
      if (!index.has(key)) index.set(key, article.id);
    }
  }
  return lines.map((title) => {
    const articleId = index.get(linkKey(title));
    return articleId ? { title, articleId } : { title };
  });
}
