/** Registers the `message` listeners; each handles only the messages routeMessage sends it. */
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../slack-deps';
import { autoAnswer } from './auto-answer';
import { directMessage } from './direct-message';
import { threadFollowUp } from './thread-follow-up';

export function registerMessages(app: App, deps: SlackDeps): void {
  app.message(directMessage(deps));
  app.message(threadFollowUp(deps));
  app.message(autoAnswer(deps));
}
