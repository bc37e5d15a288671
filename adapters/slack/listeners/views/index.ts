/** Registers the listeners that render views (the App Home tab). */
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../slack-deps';
import { appHomeOpened } from './app-home';

export function registerViews(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', appHomeOpened(deps));
}
