/**
 * `kb tune --set FILE[=KNOWLEDGE_DIR] … [--holdout FILE[=KNOWLEDGE_DIR] …] [--folds 5] [--write]`:
 * fits the relevance weights and decision thresholds on labelled eval sets from several knowledge
 * bases, prints cross-validated and leave-one-knowledge-base-out figures per set (never the
 * training figures), and with --write stores the model fitted on all --set data in
 * src/engine/fitted-numbers.json (rebuild with `npm run build` to use it). --holdout sets are never
 * fitted on: they are scored once with the final model. KNOWLEDGE_DIR defaults to the shipped articles.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FITTED_MODEL, type FittedModel } from '../../engine/fitted-model';
import { defaultArticlesDir, projectRoot } from '../../knowledge/paths';
import { crossValidate, leaveOneKnowledgeBaseOut } from '../../tune/cross-validate';
import type { EvalSummary } from '../../tune/eval-set';
import { DEFAULT_FIT_OPTIONS, fitModel, scoreBySet, trainingMessages } from '../../tune/fit';
import { loadLabelledSet, type LabelledSet } from '../../tune/labelled-set';
import { option } from '../options';

export const summary = 'fit the matching weights and thresholds on labelled sets; print cross-validated figures';
export const usage = 'usage: npm run kb -- tune --set FILE[=KNOWLEDGE_DIR] [--set …] [--holdout FILE[=KNOWLEDGE_DIR] …] [--folds 5] [--write]';

function values(args: string[], name: string): string[] {
  const out: string[] = [];
  args.forEach((a, i) => {
    if (a === name && args[i + 1]) out.push(args[i + 1]);
  });
  return out;
}

// "kb-kubernetes" for ../shared/eval/kb-kubernetes/articles.
function knowledgeLabel(dir: string): string {
  return path.basename(dir) === 'articles' ? path.basename(path.dirname(dir)) : path.basename(dir);
}

async function loadSets(specs: string[]): Promise<LabelledSet[]> {
  const sets: LabelledSet[] = [];
  const names = new Set<string>();
  for (const spec of specs) {
    const [file, dir] = spec.split('=');
    const set = await loadLabelledSet(path.resolve(file), path.resolve(dir ?? defaultArticlesDir()), FITTED_MODEL.relevance);
    // One file scored on several knowledge bases (the chat messages): each pairing is a set of its own.
    const name = names.has(set.name) ? `${set.name}@${knowledgeLabel(set.knowledgeDir)}` : set.name;
    names.add(name);
    sets.push({ ...set, name });
  }
  return sets;
}

function line(name: string, s: EvalSummary): string {
  return `  ${name.padEnd(44)} top1=${s.top1.toFixed(3)} top3=${s.top3.toFixed(3)} none_ok=${s.none_ok.toFixed(3)} false_none=${s.false_none.toFixed(3)}`;
}

function figures(summaries: Map<string, EvalSummary>): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [set, s] of summaries) out[set] = { top1: round(s.top1), top3: round(s.top3), none_ok: round(s.none_ok), false_none: round(s.false_none) };
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export async function run(args: string[]): Promise<number> {
  const specs = values(args, '--set');
  if (specs.length === 0) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const folds = Number(option(args, '--folds') ?? 5);
  if (!Number.isInteger(folds) || folds < 2) {
    process.stderr.write('kb tune: --folds must be a whole number of at least 2\n');
    return 2;
  }
  const sets = await loadSets(specs);
  const holdout = await loadSets(values(args, '--holdout'));
  const messages = trainingMessages(sets);
  const initial = FITTED_MODEL.relevance;
  const out: string[] = [`kb tune: ${messages.length} messages from ${sets.length} sets over ${new Set(sets.map((s) => s.knowledgeDir)).size} knowledge bases; ${folds}-fold cross-validation`];

  const cv = crossValidate(messages, folds, initial);
  out.push(`cross-validated (each message scored by a model fitted without it):`);
  for (const [set, s] of cv) out.push(line(set, s));
  const lokbo = leaveOneKnowledgeBaseOut(messages, initial);
  if (lokbo.size > 0) {
    out.push(`leave one knowledge base out (scored by a model fitted on the other knowledge bases only):`);
    for (const [set, s] of lokbo) out.push(line(set, s));
  }
  const model = fitModel(messages, initial, DEFAULT_FIT_OPTIONS);
  const held = scoreBySet(trainingMessages(holdout), model);
  if (held.size > 0) {
    out.push(`held out (never fitted on), final model:`);
    for (const [set, s] of held) out.push(line(set, s));
  }
  out.push(`decision: answer when confidence >= ${model.decision.answer.toFixed(3)}; ask which within ${model.decision.clarifyMargin} log-odds of the best; a bare status below ${model.decision.bareDetail} detail; an error string matched to ${model.decision.strongError} answers`);
  out.push(`confidence: bias ${model.decision.confidence.bias.toFixed(3)}, ${Object.entries(model.decision.confidence.weights).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ')}`);
  const gate = model.decision.gate;
  out.push(
    gate.threshold > 0
      ? `chat gate: no article below P(troubleshooting) ${gate.threshold.toFixed(2)}; bias ${gate.bias.toFixed(3)}, ${Object.entries(gate.weights).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ')}`
      : 'chat gate: open (no chat messages, kind "chat", among the sets, or none it could turn away at no cost)',
  );
  out.push(`weights: bias ${model.relevance.bias.toFixed(3)}, ${Object.entries(model.relevance.weights).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ')}`);
  process.stdout.write(out.join('\n') + '\n');

  if (args.includes('--write')) {
    const fitted: FittedModel = {
      relevance: { bias: round6(model.relevance.bias), weights: roundedWeights(model.relevance.weights) },
      decision: {
        ...model.decision,
        confidence: { bias: round6(model.decision.confidence.bias), weights: roundedWeights(model.decision.confidence.weights) },
        gate: { bias: round6(gate.bias), weights: roundedWeights(gate.weights), threshold: round6(gate.threshold) },
      },
      provenance: {
        command: 'npm run kb -- tune ' + args.filter((a) => a !== '--write').map((a) => (a.includes(path.sep) ? path.relative(projectRoot(), path.resolve(a.split('=')[0])) + (a.includes('=') ? '=' + path.relative(projectRoot(), path.resolve(a.split('=')[1])) : '') : a)).join(' '),
        sets: sets.map((s) => ({ set: s.name, messages: s.messages.length, knowledgeBase: path.relative(projectRoot(), s.knowledgeDir) })),
        folds,
        fit: DEFAULT_FIT_OPTIONS,
        crossValidated: figures(cv),
        leaveOneKnowledgeBaseOut: figures(lokbo),
        heldOut: figures(held),
      },
    };
    const target = path.join(projectRoot(), 'src', 'engine', 'fitted-numbers.json');
    fs.writeFileSync(target, JSON.stringify(fitted, null, 2) + '\n');
    process.stdout.write(`wrote ${path.relative(process.cwd(), target)}; run \`npm run build\` to use it\n`);
  }
  return 0;
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function roundedWeights<W extends Record<string, number>>(weights: W): W {
  return Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, round6(v)])) as W;
}
