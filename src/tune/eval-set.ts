/**
 * Eval sets (JSON lines of {id, text, expect?, kind?}) and their scoring, as
 * ../shared/eval/README.md defines it: top1, top3, none_ok, false_none, p50/p99 latency.
 * Shared by `kb eval` and `kb tune`.
 */
import type { Engine } from '../engine/types';
import type { Outcome } from '../reply/model';

export interface EvalQuery {
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
