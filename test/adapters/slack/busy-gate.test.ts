import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { busyGate } from '../../../adapters/slack/busy-gate';
import { createLogger } from '../../../src/observability/logger';

async function serve(app: express.Application): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe('busyGate', () => {
  it('passes requests on while the reply queue has room, and refuses them with 503 and a logged error while it is full', async () => {
    let full = false;
    let reached = 0;
    const logs: { level: string; msg: string; refused?: number }[] = [];
    let clock = 0;
    const logger = createLogger('warn', (line) => logs.push(JSON.parse(line) as { level: string; msg: string }));
    const app = express();
    app.post('/slack/events', busyGate({ full: () => full, waiting: 10, running: 2 }, logger, () => clock));
    app.post('/slack/events', (_req, res) => {
      reached++;
      res.status(200).end();
    });
    const server = await serve(app);
    try {
      expect((await fetch(`${server.url}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(200);
      full = true;
      const refused = await fetch(`${server.url}/slack/events`, { method: 'POST', body: '{}' });
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('1');
      await fetch(`${server.url}/slack/events`, { method: 'POST', body: '{}' });
      clock += 10_000;
      await fetch(`${server.url}/slack/events`, { method: 'POST', body: '{}' });
      full = false;
      expect((await fetch(`${server.url}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(200);
      expect(reached).toBe(2);
      // One error line per 10 s, counting the refusals since the last one.
      expect(logs.map((l) => [l.level, l.refused])).toEqual([
        ['error', 1],
        ['error', 2],
      ]);
      expect(logs[0].msg).toMatch(/queue full/);
    } finally {
      await server.close();
    }
  });
});
