import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWebApiFetch } from '../../../adapters/slack/web-api-fetch';

interface Seen {
  method?: string;
  url?: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let server: http.Server;
let base: string;
const seen: Seen[] = [];
const connections = new Set<unknown>();
let answer: (req: http.IncomingMessage, res: http.ServerResponse) => void = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'x-oauth-scopes': 'chat:write' });
  res.end('{"ok":true,"ts":"1.2"}');
};

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      answer(req, res);
    });
  });
  server.on('connection', (socket) => connections.add(socket));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
);

describe('createWebApiFetch', () => {
  it('posts the body with its headers and returns status, headers and body the way the Web API client reads them', async () => {
    const fetchFn = createWebApiFetch();
    const response = await fetchFn(`${base}/api/chat.postMessage`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: 'Bearer xoxb-test' },
      body: 'channel=C1&text=h%C3%A9llo',
    });
    const request = seen[seen.length - 1];
    expect(request).toMatchObject({ method: 'POST', url: '/api/chat.postMessage', body: 'channel=C1&text=h%C3%A9llo' });
    expect(request.headers).toMatchObject({ 'content-type': 'application/x-www-form-urlencoded', authorization: 'Bearer xoxb-test', 'content-length': '26' });
    expect(response).toMatchObject({ ok: true, status: 200, url: `${base}/api/chat.postMessage` });
    expect(response.headers.get('X-OAuth-Scopes')).toBe('chat:write');
    expect(response.headers.get('retry-after')).toBeNull();
    expect(Object.fromEntries(response.headers.entries())).toMatchObject({ 'content-type': 'application/json' });
    expect(await response.json()).toEqual({ ok: true, ts: '1.2' });
  });

  it('passes a 429 with its Retry-After through for the client to wait out', async () => {
    answer = (_req, res) => {
      res.writeHead(429, { 'retry-after': '3' });
      res.end('{"ok":false,"error":"ratelimited"}');
    };
    const response = await createWebApiFetch()(`${base}/api/chat.postMessage`, { method: 'POST', body: '' });
    expect(response.status).toBe(429);
    expect(response.ok).toBe(false);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(await response.text()).toContain('ratelimited');
  });

  it('refuses to follow a redirect when asked not to', async () => {
    answer = (_req, res) => {
      res.writeHead(302, { location: 'http://example.invalid/' });
      res.end();
    };
    await expect(createWebApiFetch()(`${base}/api/auth.test`, { method: 'POST', body: '', redirect: 'error' })).rejects.toThrow(/redirect/);
  });

  it('gives up when the client aborts (its timeout)', async () => {
    answer = () => {
      // never answers
    };
    const controller = new AbortController();
    const pending = createWebApiFetch()(`${base}/api/auth.test`, { method: 'POST', body: '', signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toThrow();
  });

  it('keeps the connection open between calls', async () => {
    answer = (_req, res) => res.end('{"ok":true}');
    const fetchFn = createWebApiFetch();
    const before = connections.size;
    for (let i = 0; i < 5; i++) await (await fetchFn(`${base}/api/auth.test`, { method: 'POST', body: 'x=1' })).text();
    expect(connections.size - before).toBe(1);
  });
});
