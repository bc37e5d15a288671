/**
 * Held-out figures for the fitted numbers: k-fold cross-validation (each message scored by a
 * model fitted without it) and leave-one-knowledge-base-out (each knowledge base scored by a
 * model fitted on the others only: what a new team's knowledge base with no labelled data gets).
 */
import { createHash } from 'node:crypto';
import type { RelevanceModel } from '../search';
import { score, type EvalResult, type EvalSummary } from './eval-set';
import { fitModel, simulate, type FitOptions, type TrainingMessage } from './fit';

function foldOf(m: TrainingMessage, folds: number): number {
  const digest = createHash('sha256').update(`${m.set}\n${m.message.query.id}`).digest();
  return digest.readUInt32BE(0) % folds;
}

function summarize(messages: readonly TrainingMessage[], results: Map<TrainingMessage, EvalResult>): Map<string, EvalSummary> {
  const bySet = new Map<string, TrainingMessage[]>();
  for (const m of messages) bySet.set(m.set, [...(bySet.get(m.set) ?? []), m]);
  const out = new Map<string, EvalSummary>();
  for (const [set, list] of bySet) out.set(set, score(list.map((m) => m.message.query), list.map((m) => results.get(m)!)));
  return out;
}

/** Per-set figures where every message is scored by a model fitted on the other folds. */
export function crossValidate(messages: readonly TrainingMessage[], folds: number, initial: RelevanceModel, options?: FitOptions): Map<string, EvalSummary> {
  const results = new Map<TrainingMessage, EvalResult>();
  for (let fold = 0; fold < folds; fold++) {
    const train = messages.filter((m) => foldOf(m, folds) !== fold);
    const test = messages.filter((m) => foldOf(m, folds) === fold);
    if (test.length === 0) continue;
    const model = fitModel(train, initial, options);
    for (const m of test) results.set(m, simulate(m, model));
  }
  return summarize(messages, results);
}

/** Per-set figures where every knowledge base is scored by a model fitted on the other knowledge bases only. */
export function leaveOneKnowledgeBaseOut(messages: readonly TrainingMessage[], initial: RelevanceModel, options?: FitOptions): Map<string, EvalSummary> {
  const results = new Map<TrainingMessage, EvalResult>();
  const kbs = [...new Set(messages.map((m) => m.kb))];
  if (kbs.length < 2) return new Map();
  for (const kb of kbs) {
    const model = fitModel(messages.filter((m) => m.kb !== kb), initial, options);
    for (const m of messages.filter((x) => x.kb === kb)) results.set(m, simulate(m, model));
  }
  return summarize(messages, results);
}
