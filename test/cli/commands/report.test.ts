import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseReportArgs, report } from '../../../src/cli/commands/report';
import type { Reply } from '../../../src/reply/model';
import { redisServerAvailable, startRedisServer } from '../../support/redis-server';
import { startTestRuntime, type TestRuntime } from '../../support/runtime';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const GONE = 'An error occurred (GoneException) when calling the PostToConnection operation: 410';
const GONE_TITLE = 'Troubleshoot 410 GoneException errors with API Gateway WebSocket APIs';
const OFF_TOPIC = 'my sourdough starter smells like acetone, is that bad';

async function post(app: TestRuntime, p: string, body: unknown): Promise<{ threadId: string; reply: Reply }> {
  const res = await fetch(`${app.url}${p}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return (await res.json()) as { threadId: string; reply: Reply };
}

/** Some traffic through the real server: an answer marked "not it" twice, one helpful, one unanswered. */
async function traffic(app: TestRuntime): Promise<void> {
  for (let i = 0; i < 2; i++) {
    const first = await post(app, '/api/chat/messages', { text: GONE });
    const notIt = first.reply.actions.find((a) => a.id === 'kb_not_it')!;
    await post(app, '/api/chat/actions', { threadId: first.threadId, action: notIt.id, value: notIt.value });
  }
  const third = await post(app, '/api/chat/messages', { text: GONE });
  const solved = third.reply.actions.find((a) => a.id === 'kb_solved')!;
  await post(app, '/api/chat/actions', { threadId: third.threadId, action: solved.id, value: solved.value });
  await post(app, '/api/chat/messages', { text: OFF_TOPIC });
  // Typed feedback counts with the clicks; an escalation is counted by the article it was about.
  const fourth = await post(app, '/api/chat/messages', { text: GONE });
  await post(app, '/api/chat/messages', { threadId: fourth.threadId, text: 'thanks, that fixed it!' });
  const ask = fourth.reply.actions.find((a) => a.id === 'kb_ask_expert')!;
  await post(app, '/api/chat/actions', { threadId: fourth.threadId, action: ask.id, value: ask.value });
}

async function runReport(args: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await report(args, { KNOWLEDGE_DIR: path.join(ROOT, 'knowledge', 'articles'), ...env }, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('kb report', () => {
  it('reports from the memory store’s state files after the server has stopped', async () => {
    const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-report-'));
    const app = await startTestRuntime({ stateDir });
    await traffic(app);
    await app.close();

    const { code, out } = await runReport([], { STATE_DIR: stateDir });
    expect(code).toBe(0);
    expect(out).toMatch(/^kb report — 4 answered, 0 clarified, 1 unanswered; feedback 2 helpful, 2 not helpful \(1 typed\); escalations 1 open, 0 taken, 0 resolved/);
    expect(out).toContain('Unanswered and "not it" questions, by error signature');
    expect(out).toMatch(/\n\s+2\s+0\s+2\s+\S.*\n\s+rejected: Troubleshoot 410 GoneException errors with API Gateway WebSocket APIs \(2\)/);
    expect(out).toMatch(/\n\s+1\s+1\s+0\s+.*sourdough/);
    expect(out).toMatch(new RegExp(`\\n\\s+2\\s+2\\s+1\\s+${GONE_TITLE}`));
    expect(out).toMatch(new RegExp(`Most-matched articles\\n  answers  article\\n\\s+4  ${GONE_TITLE}`));
    expect(out).toMatch(new RegExp(`Escalations \\(Ask an expert\\) by the article shown\\n  open  taken  resolved  article\\n\\s+1\\s+0\\s+0  ${GONE_TITLE}`));
    fs.rmSync(stateDir, { recursive: true, force: true });
  });

  it('prints JSON with --json', async () => {
    const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-report-'));
    const { code, out } = await runReport(['--json'], { STATE_DIR: stateDir });
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      totals: { answer: 0, clarify: 0, none: 0, helpful: 0, notHelpful: 0, typed: 0, escalations: { open: 0, taken: 0, resolved: 0 } },
      unanswered: [],
      feedback: [],
      mostMatched: [],
      escalations: [],
    });
    fs.rmSync(stateDir, { recursive: true, force: true });
  });

  (redisServerAvailable ? it : it.skip)('reports from Redis when REDIS_URL is set', async () => {
    const redis = await startRedisServer();
    const app = await startTestRuntime({ redisUrl: redis.url });
    try {
      await traffic(app);
      const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-report-'));
      const { code, out } = await runReport([], { REDIS_URL: redis.url, STATE_DIR: emptyDir });
      expect(code).toBe(0);
      expect(out).toMatch(/^kb report — 4 answered, 0 clarified, 1 unanswered; feedback 2 helpful, 2 not helpful \(1 typed\); escalations 1 open, 0 taken, 0 resolved \(store: redis\)/);
      fs.rmSync(emptyDir, { recursive: true, force: true });
    } finally {
      await app.close();
      await redis.stop();
    }
  });

  it('stops with the one-line configuration error', async () => {
    const { code, err } = await runReport([], { REDIS_URL: 'nope' });
    expect(code).toBe(1);
    expect(err).toMatch(/^kb report: Configuration error: REDIS_URL must be/);
  });

  it('rejects unknown options', () => {
    expect(parseReportArgs(['--limit', 'x'])).toMatch(/--limit needs a whole number/);
    expect(parseReportArgs(['--csv'])).toMatch(/unknown option "--csv"/);
    expect(parseReportArgs(['--json', '--limit', '5'])).toEqual({ json: true, limit: 5 });
  });
});
