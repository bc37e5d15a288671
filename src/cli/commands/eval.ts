/**
 * `kb eval FILE.jsonl [--out RESULTS.jsonl]`: runs every query through the engine and scores it
 * as ../shared/eval/README.md defines (top1, top3, none_ok, false_none, p50/p99 latency).
 * The summary's last line is exactly `eval: top1=… top3=… none_ok=… false_none=… p50_ms=… p99_ms=…`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { defaultIndexPath, loadEngine } from '../../engine/load-engine';
import type { Engine } from '../../engine/types';
import { defaultArticlesDir } from '../../knowledge/paths';
import type { Outcome } from '../../reply/model';
import { option } from '../options';

export const summary = 'score the engine on an eval set (JSON lines of {id, text, expect?, kind?})';

interface EvalQuery {
  id: string;
  text: string;
  expect?: string[];
  kind?: string;
}

/** One line of the results file. */
export interface EvalResult {
  id: string;
  outcome: Outcome;
  titles: string[];
  section: string | null;
  ms: number;
}

export interface EvalSummary {
  top1: number;
  top3: number;
  none_ok: number;
  false_none: number;
  p50_ms: number;
  p99_ms: number;
  failures: string[];
}


/** Parses the JSONL file; bad lines are reported with their line number, not silently dropped. */
export function parseQueries(text: string): { queries: EvalQuery[]; errors: string[] } {
  const queries: EvalQuery[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const parsed = JSON.parse(line) as Partial<EvalQuery>;
      if (typeof parsed.id !== 'string' || typeof parsed.text !== 'string') throw new Error('needs string "id" and "text"');
      if (parsed.expect !== undefined && (!Array.isArray(parsed.expect) || !parsed.expect.every((e) => typeof e === 'string'))) {
        throw new Error('"expect" must be an array of titles');
      }
      queries.push({ id: parsed.id, text: parsed.text, expect: parsed.expect, kind: parsed.kind });
    } catch (error) {
      errors.push(`line ${i + 1}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return { queries, errors };
}

/** Runs one query: the outcome, the titles offered best first, the section, the time. */
export function evaluateOne(engine: Engine, query: EvalQuery): EvalResult {
  const started = performance.now();
  const result = engine.respond(query.text);
  const ms = performance.now() - started;
  const reply = result.reply;
  const title = (id: string): string | undefined => engine.article(id)?.article.title;
  let titles: string[] = [];
  let section: string | null = null;
  if (reply.kind === 'answer') {
    // The answer first, then what "not it" would offer next.
    titles = [reply.article.title, ...result.context.candidates.map((c) => title(c.articleId) ?? '').filter((t) => t && t !== reply.article.title)];
    section = reply.section.id;
  } else if (reply.kind === 'clarify') {
    titles = reply.candidates.map((c) => c.article.title);
  } else if (reply.kind === 'none') {
    titles = reply.closest.map((c) => c.title);
  }
  return { id: query.id, outcome: result.outcome ?? 'none', titles: [...new Set(titles)], section, ms };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Scores results against the queries, per the eval README. */
export function score(queries: EvalQuery[], results: EvalResult[]): EvalSummary {
  let answerable = 0;
  let top1 = 0;
  let top3 = 0;
  let negatives = 0;
  let noneOk = 0;
  let falseNone = 0;
  const failures: string[] = [];
  queries.forEach((q, i) => {
    const r = results[i];
    const expect = q.expect ?? [];
    if (expect.length === 0) {
      negatives++;
      if (r.outcome === 'none') noneOk++;
      else failures.push(`${q.id} expected none, got ${r.outcome}: ${r.titles[0] ?? ''}`);
      return;
    }
    answerable++;
    const hit1 = (r.outcome === 'answer' && expect.includes(r.titles[0])) || (r.outcome === 'clarify' && q.kind === 'ambiguous' && r.titles.slice(0, 5).some((t) => expect.includes(t)));
    if (hit1) top1++;
    if (r.titles.slice(0, 3).some((t) => expect.includes(t))) top3++;
    if (r.outcome === 'none') falseNone++;
    if (!hit1) failures.push(`${q.id} expected ${expect[0]}${expect.length > 1 ? ` (+${expect.length - 1})` : ''}, got ${r.outcome}: ${r.titles.slice(0, 3).join(' | ')}`);
  });
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const rate = (n: number, d: number): number => (d === 0 ? 0 : n / d);
  return { top1: rate(top1, answerable), top3: rate(top3, answerable), none_ok: rate(noneOk, negatives), false_none: rate(falseNone, answerable), p50_ms: percentile(ms, 50), p99_ms: percentile(ms, 99), failures };
}

const LONG_PASTE_CHARS = 40_000;

// A 40,000-character paste (Slack's limit) must be answered in bounded time: bury the set's longest
// error paste in routine log lines up to that size and time the answer (median of five).
function longPasteLine(engine: Engine, queries: EvalQuery[]): string[] {
  const seed = queries.filter((q) => q.kind === 'error-paste').sort((a, b) => b.text.length - a.text.length)[0];
  if (!seed) return [];
  const noise: string[] = [];
  let size = seed.text.length;
  for (let i = 0; size < LONG_PASTE_CHARS; i++) {
    const line = `2024-03-01T10:${String(i % 60).padStart(2, '0')}:00.${String(i % 1000).padStart(3, '0')}Z INFO request ${i} completed in ${(i * 37) % 900} ms path=/v1/items/${i}`;
    noise.push(line);
    size += line.length + 1;
  }
  const half = Math.floor(noise.length / 2);
  const paste = [...noise.slice(0, half), seed.text, ...noise.slice(half)].join('\n').slice(0, LONG_PASTE_CHARS);
  const times: number[] = [];
  let outcome = '';
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    outcome = engine.respond(paste).reply.kind;
    times.push(performance.now() - started);
  }
  const median = times.sort((a, b) => a - b)[2];
  return [`long paste: ${paste.length} chars (${seed.id} inside log lines) -> ${outcome} in ${median.toFixed(3)} ms`];
}

export async function run(args: string[]): Promise<number> {
  const file = args.find((a, i) => !a.startsWith('--') && !['--out', '--knowledge', '--index'].includes(args[i - 1] ?? ''));
  if (!file) {
    process.stderr.write('usage: kb eval FILE.jsonl [--out RESULTS.jsonl] [--knowledge DIR] [--index PATH]\n');
    return 2;
  }
  const { queries, errors } = parseQueries(fs.readFileSync(path.resolve(file), 'utf8'));
  for (const e of errors) process.stderr.write(`kb eval: ${file}: ${e}\n`);
  const { engine, problems, indexBuilt } = await loadEngine({
    knowledgeDir: path.resolve(option(args, '--knowledge') ?? defaultArticlesDir()),
    indexPath: path.resolve(option(args, '--index') ?? defaultIndexPath()),
  });
  for (const p of problems) process.stderr.write(`kb eval: skipped ${p.file}: ${p.field}: ${p.message}\n`);
  if (indexBuilt) process.stderr.write('kb eval: no current prebuilt index; built one in memory (run `kb build`)\n');
  // loadEngine warms the engine with the knowledge base's own messages (warm-up.ts), as the server does at start.
  const results = queries.map((q) => evaluateOne(engine, q));
  const out = option(args, '--out');
  if (out) fs.writeFileSync(path.resolve(out), results.map((r) => JSON.stringify({ ...r, ms: Math.round(r.ms * 1000) / 1000 })).join('\n') + '\n');
  const s = score(queries, results);
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
  const lines = [
    `queries: ${queries.length} (${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')})`,
    ...s.failures.map((f) => `miss: ${f}`),
    ...longPasteLine(engine, queries),
    `eval: top1=${s.top1.toFixed(3)} top3=${s.top3.toFixed(3)} none_ok=${s.none_ok.toFixed(3)} false_none=${s.false_none.toFixed(3)} p50_ms=${s.p50_ms.toFixed(3)} p99_ms=${s.p99_ms.toFixed(3)}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
  return errors.length > 0 && queries.length === 0 ? 1 : 0;
}
