/**
 * The validated configuration (built by config/load.ts from the environment through a zod schema).
 * Only the config module reads process.env; everything else receives this object.
 */
export interface SlackConfig {
  botToken: string;
  signingSecret: string;
  /** Socket Mode instead of HTTP when set. */
  appToken?: string;
  /** Web API base URL, ending in '/'; Slack's by default, GovSlack's or a local stand-in otherwise. */
  apiUrl: string;
  /** Channel ids where the bot answers error-looking messages without being mentioned. */
  autoAnswerChannels: string[];
}

export interface TeamsConfig {
  /** All empty: unauthenticated, for the Bot Framework Emulator. */
  appId?: string;
  appPassword?: string;
  appTenantId?: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
}

/** Where "Ask an expert" goes (see src/escalation). */
export interface EscalationConfig {
  /** Slack channel id where escalations from Slack are posted. */
  slackChannel?: string;
  /** Teams channel conversation id where escalations from Teams are posted. */
  teamsChannel?: string;
  /** Free text naming who to ask when no experts' channel is set, e.g. "#platform-help". */
  contact?: string;
}

export interface AppConfig {
  port: number;
  /** 127.0.0.1 for local use, 0.0.0.0 in containers. */
  host: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Unset: in-memory store. */
  redisUrl?: string;
  /** Where the memory store appends feedback and the unanswered log (JSON lines). */
  stateDir: string;
  threadTtlSeconds: number;
  eventTtlSeconds: number;
  /** Messages and clicks per user (per workspace or tenant) per minute before the polite rate-limit reply. */
  rateLimitPerMinute: number;
  /**
   * Which proxies' X-Forwarded-For to believe for the client address (web chat rate limits):
   * false (the default) trusts none, a number trusts that many hops, a list trusts those addresses or ranges.
   */
  trustProxy?: false | number | string[];
  knowledgeDir: string;
  indexPath: string;
  /** Feedback, unanswered and answer records older than this many days are deleted from the store. */
  retentionDays: number;
  /** Unset: the /insights page is off. Set: the bearer token (or login) that opens it. */
  insightsToken?: string;
  /** Where people reach this server (no trailing slash); replies link articles to its /kb/<id> pages. Unset: they name them. */
  publicUrl?: string;
  /** Unset: Slack adapter off. */
  slack?: SlackConfig;
  /** Unset: Teams adapter off. Set (possibly with no credentials) when TEAMS_ENABLED or any Microsoft* variable is set. */
  teams?: TeamsConfig;
  /** Unset or empty: Ask an expert names no one (web chat still records escalations). */
  escalation?: EscalationConfig;
}
