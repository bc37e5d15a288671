/**
 * Short labels that tell clarify candidates apart ("mutual TLS", "IAM cross-account"): the
 * article's own `label` when its author wrote one, else its title without the verb, the product
 * name, filler words and the words every candidate shares.
 */
import type { Article } from '../knowledge/model';

const FILLER = new Set(
  (
    'troubleshoot resolve fix create select identify provide delete access connect map pass secure set up use ' +
    'amazon aws api gateway gatewway apis errors error issues issue for with when using from to your an a the of or in on by ' +
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

/** One label per article, distinct where the titles allow. */
export function candidateLabels(articles: Article[]): string[] {
  const wordLists = articles.map((a) => words(a.displayTitle));
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
