/** A suggested follow-up question: the section it was made from, posted in the thread. */
import { replyAction } from './reply-action';
import type { SlackDeps } from '../../slack-deps';

export const suggestion = (deps: SlackDeps) => replyAction(deps, 'post-in-thread');
