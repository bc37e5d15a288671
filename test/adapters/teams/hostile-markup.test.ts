/**
 * A Teams message whose markup is built to make a tag-stripping pattern backtrack (textFormat
 * "xml", 80,000 `<`) is cut and stripped in linear time: the server — its own process, as in
 * production — keeps answering /healthz within 50 ms while it handles it, and the sender gets a reply.
 */
import path from 'node:path';
import { startServerProcess, type ServerProcess } from '../../bench/server-process';
import { personalMessage, postActivity } from '../../support/bot-connector-activities';
import { startBotConnectorStandIn, type BotConnectorStandIn } from '../../support/bot-connector-stand-in';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const REGISTER = path.join(ROOT, 'test', 'server', 'support', 'register-ts.js');

async function healthLatency(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/healthz`);
  await response.text();
  return performance.now() - started;
}

describe('a Teams activity with 80,000 "<" as xml', () => {
  let connector: BotConnectorStandIn;
  let server: ServerProcess;

  beforeAll(async () => {
    connector = await startBotConnectorStandIn();
    server = await startServerProcess({ TEAMS_ENABLED: 'true', LOG_LEVEL: 'debug' }, ['-r', REGISTER], path.join(ROOT, 'src', 'server.ts'), 60_000);
    // Measure after the engine's warm-up, with the markup path run once by an ordinary message.
    for (let waited = 0; !server.stderr().includes('engine warmed up') && waited < 30_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    await postActivity(server.url, { ...personalMessage(connector.url, '<p><b>GoneException</b> 410</p>'), textFormat: 'xml' });
    await connector.waitForCalls(1);
    connector.reset();
  }, 90_000);
  afterAll(async () => {
    await server?.stop();
    await connector?.close();
  });

  /** Sends the hostile activity while probing /healthz; the slowest probe and the time to the reply. */
  async function oneRound(): Promise<{ slowestMs: number; probes: number; handledMs: number; status: number }> {
    const activity = { ...personalMessage(connector.url, '<'.repeat(80_000)), textFormat: 'xml' };
    connector.reset();
    const latencies: number[] = [];
    let done = false;
    const probing = (async () => {
      while (!done) {
        latencies.push(await healthLatency(server.url));
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();
    const started = performance.now();
    const response = await postActivity(server.url, activity);
    await connector.waitForCalls(1);
    const handledMs = performance.now() - started;
    done = true;
    await probing;
    return { slowestMs: Math.max(...latencies), probes: latencies.length, handledMs, status: response.status };
  }

  it('keeps /healthz answering within 50 ms while it is handled, and replies', async () => {
    // The machine running the tests may be busy with other work, which delays any request now and
    // then; a few rounds give the server a fair chance. The pattern this replaced kept the server
    // busy for seconds on every round, so it fails every round.
    const rounds: Awaited<ReturnType<typeof oneRound>>[] = [];
    for (let i = 0; i < 8 && !rounds.some((r) => r.slowestMs < 50); i++) rounds.push(await oneRound());
    for (const round of rounds) {
      expect(round.status).toBe(200);
      expect(round.probes).toBeGreaterThanOrEqual(2);
    }
    expect(Math.min(...rounds.map((r) => r.slowestMs))).toBeLessThan(50);
  });
});
