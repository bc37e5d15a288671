/**
 * Per-article and per-section features the ranker adds to text relevance: the HTTP statuses a
 * section is about (from its heading and error strings), and the word pairs of each article's
 * title and question (so "IAM authorization … HTTP API" prefers the article titled with that
 * phrase over one that merely shares the words).
 */
import type { Article } from '../knowledge/model';
import { tokenize } from './tokenize';

export interface ArticleFeatures {
  /** `${articleId}#${sectionId}` -> statuses named in the section's heading or errors. */
  sectionStatuses: Map<string, number[]>;
  /** articleId -> adjacent term pairs of its title and question. */
  titlePairs: Map<string, Set<string>>;
  /** articleId -> the API types it applies to, lower-case ("rest", "http", "websocket"); absent when it names none. */
  apiTypes: Map<string, Set<string>>;
  /** articleId -> statuses any of its section headings or error strings name. */
  articleStatuses: Map<string, Set<number>>;
  /** articleId -> statuses its title names ("500"), and status classes ("5" for 5xx). */
  titleStatuses: Map<string, { codes: number[]; classes: string[] }>;
}

function statusesIn(text: string): number[] {
  const found = new Set<number>();
  for (const m of text.matchAll(/(?<![\d.])([1-5]\d\d)(?![\d.])/g)) found.add(Number(m[1]));
  return [...found];
}

/** Computes the features of `articles`. */
export function buildArticleFeatures(articles: Article[]): ArticleFeatures {
  const sectionStatuses = new Map<string, number[]>();
  const titlePairs = new Map<string, Set<string>>();
  const titleStatuses = new Map<string, { codes: number[]; classes: string[] }>();
  const articleStatuses = new Map<string, Set<number>>();
  const apiTypes = new Map<string, Set<string>>();
  for (const article of articles) {
    if (article.apiTypes.length > 0) apiTypes.set(article.id, new Set(article.apiTypes.map((t) => t.toLowerCase())));
    const classes = [...article.title.matchAll(/\b([1-5])xx\b/gi)].map((m) => m[1]);
    titleStatuses.set(article.id, { codes: statusesIn(article.title), classes });
    const pairs = new Set<string>();
    for (const text of [article.displayTitle, article.question]) {
      const terms = tokenize(text);
      for (let i = 1; i < terms.length; i++) pairs.add(`${terms[i - 1]} ${terms[i]}`);
    }
    titlePairs.set(article.id, pairs);
    for (const section of article.sections) {
      const statuses = statusesIn(`${section.heading}\n${section.errors.join('\n')}`);
      if (statuses.length > 0) {
        sectionStatuses.set(`${article.id}#${section.id}`, statuses);
        const all = articleStatuses.get(article.id) ?? new Set<number>();
        for (const code of statuses) all.add(code);
        articleStatuses.set(article.id, all);
      }
    }
  }
  return { sectionStatuses, titlePairs, titleStatuses, articleStatuses, apiTypes };
}
