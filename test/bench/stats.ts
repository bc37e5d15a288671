/** Percentiles and timing helpers for the benchmark. */

/** The p-th percentile (0..100) of `values`, nearest-rank; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** Milliseconds taken by `run`, with the high-resolution clock. */
export function timeMs(run: () => void): number {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * Per-message latencies: each message is run `rounds` times (after one warm-up pass over all of
 * them), so a percentile reflects steady-state work rather than the JIT's first encounter.
 */
export function latencies(messages: readonly string[], rounds: number, run: (message: string) => void): number[] {
  for (const message of messages) run(message);
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) for (const message of messages) out.push(timeMs(() => run(message)));
  return out;
}

/** Formats milliseconds for the table: three significant figures, never scientific notation. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(3)} ms`;
}
