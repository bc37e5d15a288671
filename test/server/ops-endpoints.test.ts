import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { HealthReport } from '../../src/http/ops-routes';
import { freePort } from '../support/free-port';
import { startTestRuntime, type TestRuntime } from '../support/runtime';

const GONE = 'An error occurred (GoneException) when calling the PostToConnection operation: 410';

async function chat(app: TestRuntime, text: string): Promise<number> {
  const res = await fetch(`${app.url}/api/chat/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }) });
  await res.arrayBuffer();
  return res.status;
}

describe('GET /healthz', () => {
  it('says 200 ok with the adapters, the store and the article count once ready', async () => {
    const app = await startTestRuntime();
    try {
      const res = await fetch(`${app.url}/healthz`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as HealthReport;
      expect(body).toMatchObject({ status: 'ok', adapters: ['web'], store: { kind: 'memory', ok: true }, knowledge: { articles: 23, problems: 0 } });
      expect(body.knowledge.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await app.close();
    }
  });

  it('says 503 degraded, with the reason and no password, when Redis is unreachable — and chat still answers', async () => {
    const port = await freePort();
    const app = await startTestRuntime({ redisUrl: `redis://:hunter2pw@127.0.0.1:${port}` });
    try {
      const res = await fetch(`${app.url}/healthz`);
      expect(res.status).toBe(503);
      const text = await res.text();
      expect(text).not.toContain('hunter2pw');
      const body = JSON.parse(text) as HealthReport;
      expect(body.status).toBe('degraded');
      expect(body.store).toMatchObject({ kind: 'redis', ok: false });
      expect(body.store.detail).toMatch(/in-memory/);
      expect(await chat(app, GONE)).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('says 503 when no article could be loaded', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-empty-articles-'));
    // A folder without any *.md stops the start (see startup-checks); a broken article only degrades it.
    fs.writeFileSync(path.join(empty, 'broken.md'), 'no front matter\n');
    const app = await startTestRuntime({ knowledgeDir: empty, indexPath: path.join(empty, 'index.json') });
    try {
      const res = await fetch(`${app.url}/healthz`);
      expect(res.status).toBe(503);
      expect(((await res.json()) as HealthReport).knowledge.articles).toBe(0);
    } finally {
      await app.close();
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('GET /metrics', () => {
  it('exposes requests, replies, latency, feedback and store health in Prometheus text format', async () => {
    const app = await startTestRuntime();
    try {
      expect(await chat(app, GONE)).toBe(200);
      expect(await chat(app, 'my sourdough starter smells like acetone, is that bad')).toBe(200);
      const res = await fetch(`${app.url}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      const text = await res.text();
      expect(text).toContain('kb_messages_received_total{channel="web"} 2');
      expect(text).toMatch(/kb_replies_total\{channel="web",kind="answer"\} 1/);
      expect(text).toMatch(/kb_reply_duration_seconds_count\{channel="web"\} 2/);
      expect(text).toContain('kb_store_healthy{kind="memory"} 1');
      expect(text).toContain('# TYPE kb_feedback_total counter');
      expect(text).toContain('# TYPE kb_store_errors_total counter');
      expect(text).not.toContain('sourdough');
    } finally {
      await app.close();
    }
  });

  it('keeps each runtime’s metrics apart (own registry, not the global one)', async () => {
    const one = await startTestRuntime();
    const two = await startTestRuntime();
    try {
      await chat(one, GONE);
      const text = await (await fetch(`${two.url}/metrics`)).text();
      expect(text).not.toContain('kb_messages_received_total{channel="web"}');
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});

describe('graceful close', () => {
  it('finishes a request in flight, then stops accepting connections', async () => {
    const app = await startTestRuntime();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    app.runtime.app.get('/test/slow', async (_req, res) => {
      entered();
      await gate;
      res.json({ finished: true });
    });
    const slow = fetch(`${app.url}/test/slow`).then((r) => r.json());
    await inside;
    const closing = app.close();
    await new Promise((r) => setTimeout(r, 50));
    await expect(fetch(`${app.url}/healthz`)).rejects.toThrow();
    release();
    await expect(slow).resolves.toEqual({ finished: true });
    await closing;
  });
});
