/**
 * Per-article and per-section features the ranker adds to text relevance: the HTTP statuses a
 * section is about (from its heading and error strings), and the word pairs of each article's
 * title and question (so "IAM authorization … HTTP API" prefers the article titled with that
 * phrase over one that merely shares the words).
 */
import type { Article } from '../knowledge/model';
import { blockText } from '../knowledge/text';
import { phrasePairs } from './message-pairs';
import { tokenize, tokenizePositions } from './tokenize';

export interface ArticleFeatures {
  /** `${articleId}#${sectionId}` -> statuses named in the section's heading or errors. */
  sectionStatuses: Map<string, number[]>;
  /** articleId -> adjacent term pairs of its title and question. */
  titlePairs: Map<string, Set<string>>;
  /** articleId -> the variants it applies to, as tokenizer terms; absent when it names none or all (it applies to all). */
  variants: Map<string, Set<string>>;
  /** Every variant term some article declares. */
  variantTerms: Set<string>;
  /** Terms most articles use: they name the product and its everyday words, not a detail of an error. */
  nameTerms: Set<string>;
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
  const variants = new Map<string, Set<string>>();
  const variantTerms = new Set<string>();
  const titleTermCounts = new Map<string, number>();
  for (const article of articles) {
    if (article.variants.length > 0) {
      const terms = new Set(article.variants.flatMap((v) => tokenize(v)));
      variants.set(article.id, terms);
      for (const t of terms) variantTerms.add(t);
    }
    const used = new Set([...tokenize(`${article.displayTitle}\n${article.question}\n${article.tags.join(' ')}`)]);
    for (const section of article.sections) for (const t of tokenize(`${section.heading}\n${section.errors.join('\n')}\n${section.blocks.map(blockText).join('\n')}`)) used.add(t);
    for (const t of used) titleTermCounts.set(t, (titleTermCounts.get(t) ?? 0) + 1);
    const classes = [...article.title.matchAll(/\b([1-5])xx\b/gi)].map((m) => m[1]);
    titleStatuses.set(article.id, { codes: statusesIn(article.title), classes });
    const pairs = new Set<string>();
    for (const text of [article.displayTitle, article.question]) for (const [first, second] of phrasePairs(tokenizePositions(text))) pairs.add(`${first} ${second}`);
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
  const nameTerms = new Set<string>();
  for (const [term, n] of titleTermCounts) if (n * 2 > articles.length) nameTerms.add(term);
  // An article that declares every variant applies to all, like one that declares none.
  for (const [id, terms] of variants) if (terms.size === variantTerms.size) variants.delete(id);
  return { sectionStatuses, titlePairs, titleStatuses, articleStatuses, variants, variantTerms, nameTerms };
}
