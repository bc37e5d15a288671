/**
 * The benchmark's yardstick for the Slack run: the same transport as the server — Bolt's
 * ExpressReceiver checking each signature, an `app_mention` listener, @slack/web-api posting with
 * the adapter's client options over the same keep-alive fetch — but no engine, store, service or
 * rendering per event. Each mention is answered with one fixed message, a real answer rendered
 * once at start, so the bytes on the wire match. Its CPU per event is what Bolt, the Web API
 * client and loopback HTTP cost on this machine before kb-assistant does any work; run by
 * slack-throughput.ts as a child process (reads PORT, SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN and
 * SLACK_API_URL like the server).
 */
import { App, ExpressReceiver } from '@slack/bolt';
import express from 'express';
import path from 'node:path';
import { webClientOptions } from '../../adapters/slack/web-client-options';
import { renderReply } from '../../adapters/slack/render/reply';
import { loadEngine, defaultIndexPath } from '../../src/engine/load-engine';
import { PROJECT_ROOT } from './server-process';

/** A question the shipped articles answer, so the fixed reply is a full answer card. */
const SAMPLE_QUESTION = 'GoneException when calling PostToConnection on a websocket connection';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`transport-only app: ${name} is not set`);
  return value;
}

async function main(): Promise<void> {
  const { engine } = await loadEngine({ knowledgeDir: path.join(PROJECT_ROOT, 'knowledge', 'articles'), indexPath: defaultIndexPath(), warmUp: false });
  const message = renderReply(engine.respond(SAMPLE_QUESTION).reply);
  const blocks = JSON.stringify(message.blocks);

  const web = express();
  web.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  const receiver = new ExpressReceiver({ signingSecret: required('SLACK_SIGNING_SECRET'), endpoints: '/slack/events', app: web, processBeforeResponse: false });
  const app = new App({
    receiver,
    token: required('SLACK_BOT_TOKEN'),
    // Known identity, so Bolt makes no auth.test call of its own.
    botId: 'BKBBOT',
    botUserId: 'UKBBOT',
    convoStore: false,
    clientOptions: webClientOptions(required('SLACK_API_URL'), undefined),
  });
  app.event('app_mention', async ({ event, client }) => {
    // After the acknowledgement, like the server's reply queue.
    setImmediate(() => {
      client
        .apiCall('chat.postMessage', { channel: event.channel, thread_ts: event.thread_ts ?? event.ts, text: message.text, blocks, unfurl_links: false, unfurl_media: false })
        .catch((error: unknown) => console.error('transport-only app: posting failed', error));
    });
  });
  const server = web.listen(Number(required('PORT')), '127.0.0.1');
  process.once('SIGTERM', () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
