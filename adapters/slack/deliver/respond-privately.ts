/** Private replies through a response_url (/kb, clicks on private replies, shortcut fallbacks). */
import type { RespondFn } from '@slack/bolt';
import type { SlackMessage } from '../render/blocks';
import type { SlackDeps } from '../slack-deps';
import { describeSlackError } from './web-api-errors';

export interface RespondOptions {
  /** Replace the private message the click came from instead of adding one. */
  replaceOriginal?: boolean;
}

/** Sends `message` to the person only; if Slack refuses the blocks, sends the plain text instead. */
export async function respondPrivately(respond: RespondFn, deps: SlackDeps, message: SlackMessage, options: RespondOptions = {}): Promise<void> {
  const base = { response_type: 'ephemeral' as const, replace_original: options.replaceOriginal === true };
  try {
    await respond({ ...base, text: message.text, blocks: message.blocks });
  } catch (error) {
    deps.logger.error('slack: private reply failed', describeSlackError(error));
    try {
      await respond({ ...base, text: message.text });
    } catch (secondError) {
      deps.logger.error('slack: private plain-text reply failed too', describeSlackError(secondError));
    }
  }
}
