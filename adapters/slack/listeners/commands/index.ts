/** Registers the slash commands. */
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../slack-deps';
import { KB_COMMAND, kbCommand } from './kb';

export function registerCommands(app: App, deps: SlackDeps): void {
  app.command(KB_COMMAND, kbCommand(deps));
}
