/**
 * The manifest declares exactly what the code uses: the listeners registered on the Bolt app
 * (events, the slash command, the shortcut) and the scopes those need.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { KB_COMMAND } from '../../../adapters/slack/listeners/commands/kb';
import { FIND_FIX_CALLBACK_ID } from '../../../adapters/slack/listeners/shortcuts/find-fix';
import { SLACK_EVENTS_PATH } from '../../../adapters/slack';

interface Manifest {
  features: { slash_commands: { command: string; url: string }[]; shortcuts: { callback_id: string; type: string }[]; app_home: { home_tab_enabled: boolean } };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { request_url: string; bot_events: string[] }; interactivity: { is_enabled: boolean; request_url: string } };
}

const manifest = parse(fs.readFileSync(path.join(__dirname, '../../../adapters/slack/manifest.yml'), 'utf8')) as Manifest;

// Scope each subscribed event or called method needs (Slack's reference pages).
const EVENT_SCOPES: Record<string, string | null> = {
  app_mention: 'app_mentions:read',
  app_home_opened: null,
  'message.channels': 'channels:history',
  'message.groups': 'groups:history',
  'message.im': 'im:history',
};

describe('adapters/slack/manifest.yml', () => {
  it('declares the slash command and the message shortcut the code registers', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([KB_COMMAND]);
    expect(manifest.features.shortcuts).toEqual([expect.objectContaining({ callback_id: FIND_FIX_CALLBACK_ID, type: 'message' })]);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  });

  it('sends events, commands and interactivity to the one endpoint the adapter serves', () => {
    const urls = [manifest.settings.event_subscriptions.request_url, manifest.settings.interactivity.request_url, ...manifest.features.slash_commands.map((c) => c.url)];
    for (const url of urls) expect(new URL(url).pathname).toBe(SLACK_EVENTS_PATH);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('asks for exactly the scopes its events and Web API calls need', () => {
    const needed = new Set<string>(['chat:write', 'commands']);
    for (const event of manifest.settings.event_subscriptions.bot_events) {
      expect(Object.keys(EVENT_SCOPES)).toContain(event);
      const scope = EVENT_SCOPES[event];
      if (scope) needed.add(scope);
    }
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
  });

  it('subscribes to every event the listeners handle', () => {
    const source = (dir: string): string =>
      fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
    const code = source(path.join(__dirname, '../../../adapters/slack/listeners'));
    const events = [...code.matchAll(/app\.event\('([a-z_]+)'/g)].map((m) => m[1]);
    for (const event of events) expect(manifest.settings.event_subscriptions.bot_events).toContain(event);
    expect(code).toContain('app.message(');
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(['message.channels', 'message.groups', 'message.im']));
  });
});
