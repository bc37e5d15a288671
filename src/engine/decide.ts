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
  | { kind: 'none'; reason: 'empty' | 'weak' | 'other-product' | 'unknown-error'; closest: RankedArticle[] };

/** The thresholds, in one place. */
export const DECISION_THRESHOLDS = {
  /** Below this best-section score nothing fits. */
  minScore: 0.42,
  /** …and below this share of the message explained, nothing fits either (unless an error string matched). */
  minCoverage: 0.28,
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
} as const;

/** Confidence band of an answer from its signals. */
export function confidenceOf(score: number, margin: number, error: number): Confidence {
  if (error >= DECISION_THRESHOLDS.strongError || (score >= 0.75 && margin <= 0.75)) return 'high';
  if (score >= 0.55 && margin <= 0.9) return 'medium';
  return 'low';
}

/** Decides what to reply for a ranking. */
export function decide(ranking: Ranking, scope: ScopeCheck, isError: boolean): Decision {
  const t = DECISION_THRESHOLDS;
  const [top, second] = ranking.articles;
  if (!top) return { kind: 'none', reason: 'empty', closest: [] };
  const closest = ranking.articles.filter((a) => a.score >= t.closestScore).slice(0, 3);
  const best = top.best;
  const q = ranking.query;

  if (scope.foreign && !scope.anchored) return { kind: 'none', reason: 'other-product', closest: [] };
  if (q.unknownSignatureTerms.length > 0 && q.knownSignatureTerms.length === 0 && !scope.anchored && best.error < t.strongError) {
    return { kind: 'none', reason: 'unknown-error', closest: [] };
  }
  if (best.error < t.strongError && (best.score < t.minScore || best.coverage < t.minCoverage)) {
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
