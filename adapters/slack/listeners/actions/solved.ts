/** ✅ Solved: feedback recorded through the service; the buttons on the answer give way to a thank-you. */
import { replyAction } from './reply-action';
import type { SlackDeps } from '../../slack-deps';

export const solved = (deps: SlackDeps) => replyAction(deps, 'fold-into-message');
