/** Full article: the whole article, posted in the thread (in pages when long). */
import { replyAction } from './reply-action';
import type { SlackDeps } from '../../slack-deps';

export const fullArticle = (deps: SlackDeps) => replyAction(deps, 'post-in-thread');
