/**
 * Shutdown is bounded: with a Slack Web API that accepts connections and never answers, a SIGTERM
 * still ends the server within 12 s (in-flight replies get 10 s), with one log line counting what
 * it abandoned.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../support/free-port';
import { eventEnvelope, sendEvent, TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from '../support/slack-requests';
import { STAND_IN_BOT } from '../support/slack-web-api';

const ROOT = path.resolve(__dirname, '..', '..');
const REGISTER = path.join(ROOT, 'test', 'server', 'support', 'register-ts.js');

/** Answers auth.test (so the server starts) and holds every other call open forever. */
async function slackThatNeverAnswers(): Promise<{ url: string; held: () => number; close: () => void }> {
  const held: http.ServerResponse[] = [];
  const server = http.createServer((req, res) => {
    req.resume();
    if (req.url?.startsWith('/api/auth.test')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, team_id: STAND_IN_BOT.teamId, user_id: STAND_IN_BOT.userId, bot_id: STAND_IN_BOT.botId }));
      return;
    }
    held.push(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`,
    held: () => held.length,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

describe('shutdown with a Slack Web API that never answers', () => {
  it('exits within 12 s and logs how many replies it abandoned', async () => {
    const slack = await slackThatNeverAnswers();
    const port = await freePort();
    const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-shutdown-'));
    const child = spawn(process.execPath, ['-r', REGISTER, path.join(ROOT, 'src', 'server.ts')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', STATE_DIR: stateDir, LOG_LEVEL: 'info', SLACK_BOT_TOKEN: TEST_BOT_TOKEN, SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_API_URL: slack.url },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      for (let waited = 0; !stderr.includes('kb-assistant ready') && waited < 60_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
      const url = `http://127.0.0.1:${port}`;
      for (let i = 0; i < 3; i++) {
        const sent = await sendEvent(`${url}/slack/events`, eventEnvelope({ type: 'app_mention', user: 'U0WAIT', text: `<@${STAND_IN_BOT.userId}> GoneException 410 (${i})`, ts: `1700000500.00000${i}`, channel: 'C0WAIT' }));
        expect(sent.status).toBe(200);
      }
      for (let waited = 0; slack.held() < 3 && waited < 20_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
      expect(slack.held()).toBeGreaterThanOrEqual(3);

      const stopping = Date.now();
      child.kill('SIGTERM');
      const code = await exited;
      const tookMs = Date.now() - stopping;

      expect(tookMs).toBeLessThan(12_000);
      expect(code).toBe(0);
      const abandoned = stderr.split('\n').filter((line) => line.includes('shutdown: abandoned'));
      expect(abandoned).toHaveLength(1);
      expect(JSON.parse(abandoned[0])).toMatchObject({ abandoned: 3, replies: 3 });
    } finally {
      child.kill('SIGKILL');
      slack.close();
      fs.rmSync(stateDir, { recursive: true, force: true });
    }
  }, 90_000);
});
