/** Related: the chosen related article, posted in the thread. */
import { replyAction } from './reply-action';
import type { SlackDeps } from '../../slack-deps';

export const related = (deps: SlackDeps) => replyAction(deps, 'post-in-thread');
