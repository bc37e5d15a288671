/**
 * The decision on one calibrated number, as Rasa's fallback does: the probability, from the fitted
 * relevance model, that the best article fixes the message. Below the fitted answer threshold:
 * none. Several articles nearly as likely as the best: ask which (clarify). A message that names
 * only an HTTP status: every article about that status fits as well as any, so ask which. The
 * numbers come from `kb tune` (fitted-numbers.json), not from hand.
 */
import type { Confidence } from '../reply/model';
import type { RankedArticle, RankedSection, Ranking } from '../search';
import { answerConfidence, type ConfidenceModel } from './answer-confidence';
import { troubleshootingProbability, type GateModel } from './chat-gate';
import { answerSection } from './answer-section';

export type Decision =
  | { kind: 'answer'; top: RankedArticle; section: RankedSection; confidence: Confidence }
  | { kind: 'clarify'; candidates: RankedArticle[] }
  | { kind: 'none'; reason: 'empty' | 'weak' | 'other-content' | 'chat'; closest: RankedArticle[] };

/** The fitted decision numbers (see fitted-numbers.json and docs/matching.md). */
export interface DecisionThresholds {
  /** The answer-confidence model (answer-confidence.ts). */
  confidence: ConfidenceModel;
  /** Answer when the best article's answer confidence is at least this. */
  answer: number;
  /** Ask which when other credible articles are within this many log-odds of the best one. */
  clarifyMargin: number;
  /** A message whose content beyond its HTTP status weighs less than this (idf × background rarity) names only the status. */
  bareDetail: number;
  /** An error-string match at least this complete (0..1) answers whatever else the message says; above 1: never on its own. */
  strongError: number;
  /** Tells everyday chat from troubleshooting messages (chat-gate.ts). */
  gate: GateModel;
}

/** Most candidates offered when asking which. */
export const MAX_CANDIDATES_ASKED = 5;
/** Articles shown as "closest" on a none reply must be at least this share of the answer threshold. */
const CLOSEST_SHARE = 0.5;
/** A none reply says "another tool's error" when most of the message is content the knowledge base never uses. */
const OTHER_CONTENT_SHARE = 0.5;

/** Confidence band of an answer: how it is worded, from its probability. */
export function confidenceOf(probability: number): Confidence {
  if (probability >= 0.8) return 'high';
  if (probability >= 0.5) return 'medium';
  return 'low';
}

/**
 * The articles credible enough to offer as an answer, best first: each judged as a first answer
 * would be with the ones before it set aside (what "not it" offers next).
 */
export function credibleArticles(ranking: Ranking, t: DecisionThresholds): RankedArticle[] {
  const out: RankedArticle[] = [];
  for (let i = 0; i < ranking.articles.length && answerConfidence(t.confidence, ranking, i) >= t.answer; i++) out.push(ranking.articles[i]);
  return out;
}

/** Decides what to reply for a ranking. */
export function decide(ranking: Ranking, signal: { isError: boolean }, t: DecisionThresholds): Decision {
  const [top] = ranking.articles;
  if (!top) return { kind: 'none', reason: 'empty', closest: [] };
  const q = ranking.query;
  const confidence = answerConfidence(t.confidence, ranking, 0);
  const closest = ranking.articles.filter((a, i) => i < 3 && answerConfidence(t.confidence, ranking, i) >= t.answer * CLOSEST_SHARE);

  // Only a status ("403 Forbidden", "our API returns HTTP 500"): next to no content beyond the status
  // and the words most articles use, and no error string matched.
  const bare = signal.isError && top.best.error === 0 && q.detailWeight + q.unknownWeight < t.bareDetail;
  if (bare) {
    const about = ranking.articles.filter((a) => a.namesStatus).slice(0, MAX_CANDIDATES_ASKED);
    if (about.length > 1) return { kind: 'clarify', candidates: about };
  }
  // An error string of the top article found (nearly) whole in the message identifies the error, however
  // much log around it the message also carries, in whichever of its sections it is.
  const section = answerSection(top, t.strongError);
  const identified = section.error >= t.strongError;
  if (!identified && troubleshootingProbability(t.gate, ranking) < t.gate.threshold) return { kind: 'none', reason: 'chat', closest };
  if (confidence < t.answer && !identified) {
    const reason = top.best.features.unknown >= OTHER_CONTENT_SHARE ? 'other-content' : 'weak';
    return { kind: 'none', reason, closest };
  }
  const close = ranking.articles.filter((a) => a.score >= top.score - t.clarifyMargin).slice(0, MAX_CANDIDATES_ASKED);
  if (close.length > 1) return { kind: 'clarify', candidates: close };
  return { kind: 'answer', top, section, confidence: confidenceOf(confidence) };
}
