/**
 * Ranking: sections by text relevance (MiniSearch BM25 with field boosts), by how much of the
 * message they explain (coverage), and by error-string match; then articles by their best section.
 */
import type { ErrorSignature } from '../signature';
import { matchErrors } from './error-index';
import { messagePairs } from './message-pairs';
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
  /** Weight of the matched query terms that are distinctive (not background vocabulary). */
  distinctive: number;
  /** How many distinctive query terms it matches: one shared word is a coincidence, two are a topic. */
  distinctTerms: number;
  /** Share (0..1) of the innermost cause's weight this section matches; 0 without a chain. */
  cause: number;
  score: number;
}

/** One article's standing: its best section and that section's signals. */
export interface RankedArticle {
  articleId: string;
  score: number;
  best: RankedSection;
  sections: RankedSection[];
  /** The article is about one of the message's HTTP statuses (its title or a section names it). */
  namesStatus: boolean;
}

export interface Ranking {
  query: QueryTerms;
  sections: RankedSection[];
  articles: RankedArticle[];
}

/** How the three signals mix into a section score. */
export const SCORE_WEIGHTS = { text: 0.45, coverage: 0.35, error: 0.6, status: 0.2, titlePair: 0.04, maxTitlePairs: 3, otherStatus: 0.15, otherErrorText: 0.6, otherApiType: 0.1, cause: 0.15 } as const;
const MAX_SECTIONS = 60;
// An error match at least this complete identifies the error whatever else the message says.
const STRONG_ERROR = 0.7;
/** About three distinctive words' worth of idf. */
const MIN_MESSAGE_WEIGHT = 9;

/** Options of one ranking. */
export interface RankOptions {
  /** Restricts the ranking to some articles. */
  filter?: (articleId: string) => boolean;
  /** Terms naming the product itself ("api", "gateway", "execute-api"): not a detail of the error. */
  productTerms?: ReadonlySet<string>;
}

// An article titled for another status ("… 500 errors …") is a worse fit for a message that names a 502,
// and for a call that failed below HTTP (a TLS handshake or certificate error: no status came back at all).
function statusConflict(index: SectionIndex, articleId: string, statuses: Set<number>, transportFailure: boolean): number {
  if (statuses.size === 0 && !transportFailure) return 0;
  const title = index.features.titleStatuses.get(articleId);
  if (!title || (title.codes.length === 0 && title.classes.length === 0)) return 0;
  if (statuses.size === 0) return SCORE_WEIGHTS.otherStatus;
  for (const code of statuses) {
    if (title.codes.includes(code) || title.classes.includes(String(code)[0])) return 0;
  }
  return SCORE_WEIGHTS.otherStatus;
}

// The one API type a message names ("our REST API", "HTTP APIs", "websocket api"), if exactly one.
function apiTypeNamed(pairs: Set<string>): string | null {
  let named: string | null = null;
  for (const type of ['rest', 'http', 'websocket']) {
    if (pairs.has(`${type} api`)) {
      if (named) return null;
      named = type;
    }
  }
  return named;
}

function namesStatus(index: SectionIndex, articleId: string, statuses: Set<number>): boolean {
  const title = index.features.titleStatuses.get(articleId);
  if (title) for (const code of statuses) if (title.codes.includes(code)) return true;
  const named = index.features.articleStatuses.get(articleId);
  if (named) for (const code of statuses) if (named.has(code)) return true;
  return false;
}

/** Ranks every section and article of `index` for `signature`; `filter` restricts to some articles. */
export function rank(index: SectionIndex, signature: ErrorSignature, options: RankOptions = {}): Ranking {
  const { filter, productTerms } = options;
  const query = chooseQueryTerms(signature, index.vocabulary, productTerms);
  const byKey = new Map<string, RankedSection>();
  // A message must carry some weight before any share of it means much ("thanks, fixed it" carries almost none).
  const totalWeight = Math.max(query.knownWeight + query.unknownWeight, MIN_MESSAGE_WEIGHT);

  if (query.terms.length > 0) {
    const results = index.termScores.search(query.terms, (term) => query.boosts.get(term) ?? 1, filter, MAX_SECTIONS);
    const top = results.length > 0 ? results[0].score : 1;
    for (let r = 0; r < results.length && r < MAX_SECTIONS; r++) {
      const result = results[r];
      let matched = 0;
      let distinctive = 0;
      let distinctTerms = 0;
      let cause = 0;
      for (const term of result.queryTerms) {
        const w = query.weights.get(term) ?? 0;
        matched += w;
        if (query.distinctive.has(term)) {
          distinctive += w;
          distinctTerms++;
        }
        if (query.causeTerms.has(term)) cause += w;
      }
      const section: RankedSection = {
        articleId: result.articleId,
        sectionId: result.sectionId,
        text: result.score / top,
        coverage: totalWeight > 0 ? matched / totalWeight : 0,
        error: 0,
        matchedError: null,
        status: 0,
        distinctive,
        distinctTerms,
        cause: query.causeWeight > 0 ? cause / query.causeWeight : 0,
        score: 0,
      };
      byKey.set(result.id, section);
    }
  }
  const pairs = messagePairs(index.pairs, query.sequence);
  for (const match of matchErrors(index.errors, query.present, pairs)) {
    if (filter && !filter(match.articleId)) continue;
    const key = `${match.articleId}#${match.sectionId}`;
    const section = byKey.get(key) ?? { articleId: match.articleId, sectionId: match.sectionId, text: 0, coverage: 0, error: 0, matchedError: null, status: 0, distinctive: 0, distinctTerms: 0, cause: 0, score: 0 };
    if (match.score > section.error) {
      section.error = match.score;
      section.matchedError = match.error;
    }
    byKey.set(key, section);
  }

  const sections: RankedSection[] = [];
  const statuses = new Set(signature.statuses);
  const pairBonus = new Map<string, number>();
  const namedApiType = apiTypeNamed(pairs);
  let maxText = 0;
  for (const [key, s] of byKey) {
    sections.push(s);
    let bonus = pairBonus.get(s.articleId);
    if (bonus === undefined) {
      let hits = 0;
      for (const pair of index.features.titlePairs.get(s.articleId) ?? []) if (pairs.has(pair)) hits++;
      bonus = SCORE_WEIGHTS.titlePair * Math.min(hits, SCORE_WEIGHTS.maxTitlePairs);
      pairBonus.set(s.articleId, bonus);
    }
    // A section about exactly the status the message names ("502 error: bad gateway") beats one that only shares words.
    const named = statuses.size > 0 ? index.features.sectionStatuses.get(key) : undefined;
    const statusHit = named !== undefined && named.some((code) => statuses.has(code)) ? SCORE_WEIGHTS.status : 0;
    s.status = statusHit;
    // A section written for specific error strings speaks for those errors: when the message is a
    // different error (no error match), the words it shares with them are incidental.
    if (signature.isError && s.error === 0 && index.errors.sectionsWithErrors.has(key)) s.text *= SCORE_WEIGHTS.otherErrorText;
    let conflict = statusConflict(index, s.articleId, statuses, signature.transportFailure);
    // An article for other API types ("… for HTTP APIs") fits a message about a REST API worse.
    if (namedApiType) {
      const types = index.features.apiTypes.get(s.articleId);
      if (types && !types.has(namedApiType)) conflict += SCORE_WEIGHTS.otherApiType;
    }
    // A partial match with an error an article titled for a status logs is no match for a call that got no status.
    const error = conflict > 0 && statuses.size === 0 && s.error < STRONG_ERROR ? s.error * SCORE_WEIGHTS.otherErrorText : s.error;
    s.score = SCORE_WEIGHTS.coverage * s.coverage + SCORE_WEIGHTS.error * error + SCORE_WEIGHTS.cause * s.cause + statusHit + bonus - conflict;
    if (s.text > maxText) maxText = s.text;
  }
  // Text relevance is relative to the best section still in the running once the discounts above applied.
  if (maxText > 0) for (const s of sections) {
    s.text /= maxText;
    s.score += SCORE_WEIGHTS.text * s.text;
  }
  sections.sort((a, b) => b.score - a.score);

  const articles = new Map<string, RankedArticle>();
  for (const s of sections) {
    const entry = articles.get(s.articleId);
    if (entry) {
      entry.sections.push(s);
      // Evidence pools within an article: a sibling section about the named status still speaks for it.
      if (s.status > entry.best.status && entry.score === entry.best.score) entry.score += s.status - entry.best.status;
    } else articles.set(s.articleId, { articleId: s.articleId, score: s.score, best: s, sections: [s], namesStatus: statuses.size > 0 && namesStatus(index, s.articleId, statuses) });
  }
  return { query, sections, articles: [...articles.values()].sort((a, b) => b.score - a.score) };
}
