/**
 * The committed fitted model: relevance weights and decision thresholds from `kb tune`
 * (src/tune/), the same for every knowledge base. docs/matching.md says how they are fitted.
 */
import { z } from 'zod';
import { FEATURES, type FeatureVector, type RelevanceModel } from '../search';
import { CONFIDENCE_FEATURES, type ConfidenceFeature } from './answer-confidence';
import type { DecisionThresholds } from './decide';
import fitted from './fitted-numbers.json';

/** What `kb tune` writes and the engine reads. */
export interface FittedModel {
  relevance: RelevanceModel;
  decision: DecisionThresholds;
  /** How the numbers were obtained: data sets, folds, cross-validated figures. */
  provenance: Record<string, unknown>;
}

const weightsSchema = z.object(Object.fromEntries(FEATURES.map((f) => [f, z.number()])) as Record<keyof FeatureVector, z.ZodNumber>);

const fittedSchema = z.object({
  relevance: z.object({ bias: z.number(), weights: weightsSchema }),
  decision: z.object({
    confidence: z.object({ bias: z.number(), weights: z.object(Object.fromEntries(CONFIDENCE_FEATURES.map((f) => [f, z.number()])) as Record<ConfidenceFeature, z.ZodNumber>) }),
    answer: z.number().min(0).max(1),
    clarifyMargin: z.number().min(0),
    bareDetail: z.number().min(0),
    strongError: z.number().min(0),
  }),
  provenance: z.record(z.string(), z.unknown()).default({}),
});

/** Validates a fitted model (a file written by `kb tune`); throws with the field at fault. */
export function parseFittedModel(data: unknown): FittedModel {
  const parsed = fittedSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`fitted model: ${issue.path.join('.') || 'file'}: ${issue.message}`);
  }
  return parsed.data as FittedModel;
}

/** The model shipped with the engine. */
export const FITTED_MODEL: FittedModel = parseFittedModel(fitted);
