/**
 * A local stand-in for Slack's Web API that the real @slack/web-api client (inside the server
 * under test) talks to over HTTP. It answers auth.test and chat.* like Slack does and counts the
 * replies posted per thread, so the benchmark can tell delivered, duplicated and missing replies.
 * `startRemoteCounter` runs it in a child process (this file with --serve-web-api-counter).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WebApiCounter {
  /** Base URL ending in '/', for SLACK_API_URL. */
  apiUrl: string;
  /** thread_ts -> replies posted in that thread (chat.postMessage). */
  threads: Map<string, number>;
  /** Total chat.postMessage calls. */
  posted: () => number;
  /** Resolves when `count` distinct threads have a reply, or after `timeoutMs`. */
  waitForThreads(count: number, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

function fieldsOf(body: string, contentType: string | undefined): Record<string, string> {
  if (contentType?.includes('application/json')) {
    const parsed: unknown = JSON.parse(body || '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  }
  return Object.fromEntries(new URLSearchParams(body));
}

/** Starts the stand-in on a free loopback port. */
export async function startWebApiCounter(): Promise<WebApiCounter> {
  const threads = new Map<string, number>();
  let posted = 0;
  let seq = 0;
  let waiter: { count: number; resolve: () => void } | undefined;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0];
      const fields = fieldsOf(Buffer.concat(chunks).toString('utf8'), req.headers['content-type']);
      let payload: Record<string, unknown> = { ok: true };
      if (method === 'auth.test') {
        payload = { ok: true, url: 'https://bench.slack.com/', team: 'bench', user: 'kb', team_id: 'TBENCH', user_id: 'UKBBOT', bot_id: 'BKBBOT' };
      } else if (method === 'chat.postMessage') {
        posted++;
        const thread = String(fields.thread_ts ?? '');
        threads.set(thread, (threads.get(thread) ?? 0) + 1);
        payload = { ok: true, channel: fields.channel, ts: `1800000000.${String(++seq).padStart(6, '0')}` };
        if (waiter && threads.size >= waiter.count) waiter.resolve();
      } else if (method === 'chat.postEphemeral') {
        payload = { ok: true, message_ts: `1800000000.${String(++seq).padStart(6, '0')}` };
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(payload));
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    threads,
    posted: () => posted,
    waitForThreads(count, timeoutMs) {
      if (threads.size >= count) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          waiter = undefined;
          resolve();
        }, timeoutMs);
        waiter = {
          count,
          resolve: () => {
            clearTimeout(timer);
            waiter = undefined;
            resolve();
          },
        };
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The stand-in as seen from another process: counts only. */
export interface RemoteCounter {
  apiUrl: string;
  /** Distinct threads replied to, and replies beyond the first per thread. */
  counts(): Promise<{ threads: number; duplicates: number }>;
  waitForThreads(count: number, timeoutMs: number): Promise<void>;
  /** Forgets everything counted so far (after the warm-up). */
  reset(): Promise<void>;
  close(): Promise<void>;
}

type CounterRequest = { id: number; op: 'counts' | 'reset' };

/**
 * Runs the stand-in in its own process, so the load generator (autocannon, busy signing events)
 * never slows the replies down by sharing an event loop with the server's Web API.
 */
export function startRemoteCounter(): Promise<RemoteCounter> {
  return new Promise((resolve, reject) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { fork } = require('node:child_process') as typeof import('node:child_process');
    const child = fork(__filename, ['--serve-web-api-counter'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let nextId = 0;
    const pending = new Map<number, (value: { threads: number; duplicates: number }) => void>();
    const ask = (op: CounterRequest['op']): Promise<{ threads: number; duplicates: number }> =>
      new Promise((done) => {
        const id = ++nextId;
        pending.set(id, done);
        child.send({ id, op } satisfies CounterRequest);
      });
    child.once('error', reject);
    child.on('message', (message: { apiUrl?: string; id?: number; threads?: number; duplicates?: number }) => {
      if (message.apiUrl) {
        resolve({
          apiUrl: message.apiUrl,
          counts: () => ask('counts'),
          async waitForThreads(count, timeoutMs) {
            const deadline = Date.now() + timeoutMs;
            while ((await ask('counts')).threads < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
          },
          reset: async () => void (await ask('reset')),
          close: () =>
            new Promise<void>((done) => {
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
        return;
      }
      if (message.id !== undefined) {
        pending.get(message.id)?.({ threads: message.threads ?? 0, duplicates: message.duplicates ?? 0 });
        pending.delete(message.id);
      }
    });
  });
}

if (require.main === module && process.argv.includes('--serve-web-api-counter')) {
  void startWebApiCounter().then((counter) => {
    process.on('message', (request: CounterRequest) => {
      if (request.op === 'reset') counter.threads.clear();
      let duplicates = 0;
      for (const n of counter.threads.values()) duplicates += Math.max(0, n - 1);
      process.send?.({ id: request.id, threads: counter.threads.size, duplicates });
    });
    process.on('SIGTERM', () => void counter.close().then(() => process.exit(0)));
    process.send?.({ apiUrl: counter.apiUrl });
  });
}
