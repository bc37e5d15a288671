/**
 * The relevance model: how a section's signals for a message combine into the log-odds that its
 * article fixes the message, against the other candidates and against "none" (log-odds 0). A
 * linear model whose weights are fitted as a choice model on labelled messages from knowledge
 * bases in different domains (`kb tune`, src/tune/), never set by hand. Every feature
 * is a share or a 0/1 fact, so it means the same in any knowledge base whatever its size.
 */

/** The features, in the order of a model's weights. */
export const FEATURES = [
  /** BM25 relative to the best section for this message (0..1). */
  'text',
  /** Share of the message's known-term weight (idf) the section matches. */
  'coverage',
  /** Share of the message's distinctive content (idf × background rarity, unknown words included) it matches. */
  'rareCoverage',
  /** How completely one of the section's error strings occurs in the message (0..1). */
  'error',
  /** Share of the innermost cause of an exception chain it matches (0 without a chain). */
  'cause',
  /** The section names an HTTP status the message names. */
  'status',
  /** The article's title names a status class other than the message's (or the call got no status). */
  'otherStatus',
  /** The message names one variant of the product and the article declares others only. */
  'otherVariant',
  /** The message names one variant of the product and the article declares it among a few, not all. */
  'variant',
  /** Share of the article title's word pairs the message contains (at most 3 counted). */
  'titlePairs',
  /** The section lists error strings, the message is an error, and none of them matched. */
  'otherError',
  /** Distinctive terms matched, over 4 (capped at 1): one shared word is a coincidence, several a topic. */
  'distinctTerms',
  /** Share of the message's weight made of content words the knowledge base never uses. */
  'unknown',
  /** The message reads as an error (not a question in words). */
  'isError',
] as const;

export type Feature = (typeof FEATURES)[number];
export type FeatureVector = Record<Feature, number>;

/** A fitted linear model over FEATURES (log-odds). */
export interface RelevanceModel {
  bias: number;
  weights: FeatureVector;
}

// The weights in FEATURES order, computed once per model: scoring runs for every section of every message.
const weightArrays = new WeakMap<RelevanceModel, Float64Array>();

function weightArray(model: RelevanceModel): Float64Array {
  let w = weightArrays.get(model);
  if (!w) {
    w = Float64Array.from(FEATURES.map((f) => model.weights[f]));
    weightArrays.set(model, w);
  }
  return w;
}

/** A feature vector as numbers in FEATURES order. */
export function toArray(x: FeatureVector): number[] {
  // Written out: this runs for every candidate section of every message (a test pins it to FEATURES).
  return [x.text, x.coverage, x.rareCoverage, x.error, x.cause, x.status, x.otherStatus, x.otherVariant, x.variant, x.titlePairs, x.otherError, x.distinctTerms, x.unknown, x.isError];
}

/** The model's log-odds for one feature vector (as toArray gives it). */
export function logit(model: RelevanceModel, x: readonly number[]): number {
  const w = weightArray(model);
  let z = model.bias;
  for (let i = 0; i < w.length; i++) z += w[i] * x[i];
  return z;
}

/** The logistic function. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
