/**
 * Ranking: every section that shares terms or an error string with the message gets its signals
 * (text relevance, how much of the message it explains, error-string match, status, cause…), the
 * fitted relevance model turns them into log-odds, and articles rank by their best section.
 */
import type { ErrorSignature } from '../signature';
import { isDistinctive } from './background';
import { matchErrors } from './error-index';
import { messagePairs } from './message-pairs';
import { chooseQueryTerms, type QueryTerms } from './query-terms';
import { logit, sigmoid, toArray, type FeatureVector, type RelevanceModel } from './relevance-model';
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
  /** The query terms it matched, heaviest first (for "Matched:" and follow-ups). */
  matchedTerms: string[];
  /** Weight of the matched query terms that are distinctive (rare in software writing in general). */
  distinctive: number;
  /** How many distinctive query terms it matches. */
  distinctTerms: number;
  /** Share (0..1) of the innermost cause's weight this section matches; 0 without a chain. */
  cause: number;
  /** The model's inputs, by name and as numbers in FEATURES order. */
  features: FeatureVector;
  vector: readonly number[];
  /** Log-odds that the section's article fixes the message. */
  score: number;
  /** The same as a probability. */
  probability: number;
}

/** One article's standing: its best section and that section's signals. */
export interface RankedArticle {
  articleId: string;
  /** Its best section's log-odds. */
  score: number;
  probability: number;
  best: RankedSection;
  sections: RankedSection[];
  /** The article is about one of the message's HTTP statuses (its title or a section names it). */
  namesStatus: boolean;
}

export interface Ranking {
  query: QueryTerms;
  sections: RankedSection[];
  articles: RankedArticle[];
  /** Articles about one of the message's HTTP statuses. */
  statusArticles: ReadonlySet<string>;
}

const MAX_SECTIONS = 60;
/** About three distinctive words' worth of idf: a message must carry some weight before any share of it means much. */
const MIN_MESSAGE_WEIGHT = 9;
const MAX_TITLE_PAIRS = 3;
const DISTINCT_TERMS_SCALE = 4;

/** Options of one ranking. */
export interface RankOptions {
  /** Restricts the ranking to some articles. */
  filter?: (articleId: string) => boolean;
}

// An article titled for another status ("… 500 errors …") is a worse fit for a message that names a 502,
// and for a call that failed below HTTP (a TLS handshake or certificate error: no status came back at all).
function otherStatus(index: SectionIndex, articleId: string, statuses: Set<number>, transportFailure: boolean): number {
  if (statuses.size === 0 && !transportFailure) return 0;
  const title = index.features.titleStatuses.get(articleId);
  if (!title || (title.codes.length === 0 && title.classes.length === 0)) return 0;
  if (statuses.size === 0) return 1;
  for (const code of statuses) {
    if (title.codes.includes(code) || title.classes.includes(String(code)[0])) return 0;
  }
  return 1;
}

// The one variant a message names ("our REST API", "HTTP APIs"): a variant term followed by a word
// it stands before in some title, question or error string of the knowledge base, or a variant term
// rare in software writing in general ("websocket"), which names it alone. Null unless exactly one.
function variantNamed(index: SectionIndex, pairs: Set<string>, sequence: readonly string[]): string | null {
  let named: string | null = null;
  const name = (term: string): boolean => {
    if (!index.features.variantTerms.has(term) || term === named) return true;
    if (named) return false;
    named = term;
    return true;
  };
  for (const pair of pairs) if (!name(pair.slice(0, pair.indexOf(' ')))) return null;
  for (const term of sequence) if (index.features.variantTerms.has(term) && isDistinctive(term) && !name(term)) return null;
  return named;
}

function namesStatus(index: SectionIndex, articleId: string, statuses: Set<number>): boolean {
  const title = index.features.titleStatuses.get(articleId);
  if (title) for (const code of statuses) if (title.codes.includes(code)) return true;
  const named = index.features.articleStatuses.get(articleId);
  if (named) for (const code of statuses) if (named.has(code)) return true;
  return false;
}

const NO_FEATURES: FeatureVector = { text: 0, coverage: 0, rareCoverage: 0, error: 0, cause: 0, status: 0, otherStatus: 0, otherVariant: 0, variant: 0, titlePairs: 0, otherError: 0, distinctTerms: 0, unknown: 0, isError: 0 };
const NO_VECTOR: readonly number[] = [];

// A section being ranked, with the distinctive weight it matched (dropped once its features are set).
interface Candidate extends RankedSection {
  rare: number;
}

// How many members two sets share, up to `cap`: walks the smaller one.
function sharedCount(a: ReadonlySet<string> | undefined, b: ReadonlySet<string>, cap: number): number {
  if (a === undefined) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const item of small) if (large.has(item) && ++n === cap) break;
  return n;
}

interface TermFacts {
  weight: number;
  rare: number;
  distinctive: boolean;
  cause: boolean;
}

// What each chosen term adds to a section that matches it, looked up once per message rather than once per section.
function termFacts(query: QueryTerms): Map<string, TermFacts> {
  const facts = new Map<string, TermFacts>();
  for (const term of query.terms) {
    facts.set(term, { weight: query.weights.get(term) ?? 0, rare: query.rareWeights.get(term) ?? 0, distinctive: query.distinctive.has(term), cause: query.causeTerms.has(term) });
  }
  return facts;
}

function emptySection(articleId: string, sectionId: string): Candidate {
  return {
    articleId, sectionId, text: 0, coverage: 0, error: 0, matchedError: null, matchedTerms: [], distinctive: 0, distinctTerms: 0, cause: 0,
    features: NO_FEATURES, vector: NO_VECTOR, score: 0, probability: 0, rare: 0,
  };
}

function scored(s: RankedSection, score: number): RankedSection {
  return {
    articleId: s.articleId, sectionId: s.sectionId, text: s.text, coverage: s.coverage, error: s.error, matchedError: s.matchedError,
    matchedTerms: s.matchedTerms, distinctive: s.distinctive, distinctTerms: s.distinctTerms, cause: s.cause, features: s.features, vector: s.vector,
    score, probability: sigmoid(score),
  };
}

/** Ranks every section and article of `index` for `signature` with `model`; `filter` restricts to some articles. */
export function rank(index: SectionIndex, signature: ErrorSignature, model: RelevanceModel, options: RankOptions = {}): Ranking {
  const { filter } = options;
  const query = chooseQueryTerms(signature, index.vocabulary, index.features.nameTerms);
  const byKey = new Map<string, Candidate>();
  const totalWeight = Math.max(query.knownWeight + query.unknownWeight, MIN_MESSAGE_WEIGHT);
  const rareTotal = Math.max(query.rareTotal, MIN_MESSAGE_WEIGHT / 2);

  if (query.terms.length > 0) {
    const results = index.termScores.search(query.terms, (term) => query.boosts.get(term) ?? 1, filter, MAX_SECTIONS);
    const perTerm = termFacts(query);
    const top = results.length > 0 ? results[0].score : 1;
    for (const result of results) {
      let matched = 0;
      let rare = 0;
      let distinctive = 0;
      let distinctTerms = 0;
      let cause = 0;
      for (const term of result.queryTerms) {
        const t = perTerm.get(term);
        if (t === undefined) continue;
        matched += t.weight;
        rare += t.rare;
        if (t.distinctive) {
          distinctive += t.weight;
          distinctTerms++;
        }
        if (t.cause) cause += t.weight;
      }
      const section = emptySection(result.articleId, result.sectionId);
      section.rare = rare;
      section.text = result.score / top;
      section.coverage = matched / totalWeight;
      section.matchedTerms = result.queryTerms; // in query order: heaviest first
      section.distinctive = distinctive;
      section.distinctTerms = distinctTerms;
      section.cause = query.causeWeight > 0 ? cause / query.causeWeight : 0;
      byKey.set(result.id, section);
    }
  }
  const pairs = messagePairs(index.pairs, query.sequence);
  for (const match of matchErrors(index.errors, query.present, pairs)) {
    if (filter && !filter(match.articleId)) continue;
    const key = `${match.articleId}#${match.sectionId}`;
    const section = byKey.get(key) ?? emptySection(match.articleId, match.sectionId);
    if (match.score > section.error) {
      section.error = match.score;
      section.matchedError = match.error;
    }
    byKey.set(key, section);
  }

  const statuses = new Set(signature.statuses);
  const named = variantNamed(index, pairs, query.sequence);
  const unknown = query.unknownWeight / totalWeight;
  const titleShare = new Map<string, number>();
  const sections: RankedSection[] = [];
  for (const [key, s] of byKey) {
    let share = titleShare.get(s.articleId);
    if (share === undefined) {
      share = sharedCount(index.features.titlePairs.get(s.articleId), pairs, MAX_TITLE_PAIRS) / MAX_TITLE_PAIRS;
      titleShare.set(s.articleId, share);
    }
    const sectionStatuses = statuses.size > 0 ? index.features.sectionStatuses.get(key) : undefined;
    const variants = named ? index.features.variants.get(s.articleId) : undefined;
    s.features = {
      text: s.text,
      coverage: Math.min(1, s.coverage),
      rareCoverage: Math.min(1, s.rare / rareTotal),
      error: s.error,
      cause: s.cause,
      status: sectionStatuses !== undefined && sectionStatuses.some((code) => statuses.has(code)) ? 1 : 0,
      otherStatus: otherStatus(index, s.articleId, statuses, signature.transportFailure),
      otherVariant: named !== null && variants !== undefined && !variants.has(named) ? 1 : 0,
      variant: named !== null && variants !== undefined && variants.has(named) ? 1 : 0,
      titlePairs: share,
      otherError: signature.isError && s.error === 0 && index.errors.sectionsWithErrors.has(key) ? 1 : 0,
      distinctTerms: Math.min(1, s.distinctTerms / DISTINCT_TERMS_SCALE),
      unknown: Math.min(1, unknown),
      isError: signature.isError ? 1 : 0,
    };
    s.vector = toArray(s.features);
    // Scored in place: these candidates are this call's own (applyModel copies, for rescoring a kept ranking).
    s.score = logit(model, s.vector);
    s.probability = sigmoid(s.score);
    sections.push(s);
  }
  const statusArticles = new Set<string>();
  if (statuses.size > 0) for (const s of sections) if (!statusArticles.has(s.articleId) && namesStatus(index, s.articleId, statuses)) statusArticles.add(s.articleId);
  return ranked({ query, sections, articles: [], statusArticles }, sections);
}

/** Scores a ranking's sections with `model` and ranks its articles by their best section (the signals do not depend on the model). */
export function applyModel(ranking: Ranking, model: RelevanceModel): Ranking {
  return ranked(ranking, ranking.sections.map((s) => scored(s, logit(model, s.vector))));
}

// Sorts scored sections and groups them by article, best first.
function ranked(ranking: Ranking, sections: RankedSection[]): Ranking {
  sections.sort((a, b) => b.score - a.score);
  const articles = new Map<string, RankedArticle>();
  for (const s of sections) {
    const entry = articles.get(s.articleId);
    if (entry) entry.sections.push(s);
    else articles.set(s.articleId, { articleId: s.articleId, score: s.score, probability: s.probability, best: s, sections: [s], namesStatus: ranking.statusArticles.has(s.articleId) });
  }
  return { ...ranking, sections, articles: [...articles.values()] };
}
