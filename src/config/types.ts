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
  /** Unset: Slack adapter off. */
  slack?: SlackConfig;
  /** Unset: Teams adapter off. Set (possibly with no credentials) when TEAMS_ENABLED or any Microsoft* variable is set. */
  teams?: TeamsConfig;
}
