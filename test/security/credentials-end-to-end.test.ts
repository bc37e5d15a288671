/**
 * Every credential kind, pasted inside realistic error text into the web chat, Slack and Teams of
 * one running kb-assistant, must never come back out: not in a reply (the reply model and the
 * rendered Slack/Teams payloads), a log line, a stored record (memory state files, Redis keys and
 * values), or /metrics. The person is warned, privately on Slack.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Redis from 'ioredis';
import type { AppConfig } from '../../src/config/types';
import { createLogger } from '../../src/observability/logger';
import { ACTION_IDS } from '../../src/reply/actions';
import type { Reply } from '../../src/reply/model';
import { personalMessage, postActivity } from '../support/bot-connector-activities';
import { startBotConnectorStandIn, type BotConnectorStandIn } from '../support/bot-connector-stand-in';
import { redisServerAvailable, startRedisServer, type RedisServer } from '../support/redis-server';
import { startTestRuntime, type TestRuntime } from '../support/runtime';
import { eventEnvelope, sendEvent, TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from '../support/slack-requests';
import { STAND_IN_BOT, startSlackWebApi, type SlackWebApiStandIn } from '../support/slack-web-api';
import { CREDENTIAL_SAMPLES, type CredentialSample } from './credential-samples';

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

function expectNoSecrets(where: string, text: string, samples: readonly CredentialSample[]): void {
  const leaks = samples.flatMap((s) => s.secrets.flatMap(forms).filter((f) => text.includes(f)).map((f) => `${s.name}: ${f.slice(0, 12)}…`));
  expect({ where, leaks }).toEqual({ where, leaks: [] });
}

function runSuite(storeName: 'memory' | 'redis'): void {
  describe(`with the ${storeName} store`, () => {
    let redis: RedisServer | undefined;
    let slack: SlackWebApiStandIn;
    let connector: BotConnectorStandIn;
    let app: TestRuntime;
    let stateDir: string;
    const prefix = `kbcred-${randomUUID().slice(0, 8)}:`;
    const logLines: string[] = [];
    const webReplies: { sample: CredentialSample; reply: Reply; raw: string }[] = [];

    beforeAll(async () => {
      if (storeName === 'redis') redis = await startRedisServer();
      slack = await startSlackWebApi();
      connector = await startBotConnectorStandIn();
      const overrides: Partial<AppConfig> = {
        logLevel: 'debug',
        slack: { botToken: TEST_BOT_TOKEN, signingSecret: TEST_SIGNING_SECRET, apiUrl: slack.apiUrl, autoAnswerChannels: [] },
        teams: { appType: 'MultiTenant' },
        ...(redis ? { redisUrl: redis.url } : {}),
      };
      app = await startTestRuntime(overrides, { logger: createLogger('debug', (line) => logLines.push(line)), redisKeyPrefix: prefix });
      stateDir = app.runtime.config.stateDir;

      // Every sample through every channel, then a "not it" on each web answer so feedback and
      // the unanswered log are written too.
      for (const [i, sample] of CREDENTIAL_SAMPLES.entries()) {
        const response = await fetch(`${app.url}/api/chat/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: sample.text }) });
        const raw = await response.text();
        expect(response.status).toBe(200);
        const body = JSON.parse(raw) as { threadId: string; reply: Reply };
        webReplies.push({ sample, reply: body.reply, raw });
        const notIt = body.reply.actions.find((a) => a.id === ACTION_IDS.notIt);
        if (notIt) {
          const clicked = await fetch(`${app.url}/api/chat/actions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ threadId: body.threadId, action: notIt.id, value: notIt.value }) });
          webReplies.push({ sample, reply: ((await clicked.json()) as { reply: Reply }).reply, raw: '' });
        }

        const ts = `1700000100.${String(i).padStart(6, '0')}`;
        const sent = await sendEvent(`${app.url}/slack/events`, eventEnvelope({ type: 'app_mention', user: 'U0PASTER1', text: `<@${STAND_IN_BOT.userId}> ${asSlackSendsIt(sample.text)}`, ts, channel: 'C0CRED001' }));
        expect(sent.status).toBe(200);
        await slack.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === ts);

        const teams = await postActivity(app.url, personalMessage(connector.url, sample.text));
        expect(teams.status).toBe(200);
      }
    });

    afterAll(async () => {
      await app?.close();
      await slack?.close();
      await connector?.close();
      await redis?.stop();
    });

    it('answers every paste in every channel (the answer still comes)', () => {
      expect(webReplies.filter((r) => r.raw).length).toBe(CREDENTIAL_SAMPLES.length);
      expect(slack.callsOf('chat.postMessage').length).toBeGreaterThanOrEqual(CREDENTIAL_SAMPLES.length);
      expect(connector.calls.length).toBeGreaterThanOrEqual(CREDENTIAL_SAMPLES.length);
    });

    it('never puts a credential in a web chat reply', () => {
      expectNoSecrets('web replies', webReplies.map((r) => r.raw + JSON.stringify(r.reply)).join('\n'), CREDENTIAL_SAMPLES);
    });

    it('warns the web chat user about each credential kind and tells them to rotate it', () => {
      for (const { sample, reply, raw } of webReplies) {
        if (!raw) continue;
        const notice = reply.notices.find((n) => n.kind === 'credential');
        expect({ sample: sample.name, notice: notice?.message }).toEqual({ sample: sample.name, notice: expect.stringMatching(/rotate it/) });
      }
    });

    it('never puts a credential in anything posted to Slack', () => {
      expectNoSecrets('Slack Web API calls', JSON.stringify(slack.calls), CREDENTIAL_SAMPLES);
    });

    it('warns on Slack privately (ephemeral, to the sender) and keeps the warning out of the public reply', () => {
      const ephemeral = slack.callsOf('chat.postEphemeral');
      expect(ephemeral.length).toBeGreaterThanOrEqual(CREDENTIAL_SAMPLES.length);
      for (const call of ephemeral) {
        expect(call.args.user).toBe('U0PASTER1');
        expect(String(call.args.text)).toMatch(/rotate it/);
      }
      const publicReplies = slack.callsOf('chat.postMessage');
      expect(publicReplies.length).toBeGreaterThanOrEqual(CREDENTIAL_SAMPLES.length);
      for (const call of publicReplies) expect(JSON.stringify(call.args)).not.toMatch(/rotate it/);
    });

    it('never puts a credential in anything sent to Teams, and warns there too', () => {
      expectNoSecrets('Bot Connector calls', JSON.stringify(connector.calls), CREDENTIAL_SAMPLES);
      const warnings = connector.calls.filter((c) => /rotate it/.test(JSON.stringify(c.body)));
      expect(warnings.length).toBeGreaterThanOrEqual(CREDENTIAL_SAMPLES.length);
    });

    it('never writes a credential to a log line', () => {
      expect(logLines.length).toBeGreaterThan(0);
      expectNoSecrets('log lines', logLines.join('\n'), CREDENTIAL_SAMPLES);
    });

    it('never stores a credential', async () => {
      const records = [
        JSON.stringify(await app.runtime.store.listUnanswered()),
        JSON.stringify(await app.runtime.store.listFeedback()),
        JSON.stringify(await app.runtime.store.listAnswers()),
        readTree(stateDir),
      ];
      if (redis) records.push(await dumpRedis(redis.url, prefix));
      const stored = records.join('\n');
      expect(stored.length).toBeGreaterThan(0);
      expectNoSecrets(`${storeName} store`, stored, CREDENTIAL_SAMPLES);
      if (redis) expect(await dumpRedis(redis.url, prefix)).toContain(prefix);
    });

    it('never puts a credential in /metrics, and counts each kind redacted', async () => {
      const metrics = await (await fetch(`${app.url}/metrics`)).text();
      expectNoSecrets('/metrics', metrics, CREDENTIAL_SAMPLES);
      for (const kind of new Set(CREDENTIAL_SAMPLES.flatMap((s) => s.kinds))) expect(metrics).toMatch(new RegExp(`kb_credentials_redacted_total\\{kind="${kind}"\\} [1-9]`));
    });
  });
}

describe('credentials pasted into kb-assistant', () => {
  runSuite('memory');
  if (redisServerAvailable) runSuite('redis');
  else it.skip('with the redis store (redis-server is not on PATH)', () => {});
});
