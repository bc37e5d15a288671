/**
 * The second stage: the calibrated probability that the article at a position of the ranking is
 * the one that fixes the message, given how it stands against the articles after it. The relevance
 * model says how well each article fits; whether to answer also depends on how far the best stands
 * out from the others and how much of the message it explains. A logistic model fitted by `kb tune`.
 */
import { MAX_QUERY_TERMS, type Ranking } from '../search';

/** The inputs of the answer-confidence model. */
export const CONFIDENCE_FEATURES = ['score', 'gap', 'error', 'unknown', 'isError', 'coverage', 'rareCoverage', 'terms', 'choice'] as const;
export type ConfidenceFeature = (typeof CONFIDENCE_FEATURES)[number];

export interface ConfidenceModel {
  bias: number;
  weights: Record<ConfidenceFeature, number>;
}

/** A lead this large (in log-odds) over the next article counts as complete. */
const MAX_GAP = 6;
const MIN_SCORE = -12;

// The relevance model is fitted as a choice among the candidates and "none" (log-odds 0): this is
// its probability that the article at `at` is the one, against the articles after it and none.
function choiceShare(articles: Ranking['articles'], at: number): number {
  const top = articles[at].score;
  let total = Math.exp(-top);
  for (let i = at; i < articles.length; i++) total += Math.exp(articles[i].score - top);
  return 1 / total;
}

/** The features of the article at `at` of `ranking` (the articles before it set aside, as after "not it"). */
export function confidenceFeatures(ranking: Pick<Ranking, 'articles' | 'query'>, at = 0): Record<ConfidenceFeature, number> {
  const articles = ranking.articles;
  const a = articles[at];
  const next = articles[at + 1];
  const f = a.best.features;
  return {
    score: Math.max(MIN_SCORE, a.score),
    gap: next ? Math.min(MAX_GAP, a.score - next.score) : MAX_GAP,
    error: f.error,
    unknown: f.unknown,
    isError: f.isError,
    coverage: f.coverage,
    rareCoverage: f.rareCoverage,
    // How much the message gave to search with: long pastes explain less of themselves.
    terms: ranking.query.terms.length / MAX_QUERY_TERMS,
    // How the best stands against all the others and "none" at once.
    choice: choiceShare(articles, at),
  };
}

/** P(the article at `at` fixes the message). */
export function answerConfidence(model: ConfidenceModel, ranking: Pick<Ranking, 'articles' | 'query'>, at = 0): number {
  const x = confidenceFeatures(ranking, at);
  let z = model.bias;
  for (const k of CONFIDENCE_FEATURES) z += model.weights[k] * x[k];
  return 1 / (1 + Math.exp(-z));
}
