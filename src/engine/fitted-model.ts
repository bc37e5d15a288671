/**
 * The committed fitted model: relevance weights and decision thresholds from `kb tune`
 * (src/tune/), the same for every knowledge base. docs/matching.md says how they are fitted.
 */
import { FEATURES, type FeatureVector, type RelevanceModel } from '../search';
import { CONFIDENCE_FEATURES, type ConfidenceFeature } from './answer-confidence';
import { GATE_FEATURES, type GateFeature } from './chat-gate';
import type { DecisionThresholds } from './decide';
import fitted from './fitted-numbers.json';

/** What `kb tune` writes and the engine reads. */
export interface FittedModel {
  relevance: RelevanceModel;
  decision: DecisionThresholds;
  /** How the numbers were obtained: data sets, folds, cross-validated figures. */
  provenance: Record<string, unknown>;
}

// A plain check rather than a schema library: this runs at every start, `kb ask` included.
function numbersOf(data: unknown, names: readonly string[], where: string): Record<string, number> {
  if (data === null || typeof data !== 'object') throw new Error(`fitted model: ${where} must be an object`);
  const record = data as Record<string, unknown>;
  const out: Record<string, number> = {};
  for (const name of names) {
    const value = record[name];
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`fitted model: ${where}.${name} must be a number`);
    out[name] = value;
  }
  return out;
}

/** Validates a fitted model (a file written by `kb tune`); throws with the field at fault. */
export function parseFittedModel(data: unknown): FittedModel {
  if (data === null || typeof data !== 'object') throw new Error('fitted model: file must hold an object');
  const file = data as Record<string, unknown>;
  const relevance = numbersOf(file.relevance, ['bias'], 'relevance');
  const weights = numbersOf((file.relevance as Record<string, unknown>).weights, FEATURES, 'relevance.weights') as FeatureVector;
  const decision = numbersOf(file.decision, ['answer', 'clarifyMargin', 'bareDetail', 'strongError'], 'decision');
  if (decision.answer < 0 || decision.answer > 1) throw new Error('fitted model: decision.answer must be between 0 and 1');
  const confidenceData = (file.decision as Record<string, unknown>).confidence;
  const confidence = numbersOf(confidenceData, ['bias'], 'decision.confidence');
  const confidenceWeights = numbersOf((confidenceData as Record<string, unknown>).weights, CONFIDENCE_FEATURES, 'decision.confidence.weights') as Record<ConfidenceFeature, number>;
  const gateData = (file.decision as Record<string, unknown>).gate;
  const gate = numbersOf(gateData, ['bias', 'threshold'], 'decision.gate');
  if (gate.threshold < 0 || gate.threshold > 1) throw new Error('fitted model: decision.gate.threshold must be between 0 and 1');
  const gateWeights = numbersOf((gateData as Record<string, unknown>).weights, GATE_FEATURES, 'decision.gate.weights') as Record<GateFeature, number>;
  return {
    relevance: { bias: relevance.bias, weights },
    decision: {
      confidence: { bias: confidence.bias, weights: confidenceWeights },
      answer: decision.answer,
      clarifyMargin: decision.clarifyMargin,
      bareDetail: decision.bareDetail,
      strongError: decision.strongError,
      gate: { bias: gate.bias, weights: gateWeights, threshold: gate.threshold },
    },
    provenance: typeof file.provenance === 'object' && file.provenance !== null ? (file.provenance as Record<string, unknown>) : {},
  };
}

/** The model shipped with the engine. */
export const FITTED_MODEL: FittedModel = parseFittedModel(fitted);
