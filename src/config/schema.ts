/**
 * The environment variables kb-assistant reads, each with its rule and the one-line fix shown when
 * it is wrong. Messages describe the expected form and never quote the value (it may be a secret).
 */
import net from 'node:net';
import { z } from 'zod';

/** Defaults for every optional variable, shared by load.ts, .env.example and the README table. */
export const DEFAULTS = {
  port: 3000,
  host: '0.0.0.0',
  logLevel: 'info',
  stateDir: 'var/',
  threadTtlSeconds: 7 * 24 * 60 * 60,
  eventTtlSeconds: 60 * 60,
  rateLimitPerMinute: 20,
  knowledgeDir: 'knowledge/articles',
  indexPath: 'dist/kb-index.json',
  retentionDays: 90,
  slackApiUrl: 'https://slack.com/api/',
  teamsAppType: 'MultiTenant',
} as const;

function wholeNumber(min: number, max: number, example: string) {
  const problem = `must be a whole number from ${min} to ${max} (for example ${example})`;
  return z
    .string()
    .regex(/^\d+$/, problem)
    .transform(Number)
    .refine((n) => n >= min && n <= max, problem);
}

function oneOf<T extends string>(values: readonly [T, ...T[]]) {
  return z.enum(values, { error: `must be one of ${values.join(', ')}` });
}

function url(protocols: string[], problem: string) {
  return z.string().refine((value) => {
    try {
      const parsed = new URL(value);
      return protocols.includes(parsed.protocol) && parsed.hostname.length > 0;
    } catch {
      return false;
    }
  }, problem);
}

function prefixed(prefix: string, what: string) {
  return z.string().refine((value) => value.startsWith(prefix) && value.length > prefix.length && !/\s/.test(value), `must be ${what} starting with "${prefix}" (the value is not shown)`);
}

const flag = z
  .string()
  .transform((v) => v.toLowerCase())
  .refine((v) => ['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'].includes(v), 'must be true or false')
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

const channelList = z
  .string()
  .transform((v) => v.split(',').map((id) => id.trim()).filter((id) => id.length > 0))
  .refine((ids) => ids.every((id) => /^[A-Z0-9]+$/.test(id)), 'must be a comma-separated list of Slack channel ids such as C0123ABCD,C0456EFGH');

/** An address or CIDR range (`10.0.0.0/8`, `::1`), or one of express's names for private ranges. */
function isProxyAddress(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address, bits, extra] = entry.split('/');
  const version = net.isIP(address ?? '');
  if (version === 0 || extra !== undefined) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
}

const PROXY_PROBLEM = 'must be the number of proxies in front of the server (for example TRUST_PROXY=1) or a comma-separated list of their addresses or CIDR ranges (for example TRUST_PROXY=10.0.0.0/8,192.168.1.5)';

const trustProxy = z
  .string()
  .transform((v): number | string[] => (/^\d+$/.test(v) ? Number(v) : v.split(',').map((entry) => entry.trim()).filter((entry) => entry.length > 0)))
  .refine((v) => (typeof v === 'number' ? v <= 20 : v.length > 0 && v.every(isProxyAddress)), PROXY_PROBLEM);

const noSpaces = (what: string) => z.string().refine((v) => !/\s/.test(v), `must be ${what} without spaces (the value is not shown)`);

/** Raw variables as they arrive (empty strings already removed), validated one by one. */
export const envSchema = z.object({
  PORT: wholeNumber(0, 65535, 'PORT=3000').optional(),
  HOST: z.string().regex(/^[A-Za-z0-9.:[\]-]+$/, 'must be a host name or IP address to listen on, such as 127.0.0.1 or 0.0.0.0').optional(),
  LOG_LEVEL: oneOf(['debug', 'info', 'warn', 'error']).optional(),
  REDIS_URL: url(['redis:', 'rediss:'], 'must be a redis:// or rediss:// URL such as redis://localhost:6379 (the value is not shown: it may hold a password)').optional(),
  STATE_DIR: z.string().optional(),
  THREAD_TTL_SECONDS: wholeNumber(60, 31_536_000, 'THREAD_TTL_SECONDS=604800').optional(),
  EVENT_TTL_SECONDS: wholeNumber(10, 604_800, 'EVENT_TTL_SECONDS=3600').optional(),
  RATE_LIMIT_PER_MINUTE: wholeNumber(1, 10_000, 'RATE_LIMIT_PER_MINUTE=20').optional(),
  TRUST_PROXY: trustProxy.optional(),
  KNOWLEDGE_DIR: z.string().optional(),
  PUBLIC_URL: url(['http:', 'https:'], 'must be the http(s) address people reach this server at, such as https://kb.example.com').optional(),
  INDEX_PATH: z.string().optional(),
  RETENTION_DAYS: wholeNumber(1, 3650, 'RETENTION_DAYS=90').optional(),
  INSIGHTS_TOKEN: z
    .string()
    .refine((v) => v.length >= 16 && !/\s/.test(v), 'must be at least 16 characters without spaces, e.g. the output of `openssl rand -hex 24` (the value is not shown)')
    .optional(),
  SLACK_BOT_TOKEN: prefixed('xoxb-', 'a Slack bot token').optional(),
  SLACK_SIGNING_SECRET: noSpaces('the Signing Secret from your Slack app\'s Basic Information page').optional(),
  SLACK_APP_TOKEN: prefixed('xapp-', 'a Slack app-level token').optional(),
  SLACK_API_URL: url(['http:', 'https:'], 'must be an http(s) URL such as https://slack.com/api/').optional(),
  SLACK_AUTO_ANSWER_CHANNELS: channelList.optional(),
  SLACK_ESCALATION_CHANNEL: z.string().regex(/^[A-Z0-9]+$/, 'must be the Slack channel id (such as C0123ABCD) where escalations are posted').optional(),
  TEAMS_ENABLED: flag.optional(),
  MicrosoftAppId: z.string().regex(/^[0-9a-fA-F-]{36}$/, 'must be the bot\'s Microsoft App ID, a GUID such as 00000000-0000-0000-0000-000000000000').optional(),
  MicrosoftAppPassword: noSpaces('the client secret of the bot\'s app registration').optional(),
  MicrosoftAppTenantId: z.string().regex(/^[0-9a-fA-F-]{36}$/, 'must be your Microsoft Entra tenant ID, a GUID').optional(),
  MicrosoftAppType: oneOf(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  TEAMS_ESCALATION_CHANNEL: z
    .string()
    .regex(/^19:[^\s]+$/, 'must be a Teams channel conversation id such as 19:abc123@thread.tacv2 (npm run teams:package explains how to find it)')
    .optional(),
  ESCALATION_CONTACT: z
    .string()
    .max(200, 'must be at most 200 characters: who to ask, such as "#platform-help or Dana Lee"')
    .refine((v) => !/[<>\n]/.test(v), 'must be plain text without < > or line breaks, such as "#platform-help or Dana Lee"')
    .optional(),
});

/** The variables after per-variable validation, before they become an AppConfig. */
export type RawEnv = z.infer<typeof envSchema>;

/** Every variable the schema knows, in the order the README and .env.example list them. */
export const ENV_VARIABLES = Object.keys(envSchema.shape) as (keyof RawEnv)[];
