/** What the person sees when an answer could not be posted: a short error and a Retry button. */
import { SLACK_ACTION_IDS } from '../block-ids';
import { actionsBlocks, button, sections, type SlackMessage } from './blocks';

const POST_FAILED_TEXT = "Sorry, Slack didn't accept my answer just now, so I couldn't post it. Try again in a moment.";

/** The error message; `retryKey` finds the failed answer again when Retry is clicked. */
export function renderPostFailed(retryKey: string): SlackMessage {
  return {
    text: POST_FAILED_TEXT,
    blocks: [...sections(`:warning: ${POST_FAILED_TEXT}`), ...actionsBlocks([button(SLACK_ACTION_IDS.retry, 'Retry', JSON.stringify({ k: retryKey }), 'primary')])],
  };
}

/** Shown when Retry is clicked but the failed answer is no longer held (restart or another instance). */
export const RETRY_EXPIRED_TEXT = 'That answer is no longer available. Paste the error again and I will look it up.';
