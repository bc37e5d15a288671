/**
 * Loads the enabled chat adapters by name from `adapters/<name>` at start. The path is computed,
 * so nothing in src/ imports an adapter (or its platform library) statically; a disabled adapter's
 * code, Bolt or botbuilder included, is never even loaded.
 */
import path from 'node:path';
import type { AppConfig } from '../config/types';
import type { AdapterDeps, AdapterFactory, ChannelAdapter } from './channel-adapter';

/** `adapters/` beside `src/` (in the source tree under ts-jest, and under dist/ once compiled). */
const DEFAULT_ADAPTERS_DIR = path.resolve(__dirname, '..', '..', 'adapters');

/** Which adapters a configuration turns on: the web chat always, Slack and Teams when configured. */
export function enabledAdapterNames(config: AppConfig): string[] {
  const names = ['web'];
  if (config.slack) names.push('slack');
  if (config.teams) names.push('teams');
  return names;
}

/** Requires adapters/<name> for each name and creates its adapter. */
export async function loadAdapters(names: string[], deps: AdapterDeps, adaptersDir = DEFAULT_ADAPTERS_DIR): Promise<ChannelAdapter[]> {
  const adapters: ChannelAdapter[] = [];
  for (const name of names) {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`adapter name "${name}" is not a folder name under adapters/`);
    const modulePath = path.join(adaptersDir, name);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require(modulePath) as { createAdapter?: AdapterFactory };
    if (typeof loaded.createAdapter !== 'function') throw new Error(`adapters/${name}/index must export createAdapter (an AdapterFactory)`);
    adapters.push(await loaded.createAdapter(deps));
  }
  return adapters;
}
