import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseReportArgs, report } from '../../../src/cli/commands/report';
import type { InsightsReport } from '../../../src/insights/summarize';
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
    expect(out).toMatch(new RegExp(`^kb report — last 30 days \\(from \\d{4}-\\d\\d-\\d\\d 00:00 UTC; store: ${stateDir}\\)\\n`));
    expect(out).toContain('  4 questions: 3 answered, 0 clarified, 1 unanswered; 1 solved, 2 not it (0 of them typed), 0 escalated\n');
    expect(out).toMatch(/solved rate 33%, not-it rate 67%; answer time p50 \d+ ms, p99 \d+ ms/);
    expect(out).toContain('Gaps: unanswered and "not it" questions, by error signature');
    expect(out).toMatch(new RegExp(`\\n\\s+2\\s+0\\s+2\\s+2  GoneException · 410\\n.*\\n\\s+rejected: ${GONE_TITLE} \\(2\\)\\n\\s+closest: ${GONE_TITLE}`));
    expect(out).toMatch(/\n\s+1\s+1\s+0\s+1  my sourdough/);
    expect(out).toMatch(new RegExp(`Articles\\n  answers  solved  not-it  escalated \\(open/taken/resolved\\)  article\\n\\s+3\\s+1\\s+2\\s+0\\s+\\(0/0/0\\)  ${GONE_TITLE}\\n`));
    expect(out).toMatch(new RegExp(`Sections\\n.*\\n\\s+3\\s+1\\s+2\\s+0  ${GONE_TITLE} › \\S`));
    expect(out).toContain('Records older than 90 days are deleted from the store (RETENTION_DAYS).');
    fs.rmSync(stateDir, { recursive: true, force: true });
  });

  it('prints JSON with --json', async () => {
    const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-report-'));
    const { code, out } = await runReport(['--json'], { STATE_DIR: stateDir });
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as InsightsReport;
    expect(parsed.totals).toEqual({ questions: 0, answer: 0, clarify: 0, none: 0, solved: 0, notIt: 0, escalations: 0, typedFeedback: 0, solvedRate: null, notItRate: null });
    expect(parsed).toMatchObject({ retentionDays: 90, articles: [], sections: [], gaps: [], answerTime: { count: 0, p50Ms: null, p99Ms: null } });
    expect(parsed.period).toMatchObject({ name: '30d', bucket: 'day' });
    expect(parsed.period.buckets).toHaveLength(30);
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
      expect(out).toMatch(/^kb report — last 30 days \(from .* UTC; store: redis\)\n  4 questions: 3 answered, 0 clarified, 1 unanswered; 1 solved, 2 not it \(0 of them typed\), 0 escalated\n/);
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
    expect(parseReportArgs(['--period', '1y'])).toBe('--period needs one of 24h, 7d, 30d');
    expect(parseReportArgs(['--json', '--limit', '5'])).toEqual({ json: true, limit: 5, period: '30d' });
    expect(parseReportArgs(['--period', '24h'])).toEqual({ json: false, limit: 20, period: '24h' });
  });
});
