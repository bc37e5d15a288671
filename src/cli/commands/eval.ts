/**
 * `kb eval FILE.jsonl [--out RESULTS.jsonl]`: runs every query through the engine and scores it
 * as ../shared/eval/README.md defines (top1, top3, none_ok, false_none, p50/p99 latency).
 * The summary's last line is exactly `eval: top1=… top3=… none_ok=… false_none=… p50_ms=… p99_ms=…`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadEngine } from '../../engine/load-engine';
import { evaluateOne } from '../../tune/eval-set';
import type { Engine } from '../../engine/types';
import { parseQueries, score, type EvalQuery, type EvalResult } from '../../tune/eval-set';
import { indexPathFor, knowledgeDirFor } from '../knowledge-paths';
import { option } from '../options';

export const summary = 'score the engine on an eval set (JSON lines of {id, text, expect?, kind?})';
export const usage = 'usage: npm run kb -- eval FILE.jsonl [--out RESULTS.jsonl] [--knowledge DIR] [--index PATH]';

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
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const { queries, errors } = parseQueries(fs.readFileSync(path.resolve(file), 'utf8'));
  for (const e of errors) process.stderr.write(`kb eval: ${file}: ${e}\n`);
  const { engine, problems, indexBuilt } = await loadEngine({
    knowledgeDir: knowledgeDirFor(option(args, '--knowledge')),
    indexPath: indexPathFor(option(args, '--index')),
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
