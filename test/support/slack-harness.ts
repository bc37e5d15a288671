/**
 * A whole kb-assistant runtime with Slack on, talking to a local Slack Web API stand-in:
 * requests go in signed through Bolt's real HTTP receiver, replies come out over HTTP to the
 * stand-in, which records them.
 */
import type { AppConfig, SlackConfig } from '../../src/config/types';
import type { RuntimeOptions } from '../../src/runtime/create-runtime';
import { startTestRuntime, type TestRuntime } from './runtime';
import { TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from './slack-requests';
import { startSlackWebApi, type RecordedCall, type SlackWebApiStandIn } from './slack-web-api';

export interface SlackHarness {
  api: SlackWebApiStandIn;
  app: TestRuntime;
  /** POST URL of Bolt's receiver: events, commands, shortcuts, interactivity. */
  endpoint: string;
  close(): Promise<void>;
}

export const AUTO_ANSWER_CHANNEL = 'C0AUTO001';

/** Slack settings pointing at `api`; `overrides` replace any of them. */
export function slackConfig(api: SlackWebApiStandIn, overrides: Partial<SlackConfig> = {}): SlackConfig {
  return { botToken: TEST_BOT_TOKEN, signingSecret: TEST_SIGNING_SECRET, apiUrl: api.apiUrl, autoAnswerChannels: [AUTO_ANSWER_CHANNEL], ...overrides };
}

export async function startSlackHarness(config: Partial<AppConfig> = {}, options: RuntimeOptions = {}, api?: SlackWebApiStandIn): Promise<SlackHarness> {
  const standIn = api ?? (await startSlackWebApi());
  const app = await startTestRuntime({ slack: slackConfig(standIn), ...config }, options);
  return {
    api: standIn,
    app,
    endpoint: `${app.url}/slack/events`,
    async close() {
      await app.close();
      if (!api) await standIn.close();
    },
  };
}

/** Web API calls that post something people see (everything but auth.test). */
export function visibleCalls(api: SlackWebApiStandIn): RecordedCall[] {
  return api.calls.filter((c) => c.method !== 'auth.test');
}

/** Every text a call would show: its `text` and all `text` fields in its blocks. */
export function shownText(call: RecordedCall): string {
  return JSON.stringify({ text: call.args.text, blocks: call.args.blocks });
}

/** The texts of a payload's blocks (headers, sections, context elements), in order. */
export function blockTexts(blocks: unknown): string[] {
  const texts: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      if (typeof record.text === 'string') texts.push(record.text);
      for (const [key, child] of Object.entries(record)) if (key !== 'text' || typeof child !== 'string') visit(child);
    }
  };
  visit(blocks);
  return texts;
}

/** A generator of distinct Slack message timestamps; each test file passes its own prefix so files never collide. */
export function messageTimestamps(prefix: string): () => string {
  let seq = 0;
  return () => {
    seq += 1;
    return `${prefix}${String(seq).padStart(3, '0')}.000${String(seq).padStart(3, '0')}`;
  };
}
