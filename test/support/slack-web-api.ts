/**
 * A small local HTTP server standing in for Slack's Web API (tests point SLACK_API_URL at
 * `${url}/api/`) and for response_url endpoints (`${url}/response/<id>`). It answers the methods
 * the adapter calls, records every call with its parsed arguments, and can be told to fail.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One recorded call: a Web API method (`chat.postMessage`…) or `response_url`. */
export interface RecordedCall {
  method: string;
  /** The request path (`/api/chat.postMessage`, `/response/<id>`). */
  path: string;
  args: Record<string, unknown>;
  /** The Authorization header, to check the bot token is sent. */
  authorization?: string;
  at: number;
  /** What the stand-in answered (for chat.postMessage: the new message's ts). */
  response?: Record<string, unknown>;
}

/** A scripted answer for the next call(s) of a method. */
export interface Fault {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many calls it applies to; Infinity for "forever". */
  times: number;
  /** Only calls to this channel (args.channel); any channel when unset. Lets tests run side by side. */
  channel?: string;
}

export interface SlackWebApiStandIn {
  /** Base URL of the stand-in, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Value for SLACK_API_URL. */
  apiUrl: string;
  /** A response_url on this server. */
  responseUrl(id: string): string;
  calls: RecordedCall[];
  /** Calls of one method (or `response_url`). */
  callsOf(method: string): RecordedCall[];
  /** Fails the next `times` calls of `method` (to `fault.channel`, if set) with the given status (and headers). */
  fail(method: string, fault: Fault): void;
  /** Resolves once `count` calls match `predicate`, or rejects after `timeoutMs`. */
  waitFor(predicate: (call: RecordedCall) => boolean, count?: number, timeoutMs?: number): Promise<RecordedCall[]>;
  /** Waits a moment and returns the calls so far (to assert nothing more arrives). */
  settle(ms?: number): Promise<RecordedCall[]>;
  close(): Promise<void>;
}

export const STAND_IN_BOT = { userId: 'UBOT0001', botId: 'BBOT0001', teamId: 'T0TEST01' } as const;

function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // @slack/web-api sends nested values (blocks, view) as JSON strings in a form body.
    args[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return args;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

export async function startSlackWebApi(): Promise<SlackWebApiStandIn> {
  const calls: RecordedCall[] = [];
  const faults = new Map<string, Fault[]>();
  const waiters = new Set<() => void>();
  let tsCounter = 0;

  function answer(method: string, args: Record<string, unknown>): unknown {
    const channel = typeof args.channel === 'string' ? args.channel : 'C0000000';
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://test.slack.com/', team: 'Test', user: 'kb-assistant', team_id: STAND_IN_BOT.teamId, user_id: STAND_IN_BOT.userId, bot_id: STAND_IN_BOT.botId };
      case 'chat.postMessage': {
        tsCounter += 1;
        const ts = `1800000000.${String(tsCounter).padStart(6, '0')}`;
        return { ok: true, channel, ts, message: { type: 'message', ts, text: args.text, bot_id: STAND_IN_BOT.botId } };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `1800000000.${String(++tsCounter).padStart(6, '0')}` };
      case 'chat.update':
        return { ok: true, channel, ts: args.ts, text: args.text };
      case 'chat.getPermalink':
        return { ok: true, channel, permalink: `https://test.slack.com/archives/${channel}/p${String(args.message_ts).replace('.', '')}` };
      case 'views.publish':
        return { ok: true, view: { id: 'V0TEST', type: 'home' } };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0];
      const method = path.startsWith('/api/') ? path.slice('/api/'.length) : path.startsWith('/response/') ? 'response_url' : path;
      let args: Record<string, unknown>;
      try {
        args = parseArgs(Buffer.concat(chunks).toString('utf8'), req.headers['content-type']);
      } catch {
        res.writeHead(400).end();
        return;
      }
      const call: RecordedCall = { method, path, args, authorization: req.headers.authorization, at: Date.now() };
      calls.push(call);
      const queue = faults.get(method) ?? [];
      const at = queue.findIndex((f) => f.channel === undefined || f.channel === args.channel);
      const fault = at >= 0 ? queue[at] : undefined;
      if (fault) {
        fault.times -= 1;
        if (fault.times <= 0) queue.splice(at, 1);
        res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
        res.end(JSON.stringify(fault.body ?? { ok: false, error: 'fault' }));
        call.response = { fault: fault.status };
      } else {
        res.writeHead(200, { 'content-type': method === 'response_url' ? 'text/plain' : 'application/json' });
        const body = method === 'response_url' ? undefined : (answer(method, args) as Record<string, unknown>);
        call.response = body;
        res.end(body ? JSON.stringify(body) : 'ok');
      }
      for (const wake of [...waiters]) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const callsOf = (method: string): RecordedCall[] => calls.filter((c) => c.method === method);

  return {
    url,
    apiUrl: `${url}/api/`,
    responseUrl: (id) => `${url}/response/${id}`,
    calls,
    callsOf,
    fail(method, fault) {
      const queue = faults.get(method) ?? [];
      queue.push({ ...fault });
      faults.set(method, queue);
    },
    waitFor(predicate, count = 1, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        // Calls are only ever appended and their records are complete before waiters wake, so each
        // call is tested once: refiltering every call on every call is quadratic in a long test.
        const matching: RecordedCall[] = [];
        let seen = 0;
        const check = (): boolean => {
          for (; seen < calls.length; seen++) if (predicate(calls[seen])) matching.push(calls[seen]);
          if (matching.length >= count) {
            cleanup();
            resolve(matching);
            return true;
          }
          return false;
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`stand-in: waited ${timeoutMs} ms for ${count} matching call(s); got: ${calls.map((c) => c.method).join(', ') || 'none'}`));
        }, timeoutMs);
        const cleanup = (): void => {
          clearTimeout(timer);
          waiters.delete(onCall);
        };
        const onCall = (): void => {
          check();
        };
        if (!check()) waiters.add(onCall);
      });
    },
    async settle(ms = 300) {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return [...calls];
    },
    close() {
      return new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
