/** Registers the `message` listener: routeMessage picks which handler, if any, answers each message. */
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../slack-deps';
import { autoAnswer } from './auto-answer';
import { directMessage } from './direct-message';
import { messageListener } from './message-listener';
import { threadFollowUp } from './thread-follow-up';

export function registerMessages(app: App, deps: SlackDeps): void {
  app.message(
    messageListener(deps, {
      'direct-message': directMessage(deps),
      'thread-reply': threadFollowUp(deps),
      'auto-answer': autoAnswer(deps),
    }),
  );
}
