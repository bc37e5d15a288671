import { shippedEngine } from './engine-fixture';

// Other tools' errors that share only generic words ("access", "denied", "user", "connection") with
// the knowledge base, or carry another product's error code or library name. Written for these tests.
const FOREIGN: string[] = [
  "ERROR 1045 (28000): Access denied for user 'billing_ro'@'172.31.9.14' (using password: YES)",
  "the cron job on the reporting box fails: access denied for user 'etl_loader'@'%' (using password: YES), no idea why since yesterday",
  'ORA-01017: invalid username/password; logon denied',
  'ORA-28000: the account is locked',
  'dial tcp 10.42.0.7:5432: connect: connection refused',
  'redis.exceptions.ConnectionError: Error 111 connecting to cache.internal:6379. Connection refused.',
  'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) FATAL:  password authentication failed for user "svc_orders"',
  "TypeError: Cannot read properties of null (reading 'length')\n    at CartSummary (http://localhost:3000/static/js/main.chunk.js:812:31)\n    at renderWithHooks (react-dom.development.js:14985:18)",
  'git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.',
  "Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules/pm2'",
  'E11000 duplicate key error collection: shop.users index: email_1 dup key: { email: "a@b.c" }',
  'Login failed for user \'sa\'. Reason: Password did not match that for the login provided. [CLIENT: 10.1.1.5]',
  'ssh: connect to host 192.0.2.10 port 22: Connection timed out',
];

// Unanchored messages that are this knowledge base's errors must still be answered.
const IN_SCOPE_UNANCHORED: [string, string][] = [
  ['{"message":"The security token included in the request is invalid"}', 'troubleshoot-sigv4-signature-mismatch-errors-with-iam-authentication-for-api-gateway'],
  ['how big should the stage cache be so that clients stop being throttled?', 'select-amazon-api-gateway-cache-capacity-to-avoid-hitting-a-rate-limit'],
  ['postToConnection -> 410 GoneException', 'troubleshoot-410-goneexception-errors-with-api-gateway-websocket-apis'],
];

describe('engine.respond on other tools\' errors that share only generic words', () => {
  const { engine } = shippedEngine();

  it.each(FOREIGN)('answers %j with none', (text) => {
    const { outcome, reply } = engine.respond(text);
    expect(outcome).toBe('none');
    expect(reply.kind).toBe('none');
  });

  it.each(IN_SCOPE_UNANCHORED)('still answers %j, which names no product but is this KB\'s error', (text, articleId) => {
    const { reply } = engine.respond(text);
    expect(reply.kind === 'answer' && reply.article.id).toBe(articleId);
  });
});
