/**
 * Bot Framework authentication from the Teams config. With no app id it is disabled, which is what
 * the Bot Framework Emulator expects; with one, every request must carry a valid Bot Connector
 * token or the CloudAdapter answers 401 without running the bot.
 */
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { TeamsConfig } from '../../src/config/types';

/** True when no credentials are configured (Emulator mode). */
export function isUnauthenticated(config: TeamsConfig): boolean {
  return !config.appId;
}

/** The CloudAdapter's authentication for this config; throws a readable error for inconsistent settings. */
export function createAuthentication(config: TeamsConfig): ConfigurationBotFrameworkAuthentication {
  const options: Record<string, string> = { MicrosoftAppType: config.appType };
  if (config.appId) options.MicrosoftAppId = config.appId;
  if (config.appPassword) options.MicrosoftAppPassword = config.appPassword;
  if (config.appTenantId) options.MicrosoftAppTenantId = config.appTenantId;
  try {
    return new ConfigurationBotFrameworkAuthentication(options);
  } catch (error) {
    // botbuilder reports a missing tenant or password as a bare assertion; say who speaks and what to set.
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Teams adapter: invalid Microsoft app settings (${reason}). Check MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId and MicrosoftAppType.`);
  }
}
