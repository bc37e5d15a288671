/** Registers the Events API listeners (other than messages and the Home tab). */
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../slack-deps';
import { appMention } from './app-mention';

export function registerEvents(app: App, deps: SlackDeps): void {
  app.event('app_mention', appMention(deps));
}
