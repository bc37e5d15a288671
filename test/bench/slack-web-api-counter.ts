/**
 * A local stand-in for Slack's Web API that the real @slack/web-api client (inside the server
 * under test) talks to over HTTP. It answers auth.test and chat.* like Slack does and counts the
 * replies posted per thread, so the benchmark can tell delivered, duplicated and missing replies.
 * Kept lean on purpose (it shares the machine with the server): it reads only the method and the
 * thread_ts of each post. `startRemoteCounter` runs it in its own process (this file with
 * --serve-web-api-counter) so the load generator never shares an event loop with it.
 */
import { fork } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the stand-in has counted since the last reset. */
export interface CounterSnapshot {
  /** Distinct threads that got at least one reply. */
  threads: number;
  /** Replies beyond the first in a thread. */
  duplicates: number;
  /** Date.now() of the first and of the latest reply (0 before any). */
  firstReplyAt: number;
  lastReplyAt: number;
}

const AUTH_TEST = JSON.stringify({ ok: true, url: 'https://bench.slack.com/', team: 'bench', user: 'kb', team_id: 'TBENCH', user_id: 'UKBBOT', bot_id: 'BKBBOT' });
const OK = JSON.stringify({ ok: true });
// The client posts application/x-www-form-urlencoded; only thread_ts is read (never the blocks).
const THREAD_TS = /(?:^|&)thread_ts=([^&]*)/;

interface Counter {
  apiUrl: string;
  snapshot(): CounterSnapshot;
  reset(): void;
  close(): Promise<void>;
}

/** Starts the stand-in on a free loopback port, in this process. */
async function startCounter(): Promise<Counter> {
  let threads = new Map<string, number>();
  let duplicates = 0;
  let firstReplyAt = 0;
  let lastReplyAt = 0;
  let seq = 0;

  const server = http.createServer((req, res) => {
    const url = req.url ?? '';
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      let payload = OK;
      if (url.endsWith('/chat.postMessage')) {
        const match = THREAD_TS.exec(body);
        const thread = match ? decodeURIComponent(match[1]) : '';
        const seen = threads.get(thread) ?? 0;
        threads.set(thread, seen + 1);
        if (seen > 0) duplicates++;
        lastReplyAt = Date.now();
        if (firstReplyAt === 0) firstReplyAt = lastReplyAt;
        payload = `{"ok":true,"channel":"CBENCH","ts":"1800000000.${String(++seq).padStart(6, '0')}"}`;
      } else if (url.endsWith('/auth.test')) {
        payload = AUTH_TEST;
      } else if (url.endsWith('/chat.postEphemeral')) {
        payload = `{"ok":true,"message_ts":"1800000000.${String(++seq).padStart(6, '0')}"}`;
      }
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) });
      res.end(payload);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    snapshot: () => ({ threads: threads.size, duplicates, firstReplyAt, lastReplyAt }),
    reset() {
      threads = new Map();
      duplicates = 0;
      firstReplyAt = 0;
      lastReplyAt = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The stand-in as seen from the benchmark process. */
export interface RemoteCounter {
  /** Base URL ending in '/', for SLACK_API_URL. */
  apiUrl: string;
  /** The stand-in's process id (for its CPU time). */
  pid: number;
  snapshot(): Promise<CounterSnapshot>;
  /**
   * Resolves once `count` distinct threads have a reply, or when no new reply has arrived for
   * `idleMs` (whatever is missing then is reported as missing, never waited for forever).
   */
  waitForThreads(count: number, idleMs: number): Promise<CounterSnapshot>;
  /** Forgets everything counted so far (after the warm-up). */
  reset(): Promise<void>;
  close(): Promise<void>;
}

type CounterRequest = { id: number; op: 'snapshot' | 'reset' };
type CounterMessage = { apiUrl: string } | { id: number; snapshot: CounterSnapshot };

/** Runs the stand-in in a child process and talks to it over IPC. */
export function startRemoteCounter(): Promise<RemoteCounter> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--serve-web-api-counter'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let nextId = 0;
    const pending = new Map<number, (snapshot: CounterSnapshot) => void>();
    const ask = (op: CounterRequest['op']): Promise<CounterSnapshot> =>
      new Promise((done) => {
        const id = ++nextId;
        pending.set(id, done);
        child.send({ id, op } satisfies CounterRequest);
      });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the stand-in Web API exited (${code})`)));
    child.on('message', (message: CounterMessage) => {
      if ('apiUrl' in message) {
        resolve({
          apiUrl: message.apiUrl,
          pid: child.pid ?? 0,
          snapshot: () => ask('snapshot'),
          async waitForThreads(count, idleMs) {
            let last = await ask('snapshot');
            let progressAt = Date.now();
            while (last.threads < count && Date.now() - progressAt < idleMs) {
              await new Promise((r) => setTimeout(r, 20));
              const now = await ask('snapshot');
              if (now.threads > last.threads) progressAt = Date.now();
              last = now;
            }
            return last;
          },
          reset: async () => void (await ask('reset')),
          close: () =>
            new Promise<void>((done) => {
              child.removeAllListeners('exit');
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
        return;
      }
      pending.get(message.id)?.(message.snapshot);
      pending.delete(message.id);
    });
  });
}

if (require.main === module && process.argv.includes('--serve-web-api-counter')) {
  void startCounter().then((counter) => {
    process.on('message', (request: CounterRequest) => {
      if (request.op === 'reset') counter.reset();
      process.send?.({ id: request.id, snapshot: counter.snapshot() } satisfies CounterMessage);
    });
    process.on('SIGTERM', () => void counter.close().then(() => process.exit(0)));
    // The benchmark died without stopping it: do not linger.
    process.on('disconnect', () => process.exit(0));
    process.send?.({ apiUrl: counter.apiUrl } satisfies CounterMessage);
  });
}
