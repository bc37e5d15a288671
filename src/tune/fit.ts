/**
 * Fitting the engine's numbers on labelled sets: the relevance model's weights (a conditional
 * logit: each message a choice among its candidate articles, by their best section's signals, and
 * "none"), then the answer-confidence model and the decision thresholds (a grid search for the
 * ones that do best on the training messages, every knowledge base counting equally).
 */
import { MAX_CANDIDATES } from '../engine/context';
import { CONFIDENCE_FEATURES, confidenceFeatures, type ConfidenceModel } from '../engine/answer-confidence';
import { GATE_FEATURES, gateFeatures, troubleshootingProbability, type GateModel } from '../engine/chat-gate';
import { decide, type DecisionThresholds } from '../engine/decide';
import type { FittedModel } from '../engine/fitted-model';
import type { Outcome } from '../reply/model';
import { applyModel, FEATURES, type FeatureVector, type Ranking, type RelevanceModel } from '../search';
import { score, type EvalResult, type EvalSummary } from './eval-set';
import type { LabelledMessage, LabelledSet } from './labelled-set';
import { fitConditionalLogit, type ChoiceGroup } from './conditional-logit';
import { fitLogistic } from './logistic-regression';

/** The knobs of fitting itself (not of the engine). */
export interface FitOptions {
  /** L2 penalty on the weights. */
  lambda: number;
  /**
   * Candidate articles per message used as training rows (the right ones always are): the best few,
   * so the weights learn to tell the right article from its nearest rivals, which is what the answer turns on.
   */
  candidates: number;
  /** Rounds of "pick each article's best section with the current weights, refit". */
  rounds: number;
}

export const DEFAULT_FIT_OPTIONS: FitOptions = { lambda: 0.5, candidates: 4, rounds: 3 };

const ANSWER_GRID = Array.from({ length: 39 }, (_, i) => 0.025 * (i + 1));
const MARGIN_GRID = [0, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2];
// A status with no detail at all is always a question of which article: the grid starts above 0.
const BARE_GRID = [0.5, 1, 1.5, 2, 2.5, 3, 4];
const STRONG_ERROR_GRID = [0.6, 0.7, 0.8, 0.9, 2];
const GATE_GRID = Array.from({ length: 99 }, (_, i) => 0.01 * (i + 1));
/** A gate that turns nothing away: what a fit without chat messages gets. */
const OPEN_GATE: GateModel = { bias: 0, weights: Object.fromEntries(GATE_FEATURES.map((k) => [k, 0])) as GateModel['weights'], threshold: 0 };

/** Everyday chat (kind "chat" in an eval file): fitted on by the chat gate only. */
export function isChat(m: TrainingMessage): boolean {
  return m.message.query.kind === 'chat';
}

/** A message and the knowledge base it belongs to (its set's folder). */
export interface TrainingMessage {
  message: LabelledMessage;
  kb: string;
  set: string;
  titleOf: (articleId: string) => string;
}

/** Every message of `sets`, tagged with its knowledge base. */
export function trainingMessages(sets: readonly LabelledSet[]): TrainingMessage[] {
  return sets.flatMap((set) => {
    const titles = new Map(set.articles.map((a) => [a.id, a.title]));
    return set.messages.map((message) => ({ message, kb: set.knowledgeDir, set: set.name, titleOf: (id: string) => titles.get(id) ?? id }));
  });
}

// Each knowledge base weighs the same in a fit, however many messages it has.
function kbWeights(messages: readonly TrainingMessage[]): Map<string, number> {
  return groupWeights(messages, (m) => m.kb);
}

// Weights that make each group (by `key`) weigh the same in total, however many messages it has.
function groupWeights(messages: readonly TrainingMessage[], key: (m: TrainingMessage) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of messages) counts.set(key(m), (counts.get(key(m)) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [group, n] of counts) weights.set(group, messages.length / (counts.size * n));
  return weights;
}

/** Fits the relevance model's weights on `messages`, starting from `initial`. */
export function fitRelevance(messages: readonly TrainingMessage[], initial: RelevanceModel, options: FitOptions = DEFAULT_FIT_OPTIONS): RelevanceModel {
  const weightOf = kbWeights(messages);
  let model = initial;
  for (let round = 0; round < options.rounds; round++) {
    const groups: ChoiceGroup[] = messages.map((m) => {
      const ranked = applyModel(m.message.ranking, model).articles;
      const rows = ranked.filter((a, i) => i < options.candidates || m.message.expect.has(a.articleId));
      return {
        rows: rows.map((a) => a.best.vector),
        right: rows.flatMap((a, i) => (m.message.expect.has(a.articleId) ? [i] : [])),
        weight: weightOf.get(m.kb)!,
      };
    });
    const fit = fitConditionalLogit(groups, options.lambda);
    model = { bias: fit.bias, weights: Object.fromEntries(FEATURES.map((f, i) => [f, fit.weights[i]])) as FeatureVector };
  }
  return model;
}

/** What the engine would reply to a fresh message with `model`, as an eval result (titles best first). */
export function simulate(m: TrainingMessage, model: FittedModel): EvalResult {
  return decideAs(m, applyModel(m.message.ranking, model.relevance), model.decision);
}

// The reply for a ranking already scored by the relevance model, as `fresh()` in create-engine.ts decides it.
function decideAs(m: TrainingMessage, ranking: Ranking, thresholds: DecisionThresholds): EvalResult {
  const model = { decision: thresholds };
  const decision = decide(ranking, { isError: m.message.isError }, model.decision);
  let outcome: Outcome;
  let ids: string[];
  if (decision.kind === 'answer') {
    outcome = 'answer';
    ids = [decision.top.articleId, ...ranking.articles.slice(0, MAX_CANDIDATES).map((a) => a.articleId)];
  } else if (decision.kind === 'clarify') {
    outcome = 'clarify';
    ids = decision.candidates.map((a) => a.articleId);
  } else {
    outcome = 'none';
    ids = decision.closest.map((a) => a.articleId);
  }
  return { id: m.message.query.id, outcome, titles: [...new Set(ids.map(m.titleOf))], section: decision.kind === 'answer' ? decision.top.best.sectionId : null, ms: 0 };
}

/** Scores `messages` set by set with `model`. */
export function scoreBySet(messages: readonly TrainingMessage[], model: FittedModel): Map<string, EvalSummary> {
  const bySet = new Map<string, TrainingMessage[]>();
  for (const m of messages) bySet.set(m.set, [...(bySet.get(m.set) ?? []), m]);
  const out = new Map<string, EvalSummary>();
  for (const [set, list] of bySet) out.set(set, score(list.map((m) => m.message.query), list.map((m) => simulate(m, model))));
  return out;
}

// What a threshold pair is worth on one knowledge base's messages: right answers and right "none"s,
// less the messages it wrongly turned away (a person who gets nothing is worse off than one asked to choose).
function utility(summary: EvalSummary): number {
  return summary.top1 + summary.none_ok - 2 * summary.false_none;
}

/** Fits the answer-confidence model: is the best-ranked article one the message expects (none expected: no)? */
export function fitConfidence(messages: readonly TrainingMessage[], scored: ReadonlyMap<TrainingMessage, Ranking>, lambda: number): ConfidenceModel {
  const weightOf = kbWeights(messages);
  const x: number[][] = [];
  const y: number[] = [];
  const w: number[] = [];
  for (const m of messages) {
    const ranking = scored.get(m)!;
    const articles = ranking.articles;
    if (articles.length === 0) continue;
    const f = confidenceFeatures(ranking, 0);
    x.push(CONFIDENCE_FEATURES.map((k) => f[k]));
    y.push(m.message.expect.has(articles[0].articleId) ? 1 : 0);
    w.push(weightOf.get(m.kb)!);
  }
  const fit = fitLogistic(x, y, lambda, w);
  return { bias: fit.bias, weights: Object.fromEntries(CONFIDENCE_FEATURES.map((k, i) => [k, fit.weights[i]])) as ConfidenceModel['weights'] };
}

/**
 * Fits the decision for `relevance` on `messages`: the confidence model and the grid point of highest
 * mean utility over knowledge bases on the troubleshooting messages, then the chat gate.
 */
export function fitThresholds(messages: readonly TrainingMessage[], relevance: RelevanceModel, options: FitOptions = DEFAULT_FIT_OPTIONS): DecisionThresholds {
  const troubleshooting = messages.filter((m) => !isChat(m));
  const byKb = new Map<string, TrainingMessage[]>();
  for (const m of troubleshooting) byKb.set(m.kb, [...(byKb.get(m.kb) ?? []), m]);
  const scored = new Map(messages.map((m) => [m, applyModel(m.message.ranking, relevance)]));
  const valueOf = (thresholds: DecisionThresholds): number => {
    let value = 0;
    for (const list of byKb.values()) value += utility(score(list.map((m) => m.message.query), list.map((m) => decideAs(m, scored.get(m)!, thresholds))));
    return value / byKb.size;
  };
  const confidence = fitConfidence(troubleshooting, scored, options.lambda);
  let best: DecisionThresholds = { confidence, answer: 0.5, clarifyMargin: 0, bareDetail: 0, strongError: 2, gate: OPEN_GATE };
  let bestValue = -Infinity;
  for (const answer of ANSWER_GRID) {
    for (const clarifyMargin of MARGIN_GRID) for (const bareDetail of BARE_GRID) for (const strongError of STRONG_ERROR_GRID) {
      const thresholds = { confidence, answer, clarifyMargin, bareDetail, strongError, gate: OPEN_GATE };
      const value = valueOf(thresholds);
      // Ties go to the lower threshold and smaller margin (seen first): answer rather than turn away, ask less.
      if (value > bestValue + 1e-9) {
        bestValue = value;
        best = thresholds;
      }
    }
  }
  const gate = fitGate(messages, scored, options.lambda);
  if (!gate) return best;
  // The gate only ever turns messages away. The highest threshold that costs the troubleshooting
  // messages nothing, and stays below every one whose best-ranked article is right (answered or
  // not), says how much chat can be turned away; the lowest that turns away as much keeps the
  // widest margin from the troubleshooting messages.
  let lowestRight = 1;
  for (const m of troubleshooting) {
    const ranking = scored.get(m)!;
    if (ranking.articles.length > 0 && m.message.expect.has(ranking.articles[0].articleId)) lowestRight = Math.min(lowestRight, troubleshootingProbability(gate, ranking));
  }
  let highest = 0;
  for (const t of GATE_GRID) {
    if (t > lowestRight) break;
    if (valueOf({ ...best, gate: { ...gate, threshold: t } }) >= bestValue - 1e-9) highest = t;
  }
  const chat = messages.filter((m) => isChat(m) && scored.get(m)!.articles.length > 0).map((m) => troubleshootingProbability(gate, scored.get(m)!));
  const turnedAway = (t: number): number => chat.filter((p) => p < t).length;
  const threshold = GATE_GRID.find((t) => t <= highest && turnedAway(t) === turnedAway(highest)) ?? 0;
  return { ...best, gate: { ...gate, threshold } };
}

/**
 * Fits the chat gate: chat (0) against every other message (1), the two weighing the same in each
 * knowledge base. Null without chat messages to learn from.
 */
export function fitGate(messages: readonly TrainingMessage[], scored: ReadonlyMap<TrainingMessage, Ranking>, lambda: number): Omit<GateModel, 'threshold'> | null {
  const rows = messages.filter((m) => scored.get(m)!.articles.length > 0);
  if (!rows.some(isChat) || rows.every(isChat)) return null;
  const key = (m: TrainingMessage): string => `${m.kb}\n${isChat(m)}`;
  const weightOf = groupWeights(rows, key);
  const x = rows.map((m) => {
    const f = gateFeatures(scored.get(m)!);
    return GATE_FEATURES.map((k) => f[k]);
  });
  const y = rows.map((m) => (isChat(m) ? 0 : 1));
  const w = rows.map((m) => weightOf.get(key(m))!);
  const fit = fitLogistic(x, y, lambda, w);
  return { bias: fit.bias, weights: Object.fromEntries(GATE_FEATURES.map((k, i) => [k, fit.weights[i]])) as GateModel['weights'] };
}

/** Fits both parts on `messages`. */
export function fitModel(messages: readonly TrainingMessage[], initial: RelevanceModel, options: FitOptions = DEFAULT_FIT_OPTIONS): FittedModel {
  const relevance = fitRelevance(messages.filter((m) => !isChat(m)), initial, options);
  return { relevance, decision: fitThresholds(messages, relevance, options), provenance: {} };
}
