/** A clarify choice: the chosen candidate's answer replaces the question. */
import { replyAction } from './reply-action';
import type { SlackDeps } from '../../slack-deps';

export const chooseCandidate = (deps: SlackDeps) => replyAction(deps, 'replace-message');
