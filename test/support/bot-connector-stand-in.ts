/**
 * A small local HTTP server standing in for the Bot Framework Connector service: botbuilder's real
 * ConnectorClient sends replies and card updates to it (the test points `serviceUrl` here) and it
 * records every call, answering with activity ids as the real service does. It can be told to
 * fail some calls, to exercise retries and error handling.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made to the Bot Connector. */
export interface ConnectorCall {
  method: 'POST' | 'PUT';
  conversationId: string;
  /** The activity replied to (POST …/activities/:id) or updated (PUT …/activities/:id). */
  activityId?: string;
  /** The activity JSON the bot sent. */
  body: Record<string, unknown>;
  /** The id this stand-in answered with (absent when it answered with an error). */
  answeredId?: string;
  /** True for a new conversation (POST /v3/conversations: a new thread in a channel); conversationId is then the new one. */
  created?: boolean;
  status: number;
}

/** A running stand-in and its record of calls. */
export interface BotConnectorStandIn {
  /** Base URL to use as the activity's `serviceUrl` (ends with '/'). */
  url: string;
  calls: ConnectorCall[];
  /** Answer calls matching `predicate` with `status` (e.g. 500), and `headers` if given (e.g. Retry-After), until `reset`. */
  failWhen(predicate: (call: ConnectorCall) => boolean, status?: number, headers?: Record<string, string>): void;
  /** Resolves once at least `count` calls were recorded (successful or not). */
  waitForCalls(count: number, timeoutMs?: number): Promise<ConnectorCall[]>;
  reset(): void;
  close(): Promise<void>;
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

/** Starts a stand-in on a free port of 127.0.0.1; close it after the test. */
export async function startBotConnectorStandIn(): Promise<BotConnectorStandIn> {
  const calls: ConnectorCall[] = [];
  let failure: { predicate: (call: ConnectorCall) => boolean; status: number; headers: Record<string, string> } | null = null;
  let nextId = 1;
  const waiters: (() => void)[] = [];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0];
      if (req.method === 'POST' && /^\/v3\/conversations\/?$/.test(path)) {
        // createConversation: a new reply chain in the channel named in channelData, rooted at the activity.
        let params: Record<string, unknown> = {};
        try {
          params = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
        } catch {
          res.writeHead(400).end();
          return;
        }
        const channel = ((params.channelData as { channel?: { id?: string } } | undefined)?.channel?.id) ?? 'unknown-channel';
        const activityId = `activity-${nextId++}`;
        const conversationId = `${channel};messageid=${activityId}`;
        const call: ConnectorCall = { method: 'POST', conversationId, body: (params.activity as Record<string, unknown>) ?? {}, answeredId: activityId, status: 200, created: true };
        calls.push(call);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: conversationId, activityId }));
        for (const wake of waiters.splice(0)) wake();
        return;
      }
      const match = ROUTE.exec(path);
      const method = req.method === 'PUT' ? 'PUT' : req.method === 'POST' ? 'POST' : null;
      if (!match || !method) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'NotFound', message: `no route ${req.method} ${path}` } }));
        return;
      }
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      } catch {
        res.writeHead(400).end();
        return;
      }
      const call: ConnectorCall = {
        method,
        conversationId: decodeURIComponent(match[1]),
        activityId: match[2] ? decodeURIComponent(match[2]) : undefined,
        body,
        status: 200,
      };
      if (failure?.predicate(call)) {
        call.status = failure.status;
        res.writeHead(failure.status, { ...failure.headers, 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'ServiceError', message: 'stand-in failure' } }));
      } else {
        call.answeredId = method === 'PUT' && call.activityId ? call.activityId : `activity-${nextId++}`;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: call.answeredId }));
      }
      calls.push(call);
      for (const wake of waiters.splice(0)) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    failWhen(predicate, status = 500, headers = {}) {
      failure = { predicate, status, headers };
    },
    async waitForCalls(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (calls.length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`bot connector stand-in: expected ${count} calls, got ${calls.length}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return calls;
    },
    reset() {
      calls.length = 0;
      failure = null;
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      });
    },
  };
}
