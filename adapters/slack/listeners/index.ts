/** Registers every listener on the Bolt app, one folder per Slack surface. */
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../slack-deps';
import { registerActions } from './actions';
import { registerCommands } from './commands';
import { registerEvents } from './events';
import { registerMessages } from './messages';
import { registerShortcuts } from './shortcuts';
import { registerViews } from './views';

export function registerListeners(app: App, deps: SlackDeps): void {
  registerEvents(app, deps);
  registerMessages(app, deps);
  registerCommands(app, deps);
  registerActions(app, deps);
  registerShortcuts(app, deps);
  registerViews(app, deps);
}
