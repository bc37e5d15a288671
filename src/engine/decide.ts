/**
 * The decision: answer (one article fits clearly), clarify (several fit about equally) or none
 * (nothing fits, or the message is about another product), with a confidence band. Thresholds
 * are on calibrated signals — error-string match (0..1), coverage of the message's weight
 * (0..1), the section score, and the margin between the best two articles — not on texts.
 */
import type { Confidence } from '../reply/model';
import type { RankedArticle, Ranking } from '../search';
import type { ScopeCheck } from './scope';

export type Decision =
  | { kind: 'answer'; top: RankedArticle; confidence: Confidence }
  | { kind: 'clarify'; candidates: RankedArticle[] }
  | { kind: 'none'; reason: 'empty' | 'weak' | 'generic' | 'other-product' | 'unknown-error'; closest: RankedArticle[] };

/** The thresholds, in one place. */
export const DECISION_THRESHOLDS = {
  /** Below this best-section score nothing fits. */
  minScore: 0.42,
  /** …and below this share of the message explained, nothing fits either (unless an error string matched). */
  minCoverage: 0.28,
  /** …or below this share of the innermost cause of an exception chain. */
  causeCoverage: 0.6,
  /** An error-string match this strong decides on its own. */
  strongError: 0.7,
  /** Second article within this ratio of the first (and no decisive error match): ask. */
  clarifyRatio: 0.97,
  /** A message lighter than this (sum of idf) that an article explains to thinCoverage is thin: every article explaining as much is a candidate. */
  thinWeight: 14,
  thinCoverage: 0.6,
  /** Candidates offered must be within this ratio of the best. */
  candidateRatio: 0.8,
  maxCandidates: 6,
  /** "Closest" articles on a none reply must score at least this. */
  closestScore: 0.32,
  /** A message that names nothing of the product must match the best article on at least this much distinctive weight (idf × factor). */
  minDistinctive: 3,
  /** Distinctive terms the best section must share with the message, unless an error string matched or the product is named. */
  minTopicTerms: 2,
  /** This many distinctive terms, weighing at least topicWeight, explain a chatty question whatever its coverage. */
  topicTerms: 2,
  topicWeight: 4,
  /** A message whose terms beyond its HTTP status and the product's name weigh less than this (idf) names only the status. */
  bareDetail: 3,
  /** …and, when it names nothing of the product, has at most this much unknown content (one word's worth). */
  bareUnknown: 5.5,
} as const;

/** Confidence band of an answer from its signals. */
export function confidenceOf(score: number, margin: number, error: number): Confidence {
  if (error >= DECISION_THRESHOLDS.strongError || (score >= 0.75 && margin <= 0.75)) return 'high';
  if (score >= 0.55 && margin <= 0.9) return 'medium';
  return 'low';
}

/** Decides what to reply for a ranking. */
export function decide(ranking: Ranking, scope: ScopeCheck, signal: { isError: boolean; transportFailure: boolean }): Decision {
  const { isError, transportFailure } = signal;
  const t = DECISION_THRESHOLDS;
  const [top, second] = ranking.articles;
  if (!top) return { kind: 'none', reason: 'empty', closest: [] };
  const closest = ranking.articles.filter((a) => a.score >= t.closestScore).slice(0, 3);
  const best = top.best;
  const q = ranking.query;

  if (scope.foreign && !scope.anchored) return { kind: 'none', reason: 'other-product', closest: [] };
  // An error type the KB never mentions is another product's — unless the failure is in TLS or
  // certificates (then the type is just the client library's wrapper: FetchError, SSLHandshakeException).
  if (q.unknownSignatureTerms.length > 0 && q.knownSignatureTerms.length === 0 && !scope.anchored && !transportFailure && best.error < t.strongError) {
    return { kind: 'none', reason: 'unknown-error', closest: [] };
  }
  // Only a status ("403 Forbidden from API Gateway", "our API returns HTTP 403"): every article about
  // that status fits as well as any other, whatever the word-overlap noise says. Ask which. Without a
  // product anchor, only when the message has no other content (else it is some other tool's status).
  const bare = isError && best.error < t.strongError && q.detailWeight < t.bareDetail && (scope.anchored || q.unknownWeight <= t.bareUnknown);
  if (bare) {
    const about = ranking.articles.filter((a) => a.namesStatus).slice(0, t.maxCandidates);
    if (about.length > 1) return { kind: 'clarify', candidates: about };
  }
  // Nothing places the message in this product (no anchor, no error type or string the KB knows) and
  // its overlap is background vocabulary ("access denied for user", "connection refused"): another tool's error.
  if (!scope.anchored && q.knownSignatureTerms.length === 0 && best.error < t.strongError && best.distinctive < t.minDistinctive) {
    return { kind: 'none', reason: 'generic', closest: [] };
  }
  // One shared word is a coincidence ("can someone review my PR?" meets a section that says "review").
  if (best.error < t.strongError && best.distinctTerms < t.minTopicTerms && !(scope.anchored && best.coverage >= t.minCoverage)) {
    return { kind: 'none', reason: 'weak', closest };
  }
  // A long exception chain is mostly wrappers: an article that explains its innermost cause explains the error.
  // A question wrapped in chatter ("alarm firing on prod, what should I look at first?") explains little of
  // its words, yet several distinctive terms of one section are a topic.
  const explained =
    best.coverage >= t.minCoverage || best.cause >= t.causeCoverage || (best.distinctTerms >= t.topicTerms && best.distinctive >= t.topicWeight);
  if (best.error < t.strongError && (best.score < t.minScore || !explained)) {
    return { kind: 'none', reason: 'weak', closest };
  }

  const margin = second ? second.score / top.score : 0;
  const decisiveError = best.error >= t.strongError && (!second || second.best.error < best.error - 0.1);

  // A thin message ("403 Forbidden from API Gateway") that several articles explain as fully: ask.
  // Several articles explain (nearly) all of it, so the score gap is noise.
  const thin = isError && q.knownWeight < t.thinWeight && best.coverage >= t.thinCoverage;
  if (!decisiveError && second && (margin >= t.clarifyRatio || thin)) {
    const candidates = ranking.articles
      .filter((a) => (thin ? a.best.coverage >= best.coverage * 0.9 : a.score >= top.score * t.candidateRatio))
      .slice(0, t.maxCandidates);
    if (candidates.length > 1) return { kind: 'clarify', candidates };
  }
  return { kind: 'answer', top, confidence: confidenceOf(best.score, margin, best.error) };
}
