/** Other causes (a select): the chosen section of the same article, posted in the thread. */
import { replyAction } from './reply-action';
import type { SlackDeps } from '../../slack-deps';

export const otherCauses = (deps: SlackDeps) => replyAction(deps, 'post-in-thread');
