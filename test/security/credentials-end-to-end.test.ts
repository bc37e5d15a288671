/**
 * Every credential kind, pasted inside realistic error text into every way in of one running
 * kb-assistant (web chat; Slack mention, DM, /kb and thread follow-up through the Bolt HTTP
 * receiver with signed requests; Teams through CloudAdapter with real Activity JSON), must never
 * come back out: not in a reply (the reply model and the rendered Slack/Teams payloads), a log line
 * at debug, a stored record (every file under STATE_DIR, every Redis key and value), /metrics,
 * /healthz or `kb report`. The person is warned each time, privately on Slack. Secret-free pastes
 * come through untouched.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Redis from 'ioredis';
import type { AppConfig } from '../../src/config/types';
import { createLogger } from '../../src/observability/logger';
import { report } from '../../src/cli/commands/report';
import { ACTION_IDS } from '../../src/reply/actions';
import type { Reply } from '../../src/reply/model';
import { personalMessage, postActivity } from '../support/bot-connector-activities';
import { startBotConnectorStandIn, type BotConnectorStandIn } from '../support/bot-connector-stand-in';
import { redisServerAvailable, startRedisServer, type RedisServer } from '../support/redis-server';
import { startTestRuntime, type TestRuntime } from '../support/runtime';
import { eventEnvelope, sendCommand, sendEvent, TEST_BOT_TOKEN, TEST_SIGNING_SECRET, triggerId } from '../support/slack-requests';
import { STAND_IN_BOT, startSlackWebApi, type SlackWebApiStandIn } from '../support/slack-web-api';
import { CLEAN_PASTES, CORPUS_SAMPLES, CREDENTIAL_SAMPLES } from './credential-samples';

/** What Slack itself does to a pasted message before the Events API delivers it. */
function asSlackSendsIt(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Every file under `dir`, concatenated (the memory store's JSON-lines state). */
function readTree(dir: string): string {
  if (!fs.existsSync(dir)) return '';
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .map((entry) => (entry.isDirectory() ? readTree(path.join(dir, entry.name)) : fs.readFileSync(path.join(dir, entry.name), 'utf8')))
    .join('\n');
}

/** Every key and value Redis holds under `prefix`, as text. */
async function dumpRedis(url: string, prefix: string): Promise<string> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await client.connect();
  try {
    const out: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      for (const key of keys) {
        const type = await client.type(key);
        const value =
          type === 'string' ? await client.get(key)
          : type === 'list' ? await client.lrange(key, 0, -1)
          : type === 'hash' ? await client.hgetall(key)
          : type === 'set' ? await client.smembers(key)
          : type === 'zset' ? await client.zrange(key, 0, -1)
          : type === 'stream' ? await client.xrange(key, '-', '+')
          : `(${type})`;
        out.push(key, JSON.stringify(value));
      }
    } while (cursor !== '0');
    return out.join('\n');
  } finally {
    client.disconnect();
  }
}

/** Secrets and the ways a pipeline might re-encode them (JSON escapes, URL encoding, Slack escapes). */
function forms(secret: string): string[] {
  return [...new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret), asSlackSendsIt(secret)])];
}

interface Paste {
  name: string;
  text: string;
  secrets: string[];
}

/** The hand-written samples and the generated corpus: every paste that carries a secret. */
const PASTES: Paste[] = [...CREDENTIAL_SAMPLES, ...CORPUS_SAMPLES];

function expectNoSecrets(where: string, text: string, samples: readonly Paste[]): void {
  const leaks = samples.flatMap((s) => s.secrets.flatMap(forms).filter((f) => text.includes(f)).map((f) => `${s.name}: ${f.slice(0, 12)}…`));
  expect({ where, leaks }).toEqual({ where, leaks: [] });
}

const ROOT = path.resolve(__dirname, '..', '..');
const ROTATE = /rotate it/;

function runSuite(storeName: 'memory' | 'redis'): void {
  describe(`with the ${storeName} store`, () => {
    let redis: RedisServer | undefined;
    let slack: SlackWebApiStandIn;
    let connector: BotConnectorStandIn;
    let app: TestRuntime;
    let stateDir: string;
    const logLines: string[] = [];
    /** Per paste, what each way in gave back. */
    const outcomes: { paste: Paste; web: Reply; webRaw: string; clicks: string[]; mentionTs: string; dmChannel: string; followTs: string; kbId: string; teamsConversation: string }[] = [];
    const clean: { text: string; web: Reply; webRaw: string; mentionTs: string; teamsConversation: string }[] = [];
    let reportText = '';

    async function web(text: string): Promise<{ threadId: string; reply: Reply; raw: string }> {
      const response = await fetch(`${app.url}/api/chat/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
      const raw = await response.text();
      expect(response.status).toBe(200);
      const body = JSON.parse(raw) as { threadId: string; reply: Reply };
      return { ...body, raw };
    }

    async function mention(text: string, ts: string): Promise<void> {
      const sent = await sendEvent(`${app.url}/slack/events`, eventEnvelope({ type: 'app_mention', user: 'U0PASTER1', text: `<@${STAND_IN_BOT.userId}> ${asSlackSendsIt(text)}`, ts, channel: 'C0CRED001' }));
      expect(sent.status).toBe(200);
      await slack.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === ts);
    }

    async function teams(text: string): Promise<string> {
      const activity = personalMessage(connector.url, text);
      const sent = await postActivity(app.url, activity);
      expect(sent.status).toBe(200);
      return activity.conversation.id;
    }

    beforeAll(async () => {
      if (storeName === 'redis') redis = await startRedisServer();
      slack = await startSlackWebApi();
      connector = await startBotConnectorStandIn();
      const overrides: Partial<AppConfig> = {
        logLevel: 'debug',
        rateLimitPerMinute: 10_000,
        slack: { botToken: TEST_BOT_TOKEN, signingSecret: TEST_SIGNING_SECRET, apiUrl: slack.apiUrl, autoAnswerChannels: [] },
        teams: { appType: 'MultiTenant' },
        ...(redis ? { redisUrl: redis.url } : {}),
      };
      app = await startTestRuntime(overrides, { logger: createLogger('debug', (line) => logLines.push(line)) });
      stateDir = app.runtime.config.stateDir;

      // Each paste through every way in at once; then a thread follow-up under its mention, and a
      // "not it" on its web answer so feedback and the unanswered log are written too.
      async function throughEveryWayIn(i: number, paste: Paste): Promise<void> {
        const n = String(i).padStart(6, '0');
        const mentionTs = `1700000100.${n}`;
        const dmTs = `1700000200.${n}`;
        const dmChannel = `D0CRED${n}`;
        const trigger = triggerId();
        const kbId = `kb-${i}-${trigger}`;
        const [w, , , , teamsConversation] = await Promise.all([
          web(paste.text),
          mention(paste.text, mentionTs),
          sendEvent(`${app.url}/slack/events`, eventEnvelope({ type: 'message', channel_type: 'im', user: 'U0PASTER1', text: asSlackSendsIt(paste.text), ts: dmTs, channel: dmChannel })).then(() =>
            slack.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === dmChannel),
          ),
          sendCommand(`${app.url}/slack/events`, { command: '/kb', text: asSlackSendsIt(paste.text), channel_id: 'C0CRED002', user_id: 'U0PASTER1', trigger_id: trigger, response_url: slack.responseUrl(kbId) }).then(() =>
            slack.waitFor((c) => c.method === 'response_url' && c.path.endsWith(kbId)),
          ),
          teams(paste.text),
        ]);
        const followTs = `1700000300.${n}`;
        await sendEvent(`${app.url}/slack/events`, eventEnvelope({ type: 'message', channel_type: 'channel', user: 'U0PASTER1', text: asSlackSendsIt(paste.text), ts: followTs, thread_ts: mentionTs, channel: 'C0CRED001' }));
        await slack.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === mentionTs, 2);

        const clicks: string[] = [];
        const notIt = w.reply.actions.find((a) => a.id === ACTION_IDS.notIt);
        if (notIt) {
          const clicked = await fetch(`${app.url}/api/chat/actions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ threadId: w.threadId, action: notIt.id, value: notIt.value }) });
          clicks.push(await clicked.text());
        }
        outcomes.push({ paste, web: w.reply, webRaw: w.raw, clicks, mentionTs, dmChannel, followTs, kbId, teamsConversation });
      }
      // A few pastes at a time, as several people would send them.
      const AT_ONCE = 4;
      for (let start = 0; start < PASTES.length; start += AT_ONCE) {
        await Promise.all(PASTES.slice(start, start + AT_ONCE).map((paste, k) => throughEveryWayIn(start + k, paste)));
      }

      await Promise.all(
        CLEAN_PASTES.map(async (text, i) => {
          const mentionTs = `1700000400.${String(i).padStart(6, '0')}`;
          const [w, , teamsConversation] = await Promise.all([web(text), mention(text, mentionTs), teams(text)]);
          clean.push({ text, web: w.reply, webRaw: w.raw, mentionTs, teamsConversation });
        }),
      );
      await connector.waitForCalls(PASTES.length + CLEAN_PASTES.length);

      let out = '';
      let err = '';
      const env: Record<string, string> = { KNOWLEDGE_DIR: path.join(ROOT, 'knowledge', 'articles'), STATE_DIR: stateDir, ...(redis ? { REDIS_URL: redis.url } : {}) };
      for (const args of [[], ['--json']]) {
        expect(await report(args, env, { out: (t) => (out += t), err: (t) => (err += t) })).toBe(0);
      }
      reportText = out + err;
    }, 600_000);

    afterAll(async () => {
      await app?.close();
      await slack?.close();
      await connector?.close();
      await redis?.stop();
    });

    it('answers every paste in every way in (the answer still comes)', () => {
      expect(outcomes.length).toBe(PASTES.length);
      expect(PASTES.length).toBeGreaterThanOrEqual(100);
      for (const o of outcomes) {
        expect(slack.callsOf('chat.postMessage').filter((c) => c.args.thread_ts === o.mentionTs).length).toBeGreaterThanOrEqual(2);
        expect(slack.callsOf('chat.postMessage').some((c) => c.args.channel === o.dmChannel)).toBe(true);
        expect(slack.calls.some((c) => c.method === 'response_url' && c.path.endsWith(o.kbId))).toBe(true);
        expect(connector.calls.some((c) => c.conversationId === o.teamsConversation)).toBe(true);
      }
    });

    it('never puts a credential in a web chat reply', () => {
      expectNoSecrets('web replies', outcomes.map((o) => [o.webRaw, JSON.stringify(o.web), ...o.clicks].join('\n')).join('\n'), PASTES);
    });

    it('warns the web chat user about every paste and tells them to rotate it', () => {
      const unwarned = outcomes.filter((o) => !o.web.notices.some((n) => n.kind === 'credential' && ROTATE.test(n.message))).map((o) => o.paste.name);
      expect(unwarned).toEqual([]);
    });

    it('never puts a credential in anything posted to Slack (replies, ephemerals, response_url, home)', () => {
      expectNoSecrets('Slack Web API calls', JSON.stringify(slack.calls), PASTES);
    });

    it('warns on Slack privately each time (mention, DM, thread follow-up, /kb) and keeps the warning out of public replies', () => {
      const ephemeral = slack.callsOf('chat.postEphemeral');
      for (const call of ephemeral) {
        expect(call.args.user).toBe('U0PASTER1');
        expect(String(call.args.text)).toMatch(ROTATE);
      }
      // Mention, DM and follow-up each warn with an ephemeral; /kb's private answer carries the warning itself.
      expect(ephemeral.length).toBeGreaterThanOrEqual(PASTES.length * 3);
      const unwarnedKb = outcomes.filter((o) => !slack.calls.some((c) => c.method === 'response_url' && c.path.endsWith(o.kbId) && ROTATE.test(JSON.stringify(c.args)))).map((o) => o.paste.name);
      expect(unwarnedKb).toEqual([]);
      for (const call of slack.callsOf('chat.postMessage')) expect(JSON.stringify(call.args)).not.toMatch(ROTATE);
    });

    it('never puts a credential in anything sent to Teams, and warns there each time', () => {
      expectNoSecrets('Bot Connector calls', JSON.stringify(connector.calls), PASTES);
      const unwarned = outcomes.filter((o) => !connector.calls.some((c) => c.conversationId === o.teamsConversation && ROTATE.test(JSON.stringify(c.body)))).map((o) => o.paste.name);
      expect(unwarned).toEqual([]);
    });

    it('never writes a credential to a log line at debug', () => {
      expect(logLines.length).toBeGreaterThan(0);
      expectNoSecrets('log lines', logLines.join('\n'), PASTES);
    });

    it('never stores a credential (every file under STATE_DIR, every Redis key and value)', async () => {
      const records = [
        JSON.stringify(await app.runtime.store.listUnanswered()),
        JSON.stringify(await app.runtime.store.listFeedback()),
        JSON.stringify(await app.runtime.store.listAnswers()),
        readTree(stateDir),
      ];
      if (redis) {
        const dump = await dumpRedis(redis.url, '');
        expect(dump.length).toBeGreaterThan(0);
        records.push(dump);
      }
      const stored = records.join('\n');
      expect(stored.length).toBeGreaterThan(0);
      expectNoSecrets(`${storeName} store`, stored, PASTES);
    });

    it('never puts a credential in /metrics or /healthz, and counts each kind redacted', async () => {
      const metrics = await (await fetch(`${app.url}/metrics`)).text();
      const health = await (await fetch(`${app.url}/healthz`)).text();
      expectNoSecrets('/metrics', metrics, PASTES);
      expectNoSecrets('/healthz', health, PASTES);
      for (const kind of new Set(CREDENTIAL_SAMPLES.flatMap((s) => s.kinds))) expect(metrics).toMatch(new RegExp(`kb_credentials_redacted_total\\{kind="${kind}"\\} [1-9]`));
    });

    it('never puts a credential in `kb report` output', () => {
      expect(reportText).toMatch(/kb report/);
      expectNoSecrets('kb report', reportText, PASTES);
    });

    it('leaves secret-free pastes alone everywhere: no redaction, no warning', () => {
      expect(clean.length).toBe(50);
      const touched = clean.filter((c) => c.webRaw.includes('[REDACTED') || c.web.notices.some((n) => n.kind === 'credential')).map((c) => c.text.slice(0, 60));
      expect(touched).toEqual([]);
      for (const c of clean) {
        const slackReplies = slack.calls.filter((call) => call.args.thread_ts === c.mentionTs || (call.method === 'chat.postEphemeral' && call.args.thread_ts === c.mentionTs));
        expect(JSON.stringify(slackReplies)).not.toMatch(/\[REDACTED|rotate it/);
        const teamsReplies = connector.calls.filter((call) => call.conversationId === c.teamsConversation);
        expect(teamsReplies.length).toBeGreaterThan(0);
        expect(JSON.stringify(teamsReplies)).not.toMatch(/\[REDACTED|rotate it/);
      }
    });
  });
}

describe('credentials pasted into kb-assistant', () => {
  runSuite('memory');
  if (redisServerAvailable) runSuite('redis');
  else it.skip('with the redis store (redis-server is not on PATH)', () => {});
});
