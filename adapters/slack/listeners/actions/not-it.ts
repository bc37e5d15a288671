/** 👎 Not it: feedback recorded, and the next match is posted in the thread. */
import { replyAction } from './reply-action';
import type { SlackDeps } from '../../slack-deps';

export const notIt = (deps: SlackDeps) => replyAction(deps, 'post-in-thread');
