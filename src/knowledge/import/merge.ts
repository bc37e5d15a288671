/**
 * Merges article copies that share a title (the pages repeat some articles). When copies differ,
 * the fuller one is kept; either way the merged article lists every source page.
 */
import { articleMarkdown } from '../markdown-write';
import type { ImportedArticle } from './build-article';

/** What happened to one title that appeared more than once. */
export interface MergeNote {
  title: string;
  sources: string[];
  /** False when the copies' content differed; `kept` names the copy kept. */
  identical: boolean;
  kept: string;
}

function content(copy: ImportedArticle): string {
  return articleMarkdown({ ...copy.article, sources: [] }, copy.summaryBlocks);
}

/** One article per title, in first-seen order, and notes on every merge. */
export function mergeCopies(copies: readonly ImportedArticle[]): { articles: ImportedArticle[]; merges: MergeNote[] } {
  const groups = new Map<string, ImportedArticle[]>();
  for (const copy of copies) {
    const key = copy.article.title.toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), copy]);
  }
  const articles: ImportedArticle[] = [];
  const merges: MergeNote[] = [];
  for (const group of groups.values()) {
    const texts = group.map(content);
    let best = 0;
    texts.forEach((text, i) => {
      if (text.length > texts[best].length) best = i;
    });
    const sources = [...new Set(group.flatMap((copy) => copy.article.sources))].sort();
    const kept = group[best];
    articles.push({ ...kept, article: { ...kept.article, sources } });
    if (group.length > 1) {
      merges.push({ title: kept.article.title, sources, identical: texts.every((t) => t === texts[0]), kept: kept.article.sources[0] });
    }
  }
  return { articles, merges };
}
