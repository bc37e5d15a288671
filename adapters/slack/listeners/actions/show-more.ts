/**
 * Show more: the next page of a long article or answer, posted in the thread. Slack's pages are
 * cut by the renderer to fit a message, so the service is asked for the whole article (or the
 * whole section) and the page the button carries is rendered from it.
 */
import { decodeActionValue, encodeActionValue } from '../../../../src/reply/actions';
import type { SlackDeps } from '../../slack-deps';
import { replyAction } from './reply-action';

export const showMore = (deps: SlackDeps) => replyAction(deps, 'post-in-thread', (value) => {
  const { articleId, sectionId } = decodeActionValue(value);
  return encodeActionValue({ articleId, sectionId });
});
