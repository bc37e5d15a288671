/**
 * Articles that declare which variants they cover (`apiTypes` in the front matter) and a question
 * that names another one ("what about HTTP APIs?" after a WebSocket-only article): the article
 * does not apply, and the question is about the variant it lacks.
 */
import type { ApiType, Article } from '../knowledge/model';

const VARIANTS: { type: ApiType; pattern: RegExp }[] = [
  { type: 'REST', pattern: /\brest(?:ful)?\s+apis?\b/i },
  { type: 'HTTP', pattern: /\bhttp\s+apis?\b/i },
  { type: 'WebSocket', pattern: /\bweb\s?sockets?(?:\s+apis?)?\b/i },
];

/** The variants `text` names. */
export function namedVariants(text: string): ApiType[] {
  return VARIANTS.filter((v) => v.pattern.test(text)).map((v) => v.type);
}

/** A variant `text` names that `article` declares it does not cover, if any. */
export function missingVariant(article: Article, text: string): ApiType | undefined {
  if (article.apiTypes.length === 0) return undefined;
  return namedVariants(text).find((v) => !article.apiTypes.includes(v));
}

/** "WebSocket APIs", "REST and HTTP APIs". */
export function variantList(types: readonly ApiType[]): string {
  const names = [...types];
  const joined = names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${joined} APIs`;
}
