import crypto from 'node:crypto';
import { createLogger } from '../../../src/observability/logger';
import { channelMention, personalMessage, postActivity } from '../../support/bot-connector-activities';
import { startBotConnectorStandIn, type BotConnectorStandIn } from '../../support/bot-connector-stand-in';
import { startTestRuntime, type TestRuntime } from '../../support/runtime';

const APP_ID = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';

/** A well-formed JWT signed with a key of our own (not the Bot Connector's), with the given claims. */
function forgedToken(claims: Record<string, unknown>): string {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const head = `${encode({ alg: 'RS256', typ: 'JWT', kid: 'not-a-bot-connector-key' })}.${encode({ aud: APP_ID, iat: now, nbf: now, exp: now + 600, ...claims })}`;
  return `${head}.${crypto.sign('RSA-SHA256', Buffer.from(head), privateKey).toString('base64url')}`;
}

describe('Teams endpoint with Microsoft app credentials configured', () => {
  let connector: BotConnectorStandIn;
  let app: TestRuntime;

  beforeAll(async () => {
    connector = await startBotConnectorStandIn();
    app = await startTestRuntime({ teams: { appId: APP_ID, appPassword: 'test-client-secret', appType: 'MultiTenant' } });
  });
  afterAll(async () => {
    await app?.close();
    await connector?.close();
  });
  beforeEach(() => {
    connector.reset();
    // botbuilder prints rejected tokens with console.error; keep the test output readable.
    jest.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => jest.restoreAllMocks());

  it.each([
    ['no Authorization header', {}],
    ['a token that is not a JWT', { authorization: 'Bearer not-a-token' }],
    ['a JWT from an issuer Teams does not use', { authorization: `Bearer ${forgedToken({ iss: 'https://login.example.com/' })}` }],
    ['another scheme', { authorization: `Basic ${Buffer.from('user:pass').toString('base64')}` }],
  ])('rejects a request with %s: 401 and no reply', async (_case, headers: Record<string, string>) => {
    const response = await postActivity(app.url, personalMessage(connector.url, 'GoneException: 410'), headers);
    expect(response.status).toBe(401);
    // Give a reply that should not happen the time it would need to arrive.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(connector.calls).toEqual([]);
  });

  it('rejects an unauthenticated channel @mention the same way', async () => {
    const response = await postActivity(app.url, channelMention(connector.url, 'GoneException: 410'));
    expect(response.status).toBe(401);
    expect(connector.calls).toEqual([]);
  });
});

describe('Teams authentication failures are quiet and uniform', () => {
  let connector: BotConnectorStandIn;
  let app: TestRuntime;
  const lines: string[] = [];

  beforeAll(async () => {
    connector = await startBotConnectorStandIn();
    app = await startTestRuntime({ teams: { appId: APP_ID, appPassword: 'test-client-secret', appType: 'MultiTenant' } }, { logger: createLogger('debug', (line) => lines.push(line)) });
  });
  afterAll(async () => {
    await app?.close();
    await connector?.close();
  });

  it.each([
    ['a forged token naming the Bot Framework issuer', () => ({ authorization: `Bearer ${forgedToken({ iss: 'https://api.botframework.com', serviceurl: connector.url })}` })],
    ['a forged token naming an Entra issuer', () => ({ authorization: `Bearer ${forgedToken({ iss: 'https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0' })}` })],
    ['no Authorization header', () => ({})],
  ])('answers %s with 401, a fixed body, one log line and nothing on the console', async (_case, headers: () => Record<string, string>) => {
    const consoleError = jest.spyOn(console, 'error');
    const consoleWarn = jest.spyOn(console, 'warn');
    const stderr = jest.spyOn(process.stderr, 'write');
    lines.length = 0;
    try {
      const response = await postActivity(app.url, personalMessage(connector.url, 'GoneException: 410'), headers());
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body)).toEqual({ error: 'Unauthorized.' });
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/teams request refused: authentication failed/);
      expect(lines[0]).not.toMatch(/\\n\s+at |stack/);
      expect(consoleError).not.toHaveBeenCalled();
      expect(consoleWarn).not.toHaveBeenCalled();
      expect(stderr).not.toHaveBeenCalled();
      expect(connector.calls).toEqual([]);
    } finally {
      jest.restoreAllMocks();
    }
  });
});
