/**
 * The transport under the Web API client: node:http(s) requests over keep-alive agents, given to
 * @slack/web-api through its `fetch` option (its FetchFunction contract). The global fetch
 * (undici's WHATWG streams, Request/Response/Headers objects) cost about 0.8 ms of CPU per
 * chat.postMessage under load against about 0.3 ms for this (`npm run bench`), which decided how
 * many replies a second one process could post. Retries, 429 handling, timeouts (through `signal`)
 * and serialization stay the client's. Non-string bodies (file uploads as FormData) go to the
 * global fetch: the bot never uploads files, and this keeps the contract whole.
 */
import http from 'node:http';
import https from 'node:https';
import type { webApi } from '@slack/bolt';

type FetchInit = NonNullable<Parameters<webApi.FetchFunction>[1]>;
type FetchResponse = Awaited<ReturnType<webApi.FetchFunction>>;

/** Most concurrent connections to the Web API host (the client queues beyond its own limit anyway). */
const WEB_API_MAX_SOCKETS = 64;

function headerValue(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}

function responseOf(url: string, res: http.IncomingMessage, body: Buffer): FetchResponse {
  const status = res.statusCode ?? 0;
  const headers = res.headers;
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: res.statusMessage ?? '',
    url,
    headers: {
      get: (name) => headerValue(headers[name.toLowerCase()]),
      entries: () => Object.entries(headers).map(([name, value]): [string, string] => [name, headerValue(value) ?? '']),
    },
    text: async () => body.toString('utf8'),
    json: async () => JSON.parse(body.toString('utf8')) as unknown,
    arrayBuffer: async () => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
  };
}

/** A FetchFunction for WebClientOptions.fetch, with its own keep-alive connection pools. */
export function createWebApiFetch(): webApi.FetchFunction {
  const agents: Record<string, http.Agent> = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: WEB_API_MAX_SOCKETS }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: WEB_API_MAX_SOCKETS }),
  };
  return (input, init: FetchInit = {}) => {
    // The client's own default; DOM typings of Headers lack the entries() the contract names.
    if (init.body !== undefined && typeof init.body !== 'string') return globalThis.fetch(input, init) as unknown as Promise<FetchResponse>;
    const url = typeof input === 'string' ? new URL(input) : input;
    const agent = agents[url.protocol];
    if (!agent) return Promise.reject(new TypeError(`Web API URL must be http or https, not ${url.protocol}`));
    const request = url.protocol === 'https:' ? https.request : http.request;
    const body = init.body;
    return new Promise<FetchResponse>((resolve, reject) => {
      const headers: http.OutgoingHttpHeaders = { ...init.headers };
      if (body !== undefined) headers['content-length'] = Buffer.byteLength(body);
      const req = request(url, { method: init.method ?? 'GET', headers, agent, signal: init.signal }, (res) => {
        const status = res.statusCode ?? 0;
        if (init.redirect === 'error' && status >= 300 && status < 400) {
          res.resume();
          reject(new TypeError(`Web API answered a redirect (${status}); redirects are not followed`));
          return;
        }
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => resolve(responseOf(url.href, res, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks))));
      });
      req.on('error', reject);
      req.end(body);
    });
  };
}
