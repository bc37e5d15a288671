/**
 * `npm run bench`: measures the engine, the server's start-up and Slack throughput, and prints
 * one table with a PASS/FAIL per target. Each knowledge base is measured in its own child
 * process (fork of this file with `--measure shipped|synthetic`) so their memory and JIT state
 * stay apart. Needs `npm run build` first (dist/src/server.js and the index).
 * Flags: `--strict` exits 1 when a target fails; `--skip-slack`, `--skip-startup` for quick runs,
 * `--only-slack` for the Slack runs alone;
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
import { measureSlack, type GeneratorFloor, type SlackRun } from './slack-throughput';
import { ms, percentile } from './stats';
import { syntheticKnowledge } from './synthetic-kb';
import { measureRedaction } from './measure-redaction';
import { measureCliAsk } from './measure-cli';
import { renderTable, type BenchRow } from './table';

const SYNTHETIC_SECTIONS = 10_000;
const STARTUP_RUNS = 5;
/** Events per Slack run: 8 s at the target rate, long enough for GC and queues to reach a steady state. */
const SLACK_EVENTS = 8_000;
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

/** Per-process CPU of a run: milliseconds per event, and cores used over the run's wall time. */
function cpuValue(run: SlackRun): string {
  const perEvent = (seconds: number): string => (Number.isFinite(seconds) ? ((seconds * 1000) / run.events).toFixed(2) : 'n/a');
  const wall = run.sendSeconds + run.drainMs / 1000;
  const cores = (seconds: number): string => (Number.isFinite(seconds) ? (seconds / wall).toFixed(2) : 'n/a');
  const { server, standIn, generator, others, steal } = run.cpu;
  // What else took the cores meanwhile: other processes on the machine, and the hypervisor.
  const elsewhere = Number.isFinite(steal) ? `; rest of the machine ${cores(others)}, hypervisor steal ${cores(steal)}` : '';
  return `${perEvent(server)} / ${perEvent(standIn)} / ${perEvent(generator)} ms (cores: ${cores(server)} / ${cores(standIn)} / ${cores(generator)}${elsewhere})`;
}

/**
 * The ceiling this machine puts on the end-to-end rate: CPU per event of the server, the stand-in
 * and the load generator, times the target rate, against the cores there are (they share them).
 */
function coresNeeded(run: SlackRun): string {
  const { server, standIn, generator } = run.cpu;
  const perEventMs = ((server + standIn + generator) * 1000) / run.events;
  if (!Number.isFinite(perEventMs)) return 'n/a';
  const cores = (perEventMs * SLACK_PACED_RATE) / 1000;
  return `${cores.toFixed(2)} cores (${perEventMs.toFixed(2)} ms per event; at most ${Math.floor((os.cpus().length * 1000) / perEventMs)}/s on ${os.cpus().length} cores)`;
}

function slackRows(max: SlackRun, paced: SlackRun, transportOnly: SlackRun | undefined, floor?: GeneratorFloor): BenchRow[] {
  const both = [max, paced];
  const sum = (pick: (r: SlackRun) => number): number => both.reduce((n, r) => n + pick(r), 0);
  const rate = SLACK_PACED_RATE.toLocaleString('en-US');
  return [
    { measure: `Slack, as fast as it goes (${max.events.toLocaleString('en-US')} events, ${SLACK_CONNECTIONS} connections): acknowledged/s`, value: `${max.ackPerSecond.toFixed(0)}/s (p99 ${ms(max.ackP99Ms)})`, target: '' },
    { measure: 'Slack, as fast as it goes: replies delivered/s, end to end', value: `${max.repliesPerSecond.toFixed(0)}/s (drain ${ms(max.drainMs)})`, target: '>= 1,000/s', pass: max.repliesPerSecond >= 1_000 },
    { measure: 'Slack, as fast as it goes: CPU per event, server / stand-in / load generator', value: cpuValue(max), target: '' },
    { measure: `Slack, offered ${rate}/s for ${(paced.events / SLACK_PACED_RATE).toFixed(0)} s, evenly spaced: acknowledged/s`, value: `${paced.ackPerSecond.toFixed(0)}/s`, target: '' },
    { measure: `Slack, offered ${rate}/s: ack latency p50 / p99 (max)`, value: `${ms(paced.ackP50Ms)} / ${ms(paced.ackP99Ms)} (${ms(paced.ackMaxMs)})`, target: 'p99 < 50 ms', pass: paced.ackP99Ms < 50 },
    ...(floor
      ? [{ measure: `Slack, the same sender at ${rate}/s against a server doing nothing: p50 / p99 (max), the measurement's floor`, value: `${ms(floor.p50Ms)} / ${ms(floor.p99Ms)} (${ms(floor.maxMs)})`, target: '' }]
      : []),
    { measure: `Slack, offered ${rate}/s: replies delivered/s, time to drain`, value: `${paced.repliesPerSecond.toFixed(0)}/s, ${ms(paced.drainMs)}`, target: '' },
    { measure: `Slack, offered ${rate}/s: CPU per event, server / stand-in / load generator`, value: cpuValue(paced), target: '' },
    { measure: `Slack: CPU that ${rate} events/s end to end would take (all three processes, as-fast run's CPU per event)`, value: coresNeeded(max), target: `<= ${os.cpus().length} cores` },
    ...(transportOnly
      ? [
          { measure: 'Slack, transport alone (Bolt receiver + Web API client posting one fixed answer; no engine, store or rendering), as fast as it goes: replies delivered/s', value: `${transportOnly.repliesPerSecond.toFixed(0)}/s`, target: '' },
          { measure: 'Slack, transport alone: CPU per event, server / stand-in / load generator', value: cpuValue(transportOnly), target: '' },
        ]
      : []),
    { measure: 'Slack: failed acks (non-2xx, errors, timeouts), both runs', value: String(sum((r) => r.failedAcks)), target: '0', pass: sum((r) => r.failedAcks) === 0 },
    { measure: 'Slack: duplicate replies, both runs', value: String(sum((r) => r.duplicates)), target: '0', pass: sum((r) => r.duplicates) === 0 },
    { measure: 'Slack: missing replies, both runs', value: String(sum((r) => r.missing)), target: '0', pass: sum((r) => r.missing) === 0 },
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

  const onlySlack = args.includes('--only-slack');
  const measured: [string, KbResult][] = [];
  if (!onlySlack) {
    console.error('bench: shipped knowledge base…');
    const shipped = await measureInFork('shipped');
    rows.push(...kbRows('Shipped KB', shipped, 2, 10));
    measured.push(['shipped', shipped]);
  }
  if (!onlySlack && !args.includes('--skip-synthetic')) {
    console.error(`bench: synthetic knowledge base (${SYNTHETIC_SECTIONS} sections)…`);
    const synthetic = await measureInFork('synthetic');
    rows.push(...kbRows('10k sections', synthetic, 10, 10));
    measured.push(['10k', synthetic]);
  }
  for (const [label, r] of measured) {
    notes.push(`slowest long messages (${label}): ${r.slowest.map((s) => `${s.kind} ${s.chars} chars ${ms(s.ms)}`).join('; ')}`);
  }

  if (!onlySlack && !args.includes('--skip-redaction')) {
    console.error('bench: credential redaction…');
    const redaction = await measureRedaction();
    for (const [label, times, budget] of [['short pastes', redaction.short, 1], ['40,000-character pastes', redaction.long, 5]] as const) {
      rows.push({
        measure: `Redaction ${label}: p50 / p99 (CPU p99; ${times.count} runs)`,
        value: `${ms(times.p50)} / ${ms(times.p99)} (${ms(times.cpuP99)})`,
        target: `p99 < ${budget} ms`,
        pass: times.p99 < budget,
      });
    }
  }

  if (!onlySlack && !args.includes('--skip-startup')) {
    console.error('bench: server start-up…');
    const startup = await measureStartup();
    const median = percentile(startup.readyMs, 50);
    rows.push({ measure: `Start to /healthz ready (median of ${STARTUP_RUNS}; max ${ms(Math.max(...startup.readyMs))})`, value: ms(median), target: '< 1,500 ms', pass: median < 1_500 });
    rows.push({ measure: 'Server RSS after ready (shipped KB)', value: Number.isFinite(startup.rssMb) ? `${startup.rssMb.toFixed(0)} MB` : 'n/a', target: '' });
    const ask = measureCliAsk(STARTUP_RUNS);
    const askMedian = percentile(ask, 50);
    rows.push({ measure: `kb ask, wall time from a new process (median of ${STARTUP_RUNS}; max ${ms(Math.max(...ask))})`, value: ms(askMedian), target: '< 300 ms', pass: askMedian < 300 });
  }

  if (!args.includes('--skip-slack')) {
    console.error(`bench: Slack throughput (${SLACK_EVENTS} events over ${SLACK_CONNECTIONS} connections)…`);
    try {
      const { runs, floor } = await measureSlack(
        [
          { events: SLACK_EVENTS, connections: SLACK_CONNECTIONS, nodeArgs: profileArgs() },
          { events: SLACK_EVENTS, connections: SLACK_CONNECTIONS, rate: SLACK_PACED_RATE },
          { events: SLACK_EVENTS, connections: SLACK_CONNECTIONS, transportOnly: true },
        ],
        SLACK_PACED_RATE,
      );
      rows.push(...slackRows(runs[0], runs[1], runs[2], floor));
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
