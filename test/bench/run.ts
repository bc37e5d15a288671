/**
 * `npm run bench`: measures the engine, the server's start-up and Slack throughput, and prints
 * one table with a PASS/FAIL per target. Each knowledge base is measured in its own child
 * process (fork of this file with `--measure shipped|synthetic`) so their memory and JIT state
 * stay apart. Needs `npm run build` first (dist/src/server.js and the index).
 * Flags: `--strict` exits 1 when a target fails; `--skip-slack`, `--skip-startup` for quick runs;
 * `--knowledge DIR` to measure another article folder (the engine part only); `--skip-synthetic`;
 * `--profile DIR` to write a CPU profile of the server during the Slack run.
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledgeSync } from '../../src/knowledge/load';
import { defaultArticlesDir } from '../../src/knowledge/paths';
import type { Article } from '../../src/knowledge/model';
import { measureKb, type KbResult } from './measure-kb';
import { PROJECT_ROOT, startServerProcess } from './server-process';
import { measureSlackThroughput, type SlackThroughput } from './slack-throughput';
import { ms, percentile } from './stats';
import { syntheticKnowledge } from './synthetic-kb';
import { renderTable, type BenchRow } from './table';

const SYNTHETIC_SECTIONS = 10_000;
const STARTUP_RUNS = 5;
const SLACK_EVENTS = 5_000;
const SLACK_CONNECTIONS = 50;
/** The offered load at which the ack latency target is read. */
const SLACK_PACED_RATE = 1_000;

/** `--knowledge DIR` measures another article folder (default: the shipped knowledge/articles). */
function knowledgeDir(): string {
  const at = process.argv.indexOf('--knowledge');
  return at >= 0 ? path.resolve(process.argv[at + 1]) : defaultArticlesDir();
}

/** `--profile DIR`: the Slack run's server writes a V8 CPU profile there (open it in Chrome DevTools). */
function profileArgs(): string[] {
  const at = process.argv.indexOf('--profile');
  return at >= 0 ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.argv[at + 1])}`] : [];
}

function loadShipped(): Article[] {
  const { articles, problems } = loadKnowledgeSync(knowledgeDir());
  if (articles.length === 0) throw new Error(`no articles in ${knowledgeDir()} (run npm run build)`);
  if (problems.length > 0) console.error(`bench: ${problems.length} article(s) skipped: ${problems.map((p) => `${p.file}: ${p.message}`).join('; ')}`);
  return articles;
}

/** Child-process side: measure one KB and send the result to the parent. */
function measureInChild(which: string): void {
  const shipped = loadShipped();
  const articles = which === 'synthetic' ? syntheticKnowledge(shipped, SYNTHETIC_SECTIONS).articles : shipped;
  const result = measureKb(articles, shipped);
  process.send?.(result, () => process.exit(0));
}

function measureInFork(which: 'shipped' | 'synthetic'): Promise<KbResult> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--measure', which, '--knowledge', knowledgeDir()], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: KbResult | undefined;
    child.on('message', (m) => {
      result = m as KbResult;
    });
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`measuring the ${which} KB failed (exit ${code})`))));
  });
}

async function measureStartup(): Promise<{ readyMs: number[]; rssMb: number }> {
  const readyMs: number[] = [];
  let rssMb = NaN;
  for (let i = 0; i < STARTUP_RUNS; i++) {
    const server = await startServerProcess({});
    readyMs.push(server.readyMs);
    try {
      const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
      const kb = /VmRSS:\s+(\d+) kB/.exec(status);
      if (kb) rssMb = Number(kb[1]) / 1024;
    } catch {
      // Not Linux: RSS of the server is reported as n/a.
    }
    await server.stop();
  }
  return { readyMs, rssMb };
}

function kbRows(label: string, r: KbResult, shortTarget: number, longTarget: number): BenchRow[] {
  const ratio = (engine: number, plain: number): string => `${(engine / plain).toFixed(2)} (${ms(engine)} vs ${ms(plain)})`;
  return [
    { measure: `${label}: size`, value: `${r.articles} articles, ${r.sections} sections, index ${(r.indexBytes / 2 ** 20).toFixed(1)} MB`, target: '' },
    { measure: `${label}: index build`, value: ms(r.buildMs), target: '' },
    { measure: `${label}: index load (loadJSON)`, value: ms(r.loadMs), target: '' },
    { measure: `${label}: RSS after load`, value: `${r.rssAfterLoadMb.toFixed(0)} MB`, target: '' },
    { measure: `${label}: short (<100 chars) p50 / p99`, value: `${ms(r.engine.short.p50)} / ${ms(r.engine.short.p99)}`, target: `p99 < ${shortTarget} ms`, pass: r.engine.short.p99 < shortTarget },
    { measure: `${label}: long (>2,000 chars) p50 / p99`, value: `${ms(r.engine.long.p50)} / ${ms(r.engine.long.p99)}`, target: `p99 < ${longTarget} ms`, pass: r.engine.long.p99 < longTarget },
    { measure: `${label}: engine p50 / plain MiniSearch p50, short`, value: ratio(r.engine.short.p50, r.plain.short.p50), target: '<= 1', pass: r.engine.short.p50 <= r.plain.short.p50 },
    { measure: `${label}: engine p50 / plain MiniSearch p50, long`, value: ratio(r.engine.long.p50, r.plain.long.p50), target: '<= 1', pass: r.engine.long.p50 <= r.plain.long.p50 },
  ];
}

function slackRows(max: SlackThroughput, paced: SlackThroughput): BenchRow[] {
  return [
    { measure: `Slack, as fast as it goes: events acknowledged/s (${max.events} events)`, value: `${max.ackPerSecond.toFixed(0)}/s`, target: '' },
    { measure: 'Slack, as fast as it goes: replies delivered/s, end to end', value: `${max.repliesPerSecond.toFixed(0)}/s`, target: '>= 1,000/s', pass: max.repliesPerSecond >= 1_000 },
    { measure: `Slack, offered ${SLACK_PACED_RATE}/s: ack latency p50 / p99`, value: `${ms(paced.ackP50Ms)} / ${ms(paced.ackP99Ms)}`, target: 'p99 < 50 ms', pass: paced.ackP99Ms < 50 },
    { measure: `Slack, offered ${SLACK_PACED_RATE}/s: replies delivered/s`, value: `${paced.repliesPerSecond.toFixed(0)}/s`, target: '' },
    { measure: 'Slack: failed acks (non-2xx, errors), both runs', value: String(max.non2xx + paced.non2xx), target: '0', pass: max.non2xx + paced.non2xx === 0 },
    { measure: 'Slack: duplicate replies, both runs', value: String(max.duplicates + paced.duplicates), target: '0', pass: max.duplicates + paced.duplicates === 0 },
    { measure: 'Slack: missing replies, both runs', value: String(max.missing + paced.missing), target: '0', pass: max.missing + paced.missing === 0 },
  ];
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const measureIndex = args.indexOf('--measure');
  if (measureIndex >= 0) {
    measureInChild(args[measureIndex + 1]);
    return -1;
  }
  process.chdir(PROJECT_ROOT);
  const rows: BenchRow[] = [];
  const notes: string[] = [];

  console.error('bench: shipped knowledge base…');
  const shipped = await measureInFork('shipped');
  rows.push(...kbRows('Shipped KB', shipped, 2, 10));
  const measured: [string, KbResult][] = [['shipped', shipped]];
  if (!args.includes('--skip-synthetic')) {
    console.error(`bench: synthetic knowledge base (${SYNTHETIC_SECTIONS} sections)…`);
    const synthetic = await measureInFork('synthetic');
    rows.push(...kbRows('10k sections', synthetic, 10, 10));
    measured.push(['10k', synthetic]);
  }
  for (const [label, r] of measured) {
    notes.push(`slowest long messages (${label}): ${r.slowest.map((s) => `${s.kind} ${s.chars} chars ${ms(s.ms)}`).join('; ')}`);
  }

  if (!args.includes('--skip-startup')) {
    console.error('bench: server start-up…');
    const startup = await measureStartup();
    const median = percentile(startup.readyMs, 50);
    rows.push({ measure: `Start to /healthz ready (median of ${STARTUP_RUNS}; max ${ms(Math.max(...startup.readyMs))})`, value: ms(median), target: '< 1,500 ms', pass: median < 1_500 });
    rows.push({ measure: 'Server RSS after ready (shipped KB)', value: Number.isFinite(startup.rssMb) ? `${startup.rssMb.toFixed(0)} MB` : 'n/a', target: '' });
  }

  if (!args.includes('--skip-slack')) {
    console.error(`bench: Slack throughput (${SLACK_EVENTS} events over ${SLACK_CONNECTIONS} connections)…`);
    try {
      const max = await measureSlackThroughput(SLACK_EVENTS, SLACK_CONNECTIONS, undefined, profileArgs());
      const paced = await measureSlackThroughput(SLACK_EVENTS, SLACK_CONNECTIONS, SLACK_PACED_RATE);
      rows.push(...slackRows(max, paced));
    } catch (error) {
      rows.push({ measure: 'Slack throughput', value: `could not run: ${(error as Error).message.split('\n')[0]}`, target: '>= 1,000/s', pass: false });
    }
  }

  console.log(renderTable(rows));
  for (const note of notes) console.log(`\n${note}`);
  console.log(`\nnode ${process.version}, ${os.cpus().length} CPU(s): ${os.cpus()[0]?.model ?? 'unknown'}`);
  const failed = rows.filter((r) => r.pass === false).length;
  console.log(failed === 0 ? 'bench: all targets PASS' : `bench: ${failed} target(s) FAIL`);
  return failed > 0 && args.includes('--strict') ? 1 : 0;
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
