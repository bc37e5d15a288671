/**
 * The messages the benchmark sends: short ones (under 100 characters: an error line or a
 * question) and long pastes (over 2,000 characters: a stack trace, a `curl -v` dump or a
 * CloudWatch log around the error), generated from the knowledge base's own error strings and
 * questions with varied ids, so they exercise real matches without depending on the eval set.
 */
import type { Article } from '../../src/knowledge/model';
import { seededRandom } from './seeded-random';

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)];
const hex = (rand: Rand, n: number): string => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(rand() * 16)]).join('');
const uuid = (rand: Rand): string => `${hex(rand, 8)}-${hex(rand, 4)}-${hex(rand, 4)}-${hex(rand, 4)}-${hex(rand, 12)}`;

const CHATTER = ['anyone seen this?', 'prod is down, help', 'started after the deploy', 'why??', 'getting this since this morning', ''];

const QUESTIONS = [
  'how do I fix a 403 from API Gateway?',
  'custom domain certificate expired, what now?',
  'websocket connection closes with 410',
  'lambda authorizer keeps returning 403 after caching',
  'how to see which API key was used',
  'cloudwatch logs missing for my REST API stage',
  'VPC link integration gives 500',
  'cross-account IAM auth for HTTP API returns 403',
];

function stackFrames(rand: Rand, count: number): string[] {
  const styles = [
    () => `    at ${pick(rand, ['Runtime', 'Handler', 'Client', 'Object'])}.${pick(rand, ['handler', 'send', 'invoke', 'request'])} (/var/task/${pick(rand, ['index', 'app', 'lib/api'])}.js:${1 + Math.floor(rand() * 400)}:${1 + Math.floor(rand() * 80)})`,
    () => `  File "/var/task/${pick(rand, ['app', 'handler', 'client'])}.py", line ${1 + Math.floor(rand() * 400)}, in ${pick(rand, ['handler', 'call', '_make_api_call'])}`,
    () => `\tat com.example.${pick(rand, ['api', 'gateway', 'client'])}.${pick(rand, ['Handler', 'Invoker', 'Client'])}.${pick(rand, ['handle', 'invoke', 'send'])}(${pick(rand, ['Handler', 'Client'])}.java:${1 + Math.floor(rand() * 400)})`,
  ];
  const style = pick(rand, styles);
  return Array.from({ length: count }, style);
}

function logNoise(rand: Rand, count: number): string[] {
  return Array.from({ length: count }, () => {
    const at = new Date(1_700_000_000_000 + Math.floor(rand() * 1e9)).toISOString();
    return `${at} ${uuid(rand)} INFO ${pick(rand, ['Starting execution for request', 'HTTP Method: GET, Resource Path: /pets', 'Method request headers: {Accept=*/*}', 'Endpoint request URI: https://lambda.us-east-1.amazonaws.com/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:api/invocations', 'Sending request to backend', 'Received response. Status: 200, Integration latency: 12 ms'])}`;
  });
}

function curlDump(rand: Rand, error: string): string[] {
  const host = `${hex(rand, 10)}.execute-api.${pick(rand, ['us-east-1', 'eu-west-1', 'ap-southeast-2'])}.amazonaws.com`;
  return [
    `*   Trying ${Math.floor(rand() * 255)}.${Math.floor(rand() * 255)}.1.${Math.floor(rand() * 255)}:443...`,
    `* Connected to ${host} port 443 (#0)`,
    '* ALPN: offers h2,http/1.1',
    '* TLSv1.3 (OUT), TLS handshake, Client hello (1):',
    '* TLSv1.3 (IN), TLS handshake, Server hello (2):',
    `> GET /prod/${pick(rand, ['pets', 'orders', 'users'])} HTTP/2`,
    `> Host: ${host}`,
    '> user-agent: curl/8.5.0',
    '> accept: */*',
    `< HTTP/2 ${pick(rand, ['403', '500', '502', '504', '410'])}`,
    `< x-amzn-requestid: ${uuid(rand)}`,
    `< x-amz-apigw-id: ${hex(rand, 16)}`,
    error,
  ];
}

/** Error strings and questions from the knowledge base. */
function seedsOf(articles: readonly Article[]): { errors: string[]; questions: string[] } {
  const errors = [...new Set(articles.flatMap((a) => a.sections.flatMap((s) => s.errors)))].filter((e) => e.length >= 8 && e.length <= 90);
  const questions = articles.map((a) => a.question).filter((q) => q.length > 0 && q.length < 100);
  return { errors: errors.length > 0 ? errors : ['Internal server error'], questions };
}

export interface BenchMessages {
  short: string[];
  long: string[];
}

/** `shortCount` short and `longCount` long messages for `articles`, reproducible from `seed`. */
export function benchMessages(articles: readonly Article[], shortCount: number, longCount: number, seed = 0x6e5c): BenchMessages {
  const rand = seededRandom(seed);
  const { errors, questions } = seedsOf(articles);
  const short: string[] = [];
  while (short.length < shortCount) {
    const kind = rand();
    let text: string;
    if (kind < 0.5) text = `${pick(rand, errors)} ${pick(rand, CHATTER)}`.trim();
    else if (kind < 0.75 && questions.length > 0) text = pick(rand, questions);
    else text = pick(rand, QUESTIONS);
    if (text.length < 100) short.push(text);
  }
  const long: string[] = [];
  while (long.length < longCount) {
    const error = pick(rand, errors);
    const target = 2_100 + Math.floor(rand() * 8_000);
    const shape = rand();
    const lines: string[] = [pick(rand, CHATTER)];
    if (shape < 0.35) lines.push(`Error: ${error}`, ...stackFrames(rand, 20));
    else if (shape < 0.7) lines.push(...curlDump(rand, `{"message":"${error}"}`));
    else lines.push(...logNoise(rand, 10), `${new Date(1_700_000_000_000).toISOString()} ${uuid(rand)} ERROR ${error}`);
    // Pad with more of the same noise until the paste is long enough.
    while (lines.join('\n').length < target) lines.push(...(shape < 0.35 ? stackFrames(rand, 10) : logNoise(rand, 5)));
    long.push(lines.join('\n'));
  }
  return { short, long };
}
