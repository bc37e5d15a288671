/**
 * Reproducible random and adversarial messages for the fuzz tests: a seeded PRNG (mulberry32)
 * drives generators for every kind of odd input people and bots paste.
 */
import { seededRandom } from '../bench/seeded-random';
import { CREDENTIAL_SAMPLES } from '../security/credential-samples';

export { seededRandom };

export interface HostileMessage {
  kind: string;
  text: string;
}

type Rand = () => number;
const int = (rand: Rand, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)];

/** Real error fragments from the domain, so random mixes still look like what gets pasted. */
const ERROR_FRAGMENTS = [
  'The request signature we calculated does not match the signature you provided.',
  '{"message":"Forbidden"}',
  '{"message": "Internal server error"}',
  'Execution failed due to configuration error: Invalid permissions on Lambda function',
  'GoneException: An error occurred (GoneException) when calling the PostToConnection operation',
  'HTTP/1.1 403 Forbidden',
  'HTTP/2 502',
  'curl: (60) SSL certificate problem: certificate has expired',
  'curl: (51) SSL: no alternative certificate subject name matches target host name',
  'User: anonymous is not authorized to perform: execute-api:Invoke',
  'Missing Authentication Token',
  'Endpoint request timed out',
  'x-amzn-ErrorType: AccessDeniedException',
  'net::ERR_CERT_COMMON_NAME_INVALID',
  'Limit Exceeded',
  '429 Too Many Requests',
  'at com.example.Handler.handleRequest(Handler.java:42)',
  '    at Object.<anonymous> (/var/task/index.js:12:9)',
  '  File "/var/task/app.py", line 7, in handler',
  'Caused by: java.net.SocketTimeoutException: connect timed out',
  'Traceback (most recent call last):',
  'arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/pets',
  'requestId: 4ced6e96-5de8-11e1-aa78-a56908bdf8eb',
  '2024-03-01T10:15:00.123Z ERROR',
  'Lambda authorizer returned 401 Unauthorized',
  'VPC link integration 500',
  'WebSocket connection closed 1006',
  'mutual TLS 403',
  'CloudWatch logs missing for stage prod',
  'Invalid mapping expression specified',
];

const WORDS = ['api', 'gateway', 'error', 'lambda', 'timeout', 'cert', 'domain', 'vpc', 'link', 'websocket', '403', '500', 'why', 'does', 'my', 'the', 'is', 'not', 'working', 'help', 'iam', 'sigv4', 'key', 'cache', 'logs', 'stage', 'deploy'];

const SLACK_MARKUP = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U024BE7LH>',
  '<@U024BE7LH|alice>',
  '<#C024BE7LR|general>',
  '<!subteam^S012ABCDEF|@oncall>',
  '<https://status.example.com|status page>',
  '<mailto:ops@example.com|ops@example.com>',
  '<!date^1392734382^{date_short}|Feb 18, 2014>',
  '&lt;script&gt;',
  '&amp;&amp;',
];

const INJECTION = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(document.domain)>',
  '[click me](javascript:alert(1))',
  '![x](https://evil.example/x.png)',
  '```\nunclosed fence',
  '*bold* _italic_ ~strike~ `code`',
  '# Heading\n> quote\n- list',
  '{{constructor.constructor("alert(1)")()}}',
  '${7*7} #{7*7} <%= 7*7 %>',
  '\'; DROP TABLE threads; --',
  '__proto__',
  '{"__proto__": {"polluted": true}}',
  '<iframe src="https://evil.example"></iframe>',
  'javascript:alert(1)',
  '\\u0000\\n\\r',
];

const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202e', '\u202d', '\u2066', '\u2067', '\u2069', '\u061c', '\u200f', '\u200e'];
const EMOJI = ['🔥', '😱', '👍🏽', '👨‍👩‍👧‍👦', '🇺🇸', '🏳️‍🌈', '❤️', '🤷‍♀️', '💥', '🚨', '✅', '❌', '🙏'];
const SPACES = [' ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '\u2003', '\u2028', '\u2029', '\v', '\f'];
const RTL = ['مرحبا خطأ في الخادم', 'שגיאה 403 אסור', 'خطأ داخلي ‏500‏', '\u202eKCATS\u202c'];

function errorPaste(rand: Rand, count: number): string {
  return Array.from({ length: count }, () => pick(rand, ERROR_FRAGMENTS)).join(rand() < 0.5 ? '\n' : ' ');
}

function randomCodeUnits(rand: Rand, length: number): string {
  // Any UTF-16 code unit, lone surrogates and NULs included.
  let out = '';
  for (let i = 0; i < length; i++) out += String.fromCharCode(int(rand, 0, 0xffff));
  return out;
}

function sprinkle(rand: Rand, text: string, chars: readonly string[], density: number): string {
  let out = '';
  for (const ch of text) out += rand() < density ? ch + pick(rand, chars) : ch;
  return out;
}

function nestedJson(depth: number, open: string, close: string, inner: string): string {
  return open.repeat(depth) + inner + close.repeat(depth);
}

/** Inputs built to make a backtracking pattern (in any module) take exponential time. */
const REGEX_TRAPS: ((rand: Rand) => string)[] = [
  (r) => 'a'.repeat(int(r, 5_000, 40_000)) + '!',
  (r) => 'Error: '.repeat(int(r, 1_000, 5_000)),
  (r) => 'Exception'.repeat(int(r, 1_000, 4_000)) + ':',
  (r) => '    at '.repeat(int(r, 1_000, 5_000)),
  (r) => '('.repeat(int(r, 1_000, 20_000)) + ')'.repeat(int(r, 0, 100)),
  (r) => ':'.repeat(int(r, 1_000, 40_000)),
  (r) => '\\'.repeat(int(r, 1_000, 40_000)),
  (r) => '"'.repeat(int(r, 1_000, 40_000)),
  (r) => '-'.repeat(int(r, 1_000, 40_000)),
  (r) => '0x'.repeat(int(r, 1_000, 20_000)),
  (r) => 'HTTP/1.1 '.repeat(int(r, 500, 4_000)),
  (r) => '{"message":'.repeat(int(r, 500, 3_000)),
  (r) => 'arn:aws:'.repeat(int(r, 500, 5_000)),
  (r) => 'https://'.repeat(int(r, 500, 5_000)),
  (r) => 'a.b.'.repeat(int(r, 1_000, 10_000)),
  (r) => '1.2.3.'.repeat(int(r, 1_000, 6_000)),
  (r) => 'aws_secret_access_key='.repeat(int(r, 500, 1_800)),
  (r) => 'eyJ'.repeat(int(r, 1_000, 13_000)),
  (r) => 'AKIA'.repeat(int(r, 1_000, 10_000)),
  (r) => 'curl: ('.repeat(int(r, 1_000, 5_000)),
  (r) => '-----BEGIN PRIVATE KEY-----'.repeat(int(r, 100, 1_400)),
  (r) => 'x'.repeat(int(r, 100, 1_000)) + '@'.repeat(int(r, 100, 1_000)) + '://'.repeat(int(r, 100, 1_000)),
  (r) => ' '.repeat(int(r, 1_000, 40_000)) + 'x',
  (r) => 'Error\n'.repeat(int(r, 1_000, 6_000)),
  (r) => '\n'.repeat(int(r, 1_000, 40_000)),
  (r) => 'abc123XYZ'.repeat(int(r, 1_000, 4_000)),
  (r) => '<@U1|'.repeat(int(r, 500, 8_000)),
  (r) => '*_~`'.repeat(int(r, 500, 10_000)),
  (r) => '{{'.repeat(int(r, 500, 20_000)),
  (r) => 'GoneException '.repeat(int(r, 500, 2_800)),
];

const GENERATORS: [string, (rand: Rand) => string][] = [
  ['empty', () => ''],
  ['whitespace-only', (r) => Array.from({ length: int(r, 1, 200) }, () => pick(r, SPACES)).join('')],
  ['emoji-only', (r) => Array.from({ length: int(r, 1, 60) }, () => pick(r, EMOJI)).join(r() < 0.5 ? '' : ' ')],
  ['binary garbage', (r) => randomCodeUnits(r, int(r, 1, 3_000))],
  ['control characters', (r) => Array.from({ length: int(r, 1, 500) }, () => String.fromCharCode(int(r, 0, 31))).join('')],
  ['zero-width sprinkled error', (r) => sprinkle(r, errorPaste(r, int(r, 1, 4)), INVISIBLE, 0.3)],
  ['only invisible characters', (r) => Array.from({ length: int(r, 1, 300) }, () => pick(r, INVISIBLE)).join('')],
  ['right-to-left text', (r) => `${pick(r, RTL)} ${errorPaste(r, int(r, 0, 2))} ${pick(r, RTL)}`],
  ['slack markup', (r) => Array.from({ length: int(r, 1, 8) }, () => (r() < 0.5 ? pick(r, SLACK_MARKUP) : pick(r, ERROR_FRAGMENTS))).join(' ')],
  ['html and markdown injection', (r) => Array.from({ length: int(r, 1, 6) }, () => (r() < 0.6 ? pick(r, INJECTION) : pick(r, ERROR_FRAGMENTS))).join('\n')],
  ['short question', (r) => Array.from({ length: int(r, 1, 14) }, () => pick(r, WORDS)).join(' ') + (r() < 0.5 ? '?' : '')],
  ['error paste', (r) => errorPaste(r, int(r, 1, 30))],
  ['40,000-character paste', (r) => errorPaste(r, 2_000).slice(0, 40_000)],
  ['28 KB paste', (r) => errorPaste(r, 1_500).slice(0, 28_000)],
  ['one long line', (r) => errorPaste(r, 2_000).replace(/\n/g, ' ').slice(0, int(r, 10_000, 40_000))],
  ['deeply nested JSON objects', (r) => nestedJson(int(r, 100, 5_000), '{"error":', '}', '"Internal server error"')],
  ['deeply nested JSON arrays', (r) => nestedJson(int(r, 100, 15_000), '[', ']', '"403 Forbidden"')],
  ['credential paste', (r) => pick(r, CREDENTIAL_SAMPLES).text],
  ['credential paste with invisible characters', (r) => sprinkle(r, pick(r, CREDENTIAL_SAMPLES).text, INVISIBLE, 0.05)],
  ['mixed everything', (r) => [pick(r, SLACK_MARKUP), pick(r, INJECTION), pick(r, EMOJI), pick(r, RTL), errorPaste(r, 3), randomCodeUnits(r, 50)].sort(() => r() - 0.5).join(' ')],
  ['regex trap', (r) => pick(r, REGEX_TRAPS)(r).slice(0, 40_000)],
];

/** `count` messages from `seed`, cycling through every generator so each kind is covered. */
export function hostileMessages(seed: number, count: number): HostileMessage[] {
  const rand = seededRandom(seed);
  const out: HostileMessage[] = [];
  for (let i = 0; i < count; i++) {
    const [kind, generate] = i < GENERATORS.length ? GENERATORS[i] : pick(rand, GENERATORS);
    out.push({ kind, text: generate(rand) });
  }
  // Every trap at full strength at least once, whatever the seed picked.
  for (const trap of REGEX_TRAPS) out.push({ kind: 'regex trap (each)', text: trap(() => 0.999).slice(0, 40_000) });
  return out;
}

/** Milliseconds of CPU per message above which something is hanging (not a performance target: see npm run bench). */
export const HANG_BOUND_MS = 250;

/**
 * Starts a CPU stopwatch for this process. A pattern that backtracks burns CPU, so CPU time finds
 * it; wall time would also count whatever else the machine runs (other test workers on a busy CI).
 */
export function cpuStopwatch(): () => number {
  const started = process.cpuUsage();
  return () => {
    const spent = process.cpuUsage(started);
    return (spent.user + spent.system) / 1000;
  };
}
