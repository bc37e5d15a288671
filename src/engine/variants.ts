/**
 * Articles that declare which variants of the product they cover (`variants:` in the front matter:
 * API types, runtimes, platforms) and a question that names another one ("what about HTTP APIs?"
 * after a WebSocket-only article): the article does not apply, and the question is about the
 * variant it lacks. A variant counts as named when the message writes it the way the knowledge
 * base does: followed by a word it stands before in some title, question or heading ("HTTP APIs").
 */
import type { Article } from '../knowledge/model';
import { tokenize } from '../search';

/** Reads the variants a message names, for one knowledge base. */
export interface VariantReader {
  /** The declared variants `text` names. */
  named(text: string): string[];
  /** A variant `text` names that `article` does not cover, if any. */
  missing(article: Article, text: string): string | undefined;
}

/** The reader for `articles`' declared variants. */
export function variantReader(articles: readonly Article[]): VariantReader {
  const byTerm = new Map<string, string>();
  for (const article of articles) for (const variant of article.variants) {
    const [term] = tokenize(variant);
    if (term && !byTerm.has(term)) byTerm.set(term, variant);
  }
  // "variant next" pairs as the knowledge base writes them.
  const pairs = new Set<string>();
  for (const article of articles) {
    const texts = [article.displayTitle, article.question, ...article.sections.map((s) => s.heading)];
    for (const text of texts) {
      const terms = tokenize(text);
      for (let i = 0; i + 1 < terms.length; i++) if (byTerm.has(terms[i])) pairs.add(`${terms[i]} ${terms[i + 1]}`);
    }
  }
  const named = (text: string): string[] => {
    const terms = tokenize(text.slice(0, 2_000));
    const found: string[] = [];
    for (let i = 0; i + 1 < terms.length; i++) {
      const variant = byTerm.get(terms[i]);
      if (variant && pairs.has(`${terms[i]} ${terms[i + 1]}`) && !found.includes(variant)) found.push(variant);
    }
    return found;
  };
  return {
    named,
    missing(article, text) {
      if (article.variants.length === 0) return undefined;
      const covered = new Set(article.variants.map((v) => v.toLowerCase()));
      return named(text).find((v) => !covered.has(v.toLowerCase()));
    },
  };
}

/** "WebSocket", "REST and HTTP". */
export function variantList(variants: readonly string[]): string {
  const names = [...variants];
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
