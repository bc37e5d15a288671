/**
 * Ranking: sections by text relevance (MiniSearch BM25 with field boosts), by how much of the
 * message they explain (coverage), and by error-string match; then articles by their best section.
 */
import type { ErrorSignature } from '../signature';
import { matchErrors } from './error-index';
import { QUERY_OPTIONS } from './options';
import { chooseQueryTerms, type QueryTerms } from './query-terms';
import type { SectionIndex } from './section-index';

/** One section's standing for a message. */
export interface RankedSection {
  articleId: string;
  sectionId: string;
  /** BM25 relative to the best section (0..1). */
  text: number;
  /** Share of the message's known-term weight this section matches (0..1). */
  coverage: number;
  /** Error-string match (0..1), and the error that matched. */
  error: number;
  matchedError: string | null;
  /** Bonus for naming the message's HTTP status in its heading or errors. */
  status: number;
  score: number;
}

/** One article's standing: its best section and that section's signals. */
export interface RankedArticle {
  articleId: string;
  score: number;
  best: RankedSection;
  sections: RankedSection[];
}

export interface Ranking {
  query: QueryTerms;
  sections: RankedSection[];
  articles: RankedArticle[];
}

/** How the three signals mix into a section score. */
export const SCORE_WEIGHTS = { text: 0.45, coverage: 0.35, error: 0.6, status: 0.2, titlePair: 0.04, maxTitlePairs: 3, otherStatus: 0.15, otherErrorText: 0.6 } as const;
const MAX_SECTIONS = 60;
/** About three distinctive words' worth of idf. */
export const MIN_MESSAGE_WEIGHT = 9;

// An article titled for another status ("… 500 errors …") is a worse fit for a message that names a 502.
function statusConflict(index: SectionIndex, articleId: string, statuses: Set<number>): number {
  if (statuses.size === 0) return 0;
  const title = index.features.titleStatuses.get(articleId);
  if (!title || (title.codes.length === 0 && title.classes.length === 0)) return 0;
  for (const code of statuses) {
    if (title.codes.includes(code) || title.classes.includes(String(code)[0])) return 0;
  }
  return SCORE_WEIGHTS.otherStatus;
}

/** Ranks every section and article of `index` for `signature`; `filter` restricts to some articles. */
export function rank(index: SectionIndex, signature: ErrorSignature, filter?: (articleId: string) => boolean): Ranking {
  const query = chooseQueryTerms(signature, index.vocabulary);
  const byKey = new Map<string, RankedSection>();
  // A message must carry some weight before any share of it means much ("thanks, fixed it" carries almost none).
  const totalWeight = Math.max(query.knownWeight + query.unknownWeight, MIN_MESSAGE_WEIGHT);

  if (query.terms.length > 0) {
    const results = index.miniSearch.search(query.terms.join(' '), {
      ...QUERY_OPTIONS,
      boostTerm: (term: string) => query.boosts.get(term) ?? 1,
      filter: filter ? (result) => filter(String(result.articleId)) : undefined,
    });
    const top = results.length > 0 ? results[0].score : 1;
    for (const result of results.slice(0, MAX_SECTIONS)) {
      let matched = 0;
      for (const term of result.queryTerms) matched += query.weights.get(term) ?? 0;
      const section: RankedSection = {
        articleId: String(result.articleId),
        sectionId: String(result.sectionId),
        text: result.score / top,
        coverage: totalWeight > 0 ? matched / totalWeight : 0,
        error: 0,
        matchedError: null,
        status: 0,
        score: 0,
      };
      byKey.set(String(result.id), section);
    }
  }
  for (const match of matchErrors(index.errors, query.sequence)) {
    if (filter && !filter(match.articleId)) continue;
    const key = `${match.articleId}#${match.sectionId}`;
    const section = byKey.get(key) ?? { articleId: match.articleId, sectionId: match.sectionId, text: 0, coverage: 0, error: 0, matchedError: null, status: 0, score: 0 };
    if (match.score > section.error) {
      section.error = match.score;
      section.matchedError = match.error;
    }
    byKey.set(key, section);
  }

  const sections = [...byKey.values()];
  const statuses = new Set(signature.statuses);
  const pairs = new Set<string>();
  for (let i = 1; i < query.sequence.length; i++) pairs.add(`${query.sequence[i - 1]} ${query.sequence[i]}`);
  const pairBonus = new Map<string, number>();
  for (const s of sections) {
    let bonus = pairBonus.get(s.articleId);
    if (bonus === undefined) {
      let hits = 0;
      for (const pair of index.features.titlePairs.get(s.articleId) ?? []) if (pairs.has(pair)) hits++;
      bonus = SCORE_WEIGHTS.titlePair * Math.min(hits, SCORE_WEIGHTS.maxTitlePairs);
      pairBonus.set(s.articleId, bonus);
    }
    // A section about exactly the status the message names ("502 error: bad gateway") beats one that only shares words.
    const named = index.features.sectionStatuses.get(`${s.articleId}#${s.sectionId}`);
    const statusHit = named !== undefined && named.some((code) => statuses.has(code)) ? SCORE_WEIGHTS.status : 0;
    s.status = statusHit;
    // A section written for specific error strings speaks for those errors: when the message is a
    // different error (no error match), the words it shares with them are incidental.
    if (signature.isError && s.error === 0 && index.errors.sectionsWithErrors.has(`${s.articleId}#${s.sectionId}`)) s.text *= SCORE_WEIGHTS.otherErrorText;
    s.score = SCORE_WEIGHTS.text * s.text + SCORE_WEIGHTS.coverage * s.coverage + SCORE_WEIGHTS.error * s.error + statusHit + bonus - statusConflict(index, s.articleId, statuses);
  }
  sections.sort((a, b) => b.score - a.score);

  const articles = new Map<string, RankedArticle>();
  for (const s of sections) {
    const entry = articles.get(s.articleId);
    if (entry) {
      entry.sections.push(s);
      // Evidence pools within an article: a sibling section about the named status still speaks for it.
      if (s.status > entry.best.status && entry.score === entry.best.score) entry.score += s.status - entry.best.status;
    } else articles.set(s.articleId, { articleId: s.articleId, score: s.score, best: s, sections: [s] });
  }
  return { query, sections, articles: [...articles.values()].sort((a, b) => b.score - a.score) };
}
