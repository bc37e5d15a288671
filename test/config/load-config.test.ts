import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig, readEnvironment } from '../../src/config/load';
import { ENV_VARIABLES } from '../../src/config/schema';

const SLACK = { SLACK_BOT_TOKEN: 'xoxb-1111-2222-abcdefS3CR3T', SLACK_SIGNING_SECRET: 'f00dfacecafe1234S3CR3T' };
const APP_ID = '6f1c2d3e-0000-4a5b-8c9d-112233445566';
const TENANT = '0a1b2c3d-4e5f-4061-8273-9a8b7c6d5e4f';

function failure(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives a working local configuration when nothing is set', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '0.0.0.0',
      logLevel: 'info',
      stateDir: 'var/',
      threadTtlSeconds: 604800,
      eventTtlSeconds: 3600,
      rateLimitPerMinute: 20,
      trustProxy: false,
      knowledgeDir: 'knowledge/articles',
      indexPath: 'dist/kb-index.json',
      retentionDays: 90,
      redisUrl: undefined,
    });
  });

  it('reads the retention period and the insights token, and refuses a short token without showing it', () => {
    expect(loadConfig({ RETENTION_DAYS: '30', INSIGHTS_TOKEN: 'a-long-enough-token-1234' })).toMatchObject({ retentionDays: 30, insightsToken: 'a-long-enough-token-1234' });
    expect(() => loadConfig({ RETENTION_DAYS: '0' })).toThrow(/^Configuration error: RETENTION_DAYS must be a whole number from 1 to 3650/);
    expect(() => loadConfig({ INSIGHTS_TOKEN: 'short-secret' })).toThrow(/^Configuration error: INSIGHTS_TOKEN must be at least 16 characters/);
    try {
      loadConfig({ INSIGHTS_TOKEN: 'short-secret' });
    } catch (error) {
      expect((error as Error).message).not.toContain('short-secret');
    }
  });

  it('reads every server and state variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'debug',
      REDIS_URL: 'redis://:pw@cache:6379/1',
      STATE_DIR: '/data/kb',
      THREAD_TTL_SECONDS: '3600',
      EVENT_TTL_SECONDS: '600',
      RATE_LIMIT_PER_MINUTE: '5',
      KNOWLEDGE_DIR: 'kb/articles',
      INDEX_PATH: 'build/index.json',
    });
    expect(config).toMatchObject({ port: 8080, host: '127.0.0.1', logLevel: 'debug', redisUrl: 'redis://:pw@cache:6379/1', stateDir: '/data/kb', threadTtlSeconds: 3600, eventTtlSeconds: 600, rateLimitPerMinute: 5, knowledgeDir: 'kb/articles', indexPath: 'build/index.json' });
    expect(config.slack).toBeUndefined();
    expect(config.teams).toBeUndefined();
  });

  it('reads PUBLIC_URL without a trailing slash, and refuses one that is not an http(s) address', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://kb.example.com/' }).publicUrl).toBe('https://kb.example.com');
    expect(loadConfig({}).publicUrl).toBeUndefined();
    expect(failure({ PUBLIC_URL: 'kb.example.com' }).message).toContain('PUBLIC_URL');
  });

  it('reads TRUST_PROXY as a hop count or a list of addresses and ranges, and refuses anything else', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.5,::1,loopback' }).trustProxy).toEqual(['10.0.0.0/8', '192.168.1.5', '::1', 'loopback']);
    for (const bad of ['yes', '10.0.0.0/33', 'example.com', '10.0.0.1/8/9']) expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY must be the number of proxies/);
  });

  it('treats empty values as unset, as a copied .env.example has them', () => {
    expect(loadConfig({ PORT: '', REDIS_URL: '', SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: ' ', TEAMS_ENABLED: '' })).toEqual(loadConfig({}));
  });

  it('turns Slack on with its token and signing secret, and normalizes its options', () => {
    const config = loadConfig({ ...SLACK, SLACK_API_URL: 'http://127.0.0.1:9999/api', SLACK_AUTO_ANSWER_CHANNELS: ' C0123ABCD, C0456EFGH ,', SLACK_APP_TOKEN: 'xapp-1-A1-2-abc' });
    expect(config.slack).toEqual({
      botToken: SLACK.SLACK_BOT_TOKEN,
      signingSecret: SLACK.SLACK_SIGNING_SECRET,
      appToken: 'xapp-1-A1-2-abc',
      apiUrl: 'http://127.0.0.1:9999/api/',
      autoAnswerChannels: ['C0123ABCD', 'C0456EFGH'],
    });
  });

  it("uses Slack's Web API by default", () => {
    expect(loadConfig(SLACK).slack).toMatchObject({ apiUrl: 'https://slack.com/api/', autoAnswerChannels: [] });
  });

  it('reads where Ask an expert goes: the Slack and Teams channels and the contact', () => {
    const config = loadConfig({ ...SLACK, TEAMS_ENABLED: 'true', SLACK_ESCALATION_CHANNEL: 'C0EXPERTS', TEAMS_ESCALATION_CHANNEL: '19:abc123@thread.tacv2', ESCALATION_CONTACT: '#platform-help or Dana' });
    expect(config.escalation).toEqual({ slackChannel: 'C0EXPERTS', teamsChannel: '19:abc123@thread.tacv2', contact: '#platform-help or Dana' });
  });

  it('refuses escalation channels of a platform that is off, and malformed ones, naming the variable', () => {
    expect(failure({ SLACK_ESCALATION_CHANNEL: 'C0EXPERTS' }).variable).toBe('SLACK_ESCALATION_CHANNEL');
    expect(failure({ TEAMS_ESCALATION_CHANNEL: '19:abc@thread.tacv2' }).variable).toBe('TEAMS_ESCALATION_CHANNEL');
    expect(failure({ ...SLACK, SLACK_ESCALATION_CHANNEL: '#experts' }).message).toMatch(/channel id/);
    expect(failure({ TEAMS_ENABLED: 'true', TEAMS_ESCALATION_CHANNEL: 'General' }).message).toMatch(/19:/);
    expect(failure({ ESCALATION_CONTACT: '<!channel> ask here' }).variable).toBe('ESCALATION_CONTACT');
  });

  it('turns Teams on without credentials for the Bot Framework Emulator', () => {
    expect(loadConfig({ TEAMS_ENABLED: 'true' }).teams).toEqual({ appType: 'MultiTenant' });
  });

  it('turns Teams on when Microsoft credentials are set', () => {
    expect(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'pw~S3CR3T', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT }).teams).toEqual({
      appId: APP_ID,
      appPassword: 'pw~S3CR3T',
      appType: 'SingleTenant',
      appTenantId: TENANT,
    });
  });

  describe('a bad or partial configuration', () => {
    const cases: [string, Record<string, string>, string, RegExp][] = [
      ['a non-numeric PORT', { PORT: 'eighty' }, 'PORT', /^Configuration error: PORT must be a whole number from 0 to 65535/],
      ['a PORT out of range', { PORT: '70000' }, 'PORT', /PORT must be a whole number from 0 to 65535/],
      ['a malformed REDIS_URL', { REDIS_URL: 'redis//:hunter2S3CR3T@cache:6379' }, 'REDIS_URL', /^Configuration error: REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/],
      ['an http REDIS_URL', { REDIS_URL: 'http://cache:6379' }, 'REDIS_URL', /REDIS_URL must be a redis:\/\//],
      ['a Slack token without its signing secret', { SLACK_BOT_TOKEN: SLACK.SLACK_BOT_TOKEN }, 'SLACK_SIGNING_SECRET', /^Configuration error: SLACK_SIGNING_SECRET is missing: SLACK_BOT_TOKEN is set/],
      ['a Slack signing secret without its token', { SLACK_SIGNING_SECRET: SLACK.SLACK_SIGNING_SECRET }, 'SLACK_BOT_TOKEN', /SLACK_BOT_TOKEN is missing: SLACK_SIGNING_SECRET is set/],
      ['a Slack bot token of the wrong kind', { ...SLACK, SLACK_BOT_TOKEN: 'xoxp-user-token-S3CR3T' }, 'SLACK_BOT_TOKEN', /SLACK_BOT_TOKEN must be a Slack bot token starting with "xoxb-"/],
      ['a Slack app token of the wrong kind', { ...SLACK, SLACK_APP_TOKEN: 'xoxb-S3CR3T' }, 'SLACK_APP_TOKEN', /SLACK_APP_TOKEN must be a Slack app-level token starting with "xapp-"/],
      ['Slack options without Slack', { SLACK_AUTO_ANSWER_CHANNELS: 'C0123ABCD' }, 'SLACK_AUTO_ANSWER_CHANNELS', /SLACK_AUTO_ANSWER_CHANNELS is set but Slack is off/],
      ['a malformed channel list', { ...SLACK, SLACK_AUTO_ANSWER_CHANNELS: '#general' }, 'SLACK_AUTO_ANSWER_CHANNELS', /comma-separated list of Slack channel ids/],
      ['a malformed SLACK_API_URL', { ...SLACK, SLACK_API_URL: 'slack.com/api' }, 'SLACK_API_URL', /SLACK_API_URL must be an http\(s\) URL/],
      ['an unknown LOG_LEVEL', { LOG_LEVEL: 'verbose' }, 'LOG_LEVEL', /LOG_LEVEL must be one of debug, info, warn, error/],
      ['a zero rate limit', { RATE_LIMIT_PER_MINUTE: '0' }, 'RATE_LIMIT_PER_MINUTE', /RATE_LIMIT_PER_MINUTE must be a whole number from 1/],
      ['a TEAMS_ENABLED that is not a boolean', { TEAMS_ENABLED: 'maybe' }, 'TEAMS_ENABLED', /TEAMS_ENABLED must be true or false/],
      ['a Microsoft App ID without its password', { MicrosoftAppId: APP_ID }, 'MicrosoftAppPassword', /MicrosoftAppPassword is missing: MicrosoftAppId is set/],
      ['a Microsoft password without its App ID', { MicrosoftAppPassword: 'pw~S3CR3T' }, 'MicrosoftAppId', /MicrosoftAppId is missing: MicrosoftAppPassword is set/],
      ['a malformed Microsoft App ID', { MicrosoftAppId: 'my-bot', MicrosoftAppPassword: 'pw~S3CR3T' }, 'MicrosoftAppId', /MicrosoftAppId must be the bot's Microsoft App ID, a GUID/],
      ['SingleTenant without a tenant', { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'pw~S3CR3T', MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId', /MicrosoftAppTenantId is missing: MicrosoftAppType=SingleTenant/],
      ['an unknown MicrosoftAppType', { TEAMS_ENABLED: 'true', MicrosoftAppType: 'Multi' }, 'MicrosoftAppType', /MicrosoftAppType must be one of MultiTenant, SingleTenant, UserAssignedMSI/],
      ['UserAssignedMSI with a password', { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'pw~S3CR3T', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT }, 'MicrosoftAppPassword', /must be unset when MicrosoftAppType=UserAssignedMSI/],
      ['Teams explicitly off with credentials set', { TEAMS_ENABLED: 'false', MicrosoftAppId: APP_ID }, 'TEAMS_ENABLED', /TEAMS_ENABLED is false but Microsoft\* variables are set/],
    ];

    it.each(cases)('stops on %s with one line naming the variable', (_name, env, variable, message) => {
      const error = failure(env);
      expect(error.variable).toBe(variable);
      expect(error.message).toMatch(message);
      expect(error.message).not.toContain('\n');
    });

    it.each(cases)('never echoes a credential in the message (%s)', (_name, env) => {
      const error = failure(env);
      for (const [name, value] of Object.entries(env)) {
        if (/TOKEN|SECRET|PASSWORD|REDIS_URL/i.test(name)) expect(error.message).not.toContain(value);
      }
      expect(error.message).not.toMatch(/S3CR3T/);
    });
  });
});

describe('readEnvironment', () => {
  it('fills unset variables from a .env file and lets the real environment win', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-env-'));
    const file = path.join(dir, '.env');
    fs.writeFileSync(file, 'KB_TEST_ONLY_IN_FILE=from-file\nPATH=/not/the/real/path\n');
    const env = readEnvironment(file);
    expect(env.KB_TEST_ONLY_IN_FILE).toBe('from-file');
    expect(env.PATH).toBe(process.env.PATH);
    expect(process.env.KB_TEST_ONLY_IN_FILE).toBeUndefined();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is fine without a .env file', () => {
    expect(readEnvironment(path.join(os.tmpdir(), 'no-such-dir-kb', '.env')).PATH).toBe(process.env.PATH);
  });
});

describe('.env.example', () => {
  const example = fs.readFileSync(path.join(__dirname, '..', '..', '.env.example'), 'utf8');

  it.each(ENV_VARIABLES)('documents %s with a comment above it', (name) => {
    const lines = example.split('\n');
    const at = lines.findIndex((line) => line.startsWith(`${name}=`));
    expect(at).toBeGreaterThan(0);
    expect(lines[at - 1]).toMatch(/^#/);
  });

  it('is itself a valid configuration', () => {
    const env: Record<string, string> = {};
    for (const line of example.split('\n')) {
      const match = /^([A-Za-z_]+)=(.*)$/.exec(line);
      if (match) env[match[1]] = match[2];
    }
    expect(() => loadConfig(env)).not.toThrow();
  });
});
