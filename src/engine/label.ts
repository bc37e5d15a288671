/**
 * Short labels that tell clarify candidates apart ("mutual TLS", "IAM cross-account"): the
 * article's own `label` when its author wrote one, else its title without the verb, filler words,
 * the words most titles of the knowledge base share (the product's name) and the words every
 * candidate shares.
 */
import type { Article } from '../knowledge/model';

const FILLER = new Set(
  (
    'troubleshoot resolve fix create select identify provide delete access connect map pass secure set up use ' +
    'errors error issues issue for with when using from to your an a the of or in on by ' +
    'invoking invoke avoid hitting'
  ).split(/\s+/),
);
const MAX_WORDS = 5;

function ownLabel(article: Article): string | undefined {
  return article.label?.trim() || undefined;
}

function words(title: string): string[] {
  return title
    .replace(/["“”]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !FILLER.has(w.toLowerCase()));
}

/** Lower-case words in the titles of more than half of `articles`: the product's name, not a label. */
export function commonTitleWords(articles: readonly Article[]): Set<string> {
  const counts = new Map<string, number>();
  for (const article of articles) for (const w of new Set(words(article.displayTitle).map((x) => x.toLowerCase()))) counts.set(w, (counts.get(w) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n * 2 > articles.length).map(([w]) => w));
}

/** One label per article, distinct where the titles allow; `common` are words to leave out (commonTitleWords). */
export function candidateLabels(articles: Article[], common: ReadonlySet<string> = new Set()): string[] {
  const wordLists = articles.map((a) => words(a.displayTitle).filter((w) => !common.has(w.toLowerCase())));
  const shared = new Set<string>();
  if (articles.length > 1) {
    for (const w of wordLists[0]) {
      const lower = w.toLowerCase();
      if (wordLists.every((list) => list.some((x) => x.toLowerCase() === lower))) shared.add(lower);
    }
  }
  return articles.map((article, i) => {
    const own = ownLabel(article);
    if (own) return own;
    const distinct = wordLists[i].filter((w) => !shared.has(w.toLowerCase()));
    const chosen = (distinct.length > 0 ? distinct : wordLists[i]).slice(0, MAX_WORDS).join(' ');
    return chosen || article.displayTitle;
  });
}
