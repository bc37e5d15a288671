/** Registers the shortcuts. */
import type { App, MessageShortcut } from '@slack/bolt';
import type { SlackDeps } from '../../slack-deps';
import { FIND_FIX_CALLBACK_ID, findFix } from './find-fix';

export function registerShortcuts(app: App, deps: SlackDeps): void {
  app.shortcut<MessageShortcut>({ callback_id: FIND_FIX_CALLBACK_ID, type: 'message_action' }, findFix(deps));
}
