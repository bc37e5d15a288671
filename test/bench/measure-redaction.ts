/**
 * Redaction cost, as the service pays it per message: the project's rules plus the maintained rule
 * set, on short pastes (the credential corpus and the clean pastes) and on 40,000-character pastes
 * (log dumps with credentials scattered through them). Steady state: one warm-up pass first.
 */
import { redactSecrets } from '../../src/security/redact';
import { CLEAN_PASTES, CORPUS_SAMPLES } from '../security/credential-samples';
import { percentile } from './stats';

export interface RedactionTimes {
  p50: number;
  p99: number;
  /** p99 of the process CPU time per call: what the wall-clock p99 would be on an idle machine. */
  cpuP99: number;
  count: number;
}

export interface RedactionResult {
  short: RedactionTimes;
  long: RedactionTimes;
}

const LONG_CHARS = 40_000;

/** 40,000-character pastes: corpus and clean pastes interleaved with log lines, from a different start each. */
function longPastes(count: number): string[] {
  const parts = [...CORPUS_SAMPLES.map((s) => s.text), ...CLEAN_PASTES];
  return Array.from({ length: count }, (_, i) => {
    let text = '';
    for (let j = i; text.length < LONG_CHARS; j++) text += `${parts[j % parts.length]}\n2024-03-01T10:15:${String(j % 60).padStart(2, '0')}Z INFO request ${j} completed in ${j % 900} ms\n`;
    return text.slice(0, LONG_CHARS);
  });
}

async function timings(messages: readonly string[], rounds: number): Promise<RedactionTimes> {
  for (const message of messages) await redactSecrets(message);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const message of messages) {
      const cpuBefore = process.cpuUsage();
      const started = process.hrtime.bigint();
      await redactSecrets(message);
      wall.push(Number(process.hrtime.bigint() - started) / 1e6);
      const used = process.cpuUsage(cpuBefore);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  return { p50: percentile(wall, 50), p99: percentile(wall, 99), cpuP99: percentile(cpu, 99), count: wall.length };
}

export async function measureRedaction(): Promise<RedactionResult> {
  const short = [...CORPUS_SAMPLES.map((s) => s.text), ...CLEAN_PASTES];
  const long = longPastes(20);
  // 1,000 long runs: with 200 the p99 is the second slowest call, and moves with any one hiccup.
  return { short: await timings(short, 10), long: await timings(long, 50) };
}
