/**
 * Is the message a troubleshooting message at all? Everyday chat ("can someone review my PR",
 * "deploying to production at 4pm") shares a word or two with some article by chance, and the
 * answer-confidence model, fitted on troubleshooting messages only, cannot tell such a chance
 * match from a short question. This logistic model is fitted by `kb tune` on chat (kind "chat" in
 * an eval file) against every other labelled message; its threshold turns away no labelled
 * troubleshooting message whose best-ranked article is right (src/tune/fit.ts, docs/matching.md).
 */
import type { Ranking } from '../search';

/** The inputs of the gate, all shares or 0/1 facts of the best-ranked section. */
export const GATE_FEATURES = ['isError', 'matched', 'distinctTerms', 'coverage', 'rareCoverage', 'error'] as const;
export type GateFeature = (typeof GATE_FEATURES)[number];

export interface GateModel {
  bias: number;
  weights: Record<GateFeature, number>;
  /** Below this probability of being a troubleshooting message, the engine says it has no article. */
  threshold: number;
}

/** Message terms the best section matches that count as a full match: one shared word is a coincidence, several a topic. */
const FULL_MATCH_TERMS = 4;

/** The gate's inputs for the best-ranked article of `ranking` (which must have one). */
export function gateFeatures(ranking: Pick<Ranking, 'articles'>): Record<GateFeature, number> {
  const f = ranking.articles[0].best.features;
  return {
    isError: f.isError,
    matched: Math.min(1, ranking.articles[0].best.matchedTerms.length / FULL_MATCH_TERMS),
    distinctTerms: f.distinctTerms,
    coverage: f.coverage,
    rareCoverage: f.rareCoverage,
    error: f.error,
  };
}

/** P(the message is a troubleshooting message rather than everyday chat). */
export function troubleshootingProbability(model: Pick<GateModel, 'bias' | 'weights'>, ranking: Pick<Ranking, 'articles'>): number {
  const x = gateFeatures(ranking);
  let z = model.bias;
  for (const k of GATE_FEATURES) z += model.weights[k] * x[k];
  return 1 / (1 + Math.exp(-z));
}
