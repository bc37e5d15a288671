/**
 * The Slack adapter: a Bolt app on the shared server. Over HTTP, Bolt's ExpressReceiver serves
 * POST /slack/events (events, commands, shortcuts, interactivity) and checks each request's
 * signature and age; with SLACK_APP_TOKEN it uses Socket Mode instead. Listeners acknowledge
 * first, then call the ConversationService and post what it returns.
 */
import { App, ExpressReceiver, webApi } from '@slack/bolt';
import type { Application } from 'express';
import type { SlackConfig } from '../../src/config/types';
import type { AdapterDeps, AdapterFactory, ChannelAdapter } from '../../src/http/channel-adapter';
import { createAuthorize } from './authorize';
import { createBoltLogger } from './bolt-logger';
import { busyGate } from './busy-gate';
import { createFailedReplies } from './deliver/failed-replies';
import { createReplyQueue } from './deliver/reply-queue';
import { registerListeners } from './listeners';
import type { SlackDeps } from './slack-deps';
import { webClientOptions } from './web-client-options';

/** The one path Slack sends everything to (the manifest's request URLs end with it). */
export const SLACK_EVENTS_PATH = '/slack/events';

function slackConfigOf(deps: AdapterDeps): SlackConfig {
  const slack = deps.config.slack;
  if (!slack) throw new Error('Slack adapter: Slack is not configured; set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET');
  return slack;
}

export const createAdapter: AdapterFactory = (deps) => {
  const config = slackConfigOf(deps);
  const boltLogger = createBoltLogger(deps.logger);
  const clientOptions = webClientOptions(config.apiUrl, boltLogger);
  const authorize = createAuthorize(new webApi.WebClient(undefined, clientOptions), config.botToken);
  const slackDeps: SlackDeps = {
    service: deps.service,
    store: deps.store,
    logger: deps.logger,
    config,
    queue: createReplyQueue({ onError: (error) => deps.logger.error('slack: handling an event failed', { error }) }),
    failed: createFailedReplies(),
    escalations: deps.escalations,
  };
  let app: App | undefined;

  const build = (receiver?: ExpressReceiver): App => {
    const built = new App({
      ...(receiver ? { receiver } : { socketMode: true, appToken: config.appToken }),
      authorize,
      logger: boltLogger,
      clientOptions: { ...clientOptions },
      ignoreSelf: true,
      // Thread state lives in the Store; Bolt's own conversation store would only cost a failed
      // lookup (an Error with a stack trace) on every event.
      convoStore: false,
    });
    registerListeners(built, slackDeps);
    built.error(async (error) => {
      deps.logger.error('slack: unhandled error in a listener', { code: error.code, error });
    });
    return built;
  };

  const adapter: ChannelAdapter = {
    name: 'slack',
    mount(expressApp: Application) {
      if (config.appToken) return;
      // Registered before the receiver, so it sees requests first.
      expressApp.post(SLACK_EVENTS_PATH, busyGate(slackDeps.queue, deps.logger));
      const receiver = new ExpressReceiver({
        signingSecret: config.signingSecret,
        endpoints: SLACK_EVENTS_PATH,
        app: expressApp,
        logger: boltLogger,
        // Acknowledge at once; listeners do the work after the response is sent.
        processBeforeResponse: false,
      });
      app = build(receiver);
    },
    async start() {
      if (config.appToken) {
        app = build();
        await app.start();
        deps.logger.info('slack: connected in Socket Mode');
        return;
      }
      // Check the token early so a wrong one shows at start, not on the first message.
      try {
        await authorize({ teamId: '', enterpriseId: undefined, isEnterpriseInstall: false });
      } catch (error) {
        deps.logger.error('slack: auth.test failed; check SLACK_BOT_TOKEN (and SLACK_API_URL if set)', { error });
      }
    },
    async close() {
      if (config.appToken && app) await app.stop();
      await slackDeps.queue.drain();
    },
    pending() {
      return slackDeps.queue.waiting + slackDeps.queue.running;
    },
  };
  return adapter;
};
