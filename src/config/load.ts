/**
 * Builds the AppConfig from environment variables (read by environment.ts, the only module that
 * reads process.env); everything else gets the validated object. A bad or partial
 * configuration throws a ConfigError whose message is one line naming the variable and the fix.
 */
import { readEnvironment, type Environment } from './environment';
import type { AppConfig, EscalationConfig, SlackConfig, TeamsConfig } from './types';
import { DEFAULTS, ENV_VARIABLES, envSchema, type RawEnv } from './schema';

export { readEnvironment, type Environment };

/** A configuration mistake; `message` is one line a person can act on, without any secret value. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Configuration error: ${variable} ${problem}`.replace(/[\r\n]+/g, ' '));
    this.name = 'ConfigError';
  }
}

/** Validates `env` (a literal object in tests, readEnvironment() in the server) into an AppConfig. */
export function loadConfig(env: Environment): AppConfig {
  const raw = parseVariables(env);
  const config: AppConfig = {
    port: raw.PORT ?? DEFAULTS.port,
    host: raw.HOST ?? DEFAULTS.host,
    logLevel: raw.LOG_LEVEL ?? DEFAULTS.logLevel,
    redisUrl: raw.REDIS_URL,
    stateDir: raw.STATE_DIR ?? DEFAULTS.stateDir,
    threadTtlSeconds: raw.THREAD_TTL_SECONDS ?? DEFAULTS.threadTtlSeconds,
    eventTtlSeconds: raw.EVENT_TTL_SECONDS ?? DEFAULTS.eventTtlSeconds,
    rateLimitPerMinute: raw.RATE_LIMIT_PER_MINUTE ?? DEFAULTS.rateLimitPerMinute,
    trustProxy: raw.TRUST_PROXY ?? false,
    knowledgeDir: raw.KNOWLEDGE_DIR ?? DEFAULTS.knowledgeDir,
    indexPath: raw.INDEX_PATH ?? DEFAULTS.indexPath,
    retentionDays: raw.RETENTION_DAYS ?? DEFAULTS.retentionDays,
  };
  if (raw.INSIGHTS_TOKEN) config.insightsToken = raw.INSIGHTS_TOKEN;
  if (raw.PUBLIC_URL) config.publicUrl = raw.PUBLIC_URL.replace(/\/+$/, '');
  const slack = slackConfig(raw);
  if (slack) config.slack = slack;
  const teams = teamsConfig(raw);
  if (teams) config.teams = teams;
  if (raw.TEAMS_ESCALATION_CHANNEL && !teams) throw new ConfigError('TEAMS_ESCALATION_CHANNEL', 'is set but Teams is off: set TEAMS_ENABLED=true (or the Microsoft* variables) too, or remove it');
  const escalation: EscalationConfig = {};
  if (raw.SLACK_ESCALATION_CHANNEL) escalation.slackChannel = raw.SLACK_ESCALATION_CHANNEL;
  if (raw.TEAMS_ESCALATION_CHANNEL) escalation.teamsChannel = raw.TEAMS_ESCALATION_CHANNEL;
  if (raw.ESCALATION_CONTACT) escalation.contact = raw.ESCALATION_CONTACT;
  if (Object.keys(escalation).length > 0) config.escalation = escalation;
  return config;
}

function parseVariables(env: Environment): RawEnv {
  // An empty assignment (`SLACK_BOT_TOKEN=` in .env) means "not set", as most tools treat it.
  const present: Record<string, string> = {};
  for (const name of ENV_VARIABLES) {
    const value = env[name]?.trim();
    if (value) present[name] = value;
  }
  const parsed = envSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const variable = String(issue?.path[0] ?? 'environment');
  throw new ConfigError(variable, issue?.message ?? 'is invalid');
}

function slackConfig(raw: RawEnv): SlackConfig | undefined {
  const { SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: signingSecret } = raw;
  if (botToken && !signingSecret) {
    throw new ConfigError('SLACK_SIGNING_SECRET', 'is missing: SLACK_BOT_TOKEN is set, so also set the Signing Secret from your Slack app\'s Basic Information page (or unset SLACK_BOT_TOKEN to turn Slack off)');
  }
  if (signingSecret && !botToken) {
    throw new ConfigError('SLACK_BOT_TOKEN', 'is missing: SLACK_SIGNING_SECRET is set, so also set the bot token (xoxb-…) from your Slack app\'s OAuth & Permissions page (or unset SLACK_SIGNING_SECRET to turn Slack off)');
  }
  if (!botToken || !signingSecret) {
    for (const name of ['SLACK_APP_TOKEN', 'SLACK_API_URL', 'SLACK_AUTO_ANSWER_CHANNELS', 'SLACK_ESCALATION_CHANNEL'] as const) {
      if (raw[name] !== undefined) throw new ConfigError(name, 'is set but Slack is off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET too, or remove it');
    }
    return undefined;
  }
  const apiUrl = raw.SLACK_API_URL ?? DEFAULTS.slackApiUrl;
  const slack: SlackConfig = {
    botToken,
    signingSecret,
    apiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`,
    autoAnswerChannels: raw.SLACK_AUTO_ANSWER_CHANNELS ?? [],
  };
  if (raw.SLACK_APP_TOKEN) slack.appToken = raw.SLACK_APP_TOKEN;
  return slack;
}

function teamsConfig(raw: RawEnv): TeamsConfig | undefined {
  const appId = raw.MicrosoftAppId;
  const appPassword = raw.MicrosoftAppPassword;
  const appTenantId = raw.MicrosoftAppTenantId;
  const anyMicrosoft = [appId, appPassword, appTenantId, raw.MicrosoftAppType].some((v) => v !== undefined);
  if (raw.TEAMS_ENABLED === false) {
    if (anyMicrosoft) throw new ConfigError('TEAMS_ENABLED', 'is false but Microsoft* variables are set: set TEAMS_ENABLED=true, or remove the Microsoft* variables');
    return undefined;
  }
  if (!raw.TEAMS_ENABLED && !anyMicrosoft) return undefined;

  const appType = raw.MicrosoftAppType ?? DEFAULTS.teamsAppType;
  if (appPassword && !appId) {
    throw new ConfigError('MicrosoftAppId', 'is missing: MicrosoftAppPassword is set, so also set the bot\'s App ID (or unset both for the Bot Framework Emulator)');
  }
  if (appType === 'UserAssignedMSI') {
    if (!appId) throw new ConfigError('MicrosoftAppId', 'is missing: MicrosoftAppType=UserAssignedMSI needs the managed identity\'s client ID');
    if (appPassword) throw new ConfigError('MicrosoftAppPassword', 'must be unset when MicrosoftAppType=UserAssignedMSI (a managed identity has no password)');
    if (!appTenantId) throw new ConfigError('MicrosoftAppTenantId', 'is missing: MicrosoftAppType=UserAssignedMSI needs your tenant ID');
  } else {
    if (appId && !appPassword) {
      throw new ConfigError('MicrosoftAppPassword', 'is missing: MicrosoftAppId is set, so also set the client secret of the bot\'s app registration (or unset both for the Bot Framework Emulator)');
    }
    if (appType === 'SingleTenant' && !appTenantId) {
      throw new ConfigError('MicrosoftAppTenantId', 'is missing: MicrosoftAppType=SingleTenant needs your tenant ID');
    }
  }
  const teams: TeamsConfig = { appType };
  if (appId) teams.appId = appId;
  if (appPassword) teams.appPassword = appPassword;
  if (appTenantId) teams.appTenantId = appTenantId;
  return teams;
}
