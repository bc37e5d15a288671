/**
 * End-to-end Slack throughput on loopback: the built server runs as a child process with the
 * Slack adapter on (real Bolt receiver, signature checks, engine, @slack/web-api client); pre-signed
 * `app_mention` events (each with its own event_id, ts and user) go to POST /slack/events —
 * fired by `autocannon` over 50 connections as fast as they are acknowledged, or sent evenly at an
 * offered rate (paced-sender.ts) to read the acknowledgement latency at that rate; replies are
 * counted per thread at the stand-in Web API, in its own process. Each run gets a fresh,
 * warmed-up server; CPU time is read per process so the table shows who used the cores. A run can
 * target the transport-only yardstick instead (transport-only-app.ts) to show what Bolt and the
 * Web API client cost before the server does any work of its own.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { cpuSecondsOf, machineCpuSoFar } from './process-cpu';
import { sendPaced } from './paced-sender';
import { SERVER_SCRIPT, startServerProcess, type ServerProcess } from './server-process';
import { percentile } from './stats';
import { BENCH_SIGNING_SECRET, signedEvent, signedEvents, type SignedRequest } from './slack-events';
import { startRemoteCounter, type RemoteCounter } from './slack-web-api-counter';

/** One Slack run: how many events, and either autocannon's connections (as fast as acks come back) or an offered rate. */
export interface SlackRunOptions {
  events: number;
  /** autocannon connections, for the as-fast-as-it-goes run. */
  connections: number;
  /** Events per second, sent evenly (open loop); the connection count is then whatever the rate needs. */
  rate?: number;
  /** Extra node flags for the server (e.g. --cpu-prof). */
  nodeArgs?: string[];
  /** Run the transport-only yardstick (transport-only-app.ts) instead of the server. */
  transportOnly?: boolean;
}

/** What one run measured. */
export interface SlackRun {
  events: number;
  transportOnly: boolean;
  rate?: number;
  /** Seconds from the first event sent to the last acknowledgement. */
  sendSeconds: number;
  ackPerSecond: number;
  ackP50Ms: number;
  ackP99Ms: number;
  ackMaxMs: number;
  /** Non-2xx answers, connection errors and timeouts. */
  failedAcks: number;
  delivered: number;
  /** Replies delivered per second, from the first event sent to the last reply received. */
  repliesPerSecond: number;
  /** Milliseconds from the last acknowledgement to the last reply (the backlog left to drain). */
  drainMs: number;
  duplicates: number;
  missing: number;
  /**
   * CPU seconds used during the run (send and drain) by each process, by everything else on the
   * machine (other people's work sharing it), and stolen by the hypervisor.
   */
  cpu: { server: number; standIn: number; generator: number; others: number; steal: number };
}

interface AutocannonResult {
  latency: { p50: number; p99: number; max: number };
  duration: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  amount: number;
  timeout: number;
  requests: { method: string; setupRequest: () => SignedRequest }[];
}) => Promise<AutocannonResult>;

// autocannon ships no type declarations; the slice used here is typed above.
const autocannon = createRequire(__filename)('autocannon') as Autocannon;

/** Events sent (unmeasured) before each run so the server's JIT and connections are warm. */
const WARM_UP_EVENTS = 1_000;
/** A run gives up waiting for replies once none has arrived for this long; what is missing then is reported. */
const DRAIN_IDLE_MS = 10_000;
/** Seconds before autocannon counts a request as timed out (Slack itself gives up after 3). */
const ACK_TIMEOUT_S = 10;

/** The compiled yardstick: Bolt and the Web API client with no kb-assistant work per event. */
const TRANSPORT_ONLY_SCRIPT = path.join(__dirname, 'transport-only-app.js');

let nextEvent = 1;

/** Sends `count` pre-signed events (numbered on from earlier runs, so every event_id is new). */
interface Acks {
  seconds: number;
  p50: number;
  p99: number;
  max: number;
  failed: number;
}

/** Sends `count` pre-signed events (numbered on from earlier runs, so every event_id is new). */
async function fire(server: ServerProcess, count: number, connections: number, rate?: number): Promise<Acks> {
  if (rate) {
    const paced = await sendPaced(server.url, signedEvents(nextEvent, count), rate, ACK_TIMEOUT_S * 1000);
    nextEvent += count;
    const { latenciesMs: l } = paced;
    return { seconds: paced.seconds, p50: percentile(l, 50), p99: percentile(l, 99), max: Math.max(...l), failed: paced.failed };
  }
  // A few spare events: autocannon may prepare one request per connection that it never sends.
  const batch = signedEvents(nextEvent, count + connections);
  nextEvent += batch.length;
  let i = 0;
  const result = await autocannon({
    url: server.url,
    connections,
    amount: count,
    timeout: ACK_TIMEOUT_S,
    requests: [{ method: 'POST', setupRequest: () => batch[i++] ?? signedEvent(nextEvent++, Math.floor(Date.now() / 1000)) }],
  });
  return {
    seconds: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

async function runOnce(webApi: RemoteCounter, options: SlackRunOptions): Promise<SlackRun> {
  const server = await startServerProcess(
    {
      SLACK_BOT_TOKEN: 'xoxb-0000000000-bench',
      SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET,
      SLACK_API_URL: webApi.apiUrl,
      RATE_LIMIT_PER_MINUTE: '10000',
      // What a production deployment under load runs with: warnings and errors only.
      LOG_LEVEL: 'warn',
    },
    options.nodeArgs ?? [],
    options.transportOnly ? TRANSPORT_ONLY_SCRIPT : SERVER_SCRIPT,
  );
  try {
    await webApi.reset();
    await fire(server, WARM_UP_EVENTS, options.connections);
    await webApi.waitForThreads(WARM_UP_EVENTS, DRAIN_IDLE_MS);
    await webApi.reset();

    const pids = { server: server.child.pid ?? 0, standIn: webApi.pid, generator: process.pid };
    const cpuBefore = { server: cpuSecondsOf(pids.server), standIn: cpuSecondsOf(pids.standIn), generator: cpuSecondsOf(pids.generator), machine: machineCpuSoFar() };
    const startedAt = Date.now();
    const acks = await fire(server, options.events, options.connections, options.rate);
    const ackedAt = Date.now();
    const counted = await webApi.waitForThreads(options.events, DRAIN_IDLE_MS);
    const machine = machineCpuSoFar();
    const ours = {
      server: cpuSecondsOf(pids.server) - cpuBefore.server,
      standIn: cpuSecondsOf(pids.standIn) - cpuBefore.standIn,
      generator: cpuSecondsOf(pids.generator) - cpuBefore.generator,
    };
    const others = Math.max(0, machine.busy - cpuBefore.machine.busy - ours.server - ours.standIn - ours.generator);
    const cpu = { ...ours, others, steal: machine.steal - cpuBefore.machine.steal };
    // Let any late duplicate arrive before the final count.
    await new Promise((r) => setTimeout(r, 300));
    const final = await webApi.snapshot();

    const lastReplyAt = Math.max(counted.lastReplyAt, startedAt + 1);
    return {
      events: options.events,
      transportOnly: options.transportOnly ?? false,
      rate: options.rate,
      sendSeconds: acks.seconds,
      ackPerSecond: (options.events - acks.failed) / acks.seconds,
      ackP50Ms: acks.p50,
      ackP99Ms: acks.p99,
      ackMaxMs: acks.max,
      failedAcks: acks.failed,
      delivered: final.threads,
      repliesPerSecond: counted.threads / ((lastReplyAt - startedAt) / 1000),
      drainMs: Math.max(0, counted.lastReplyAt - ackedAt),
      duplicates: final.duplicates,
      missing: Math.max(0, options.events - final.threads),
      cpu,
    };
  } finally {
    await server.stop();
  }
}

/** Latency the load generator itself sees at a rate, against a server that does no work. */
export interface GeneratorFloor {
  rate: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/**
 * The paced sender against the stand-in Web API (which answers any other path with a bare
 * `{"ok":true}`): the part of an acknowledgement latency that is the generator and the machine,
 * not the server under test.
 */
async function measureFloor(webApi: RemoteCounter, events: number, rate: number): Promise<GeneratorFloor> {
  const base = new URL(webApi.apiUrl).origin;
  const paced = await sendPaced(base, signedEvents(0, events), rate, ACK_TIMEOUT_S * 1000);
  const l = paced.latenciesMs;
  return { rate, p50Ms: percentile(l, 50), p99Ms: percentile(l, 99), maxMs: Math.max(...l) };
}

/** Runs each configuration against its own fresh server, one stand-in Web API for all; `floorRate` also measures the generator's floor. */
export async function measureSlack(runs: SlackRunOptions[], floorRate?: number): Promise<{ runs: SlackRun[]; floor?: GeneratorFloor }> {
  const webApi = await startRemoteCounter();
  try {
    const results: SlackRun[] = [];
    for (const run of runs) results.push(await runOnce(webApi, run));
    const floor = floorRate ? await measureFloor(webApi, Math.min(...runs.map((r) => r.events)), floorRate) : undefined;
    return { runs: results, floor };
  } finally {
    await webApi.close();
  }
}
