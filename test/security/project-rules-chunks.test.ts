/**
 * The project's rules run in chunks of lines, each rule only on the chunks holding its literals
 * (src/security/chunked-rules.ts). That must give exactly what running each rule over the whole
 * text in turn gives: same text, same findings in the same order. Long inputs here are built so
 * that secrets, labels and their values sit on either side of chunk boundaries.
 */
import { redactWithProjectRules, redactWithProjectRulesOneByOne } from '../../src/security/project-rules';
import { seededRandom } from '../bench/seeded-random';
import { CLEAN_PASTES, CORPUS_SAMPLES, CREDENTIAL_SAMPLES, ORDINARY_TEXTS } from './credential-samples';

function expectSameAsOneByOne(text: string): void {
  expect(redactWithProjectRules(text)).toEqual(redactWithProjectRulesOneByOne(text));
}

const ALL_PASTES = [...CORPUS_SAMPLES.map((s) => s.text), ...CREDENTIAL_SAMPLES.map((s) => s.text), ...CLEAN_PASTES, ...ORDINARY_TEXTS];

/** Labels and values split over lines in every way a pattern's `\s` allows, and some it does not. */
const SPLIT_ACROSS_LINES = [
  'password:\n  Hunter2-Pg!',
  'DB_PASSWORD=\nS3cr3tValue9',
  'db_password\n= S3cr3tValue9',
  'Authorization: Bearer\r\n eyJhbGciOiJIUzI1NiJ9abcdef0123456789',
  'Authorization: Basic\n dXNlcjpwYXNzd29yZA==',
  'mysql -u root -h db.internal\n-pS3cr3t',
  'mysql -u root -h db.internal \r\n-pS3cr3t',
  'curl -u\n admin:S3cr3t https://example.com',
  'curl --user\n\nadmin:S3cr3t https://example.com',
  'Cookie:\n   session=abc123def456; theme=dark',
  'curl -b\n  "session=abc123def456"',
  'psql --password\n  S3cr3tPw',
  'AWS Secret Access Key\n[****EKEY]\n: q8Zr+3LwXbN2vT9kYp/4HdS7mJc1aFgE6uRoWiQn',
  'AWS Secret Access Key\n[****EKEY]: q8Zr+3LwXbN2vT9kYp/4HdS7m',
  'aws_secret_access_key\n=\nq8Zr+3LwXbN2vT9kYp/4HdS7mJc1aFgE6uRoWiQn',
  'X-Amz-Credential\n=AKIA4QW7ZJ2MXR5TNB3K/20240301/us-east-1/s3/aws4_request',
  'client_secret:\n\n  Zq8RtVb3nKpL0sWxYc7fGhJd',
  'api_key :\r\n\t"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"',
  'x-api-key\n: abcd1234efgh5678',
  'token\n\n\n\n= Zq8RtVb3nKpL0sWxYc7fGhJd',
  'session_token\n   \n=IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDx7ZqK',
  'a line that ends with the flag word -u\nadmin:S3cr3t',
  'Set-Cookie\n: id=a3fWa; Max-Age=2592000',
  'postgres://app:\nS3cr3t@db.internal:5432/orders',
];

/** Filler lines that end and start in all the ways the boundary check looks at. */
const FILLER = [
  '2024-03-01T10:15:00Z INFO request 17 completed in 12 ms',
  'status: ',
  '  = continued',
  '[warn] retrying',
  'key=',
  '',
  '   ',
  '\t\t',
  'note: the next line is a flag',
  'Bearer',
  '-p',
  'ok',
];

/** `count` pieces picked at random from `pieces`, joined by one of the separators, deterministic for `seed`. */
function shuffled(pieces: readonly string[], count: number, seed: number): string {
  const random = seededRandom(seed);
  const separators = ['\n', '\n\n', '\r\n', ' \n', '\n  ', '   \n', '\n\t', ': \n', '\n= '];
  let text = '';
  for (let i = 0; i < count; i++) {
    text += pieces[Math.floor(random() * pieces.length)] + separators[Math.floor(random() * separators.length)];
  }
  return text;
}

describe('the project rules run in chunks', () => {
  it('give what each rule over the whole text gives, on every sample paste', () => {
    for (const text of ALL_PASTES) expectSameAsOneByOne(text);
  });

  it('give the same for labels and values split over lines, alone and surrounded', () => {
    for (const text of SPLIT_ACROSS_LINES) {
      expectSameAsOneByOne(text);
      // A chunk may end at the first line break past 1,024 characters: with the text after a line
      // of each of these lengths, every line break inside the text is, in turn, that first one.
      for (let pad = 990; pad <= 1030; pad++) {
        expectSameAsOneByOne(`${'a'.repeat(pad)}\n${text}\n${FILLER[0]}\n`.repeat(3));
      }
    }
  });

  it('give the same on long pastes of everything at random, with line breaks and spaces in between', () => {
    const pieces = [...ALL_PASTES, ...SPLIT_ACROSS_LINES, ...FILLER];
    for (let seed = 1; seed <= 60; seed++) {
      const text = shuffled(pieces, 40 + (seed % 5) * 60, seed);
      expect(text.length).toBeGreaterThan(1500);
      expectSameAsOneByOne(text);
    }
  });

  it('give the same on 40,000-character pastes like the benchmark', () => {
    const parts = [...CORPUS_SAMPLES.map((s) => s.text), ...CLEAN_PASTES];
    for (let i = 0; i < 5; i++) {
      let text = '';
      for (let j = i; text.length < 40_000; j++) text += `${parts[j % parts.length]}\n2024-03-01T10:15:${String(j % 60).padStart(2, '0')}Z INFO request ${j} completed in ${j % 900} ms\n`;
      expectSameAsOneByOne(text.slice(0, 40_000));
    }
  });

  it('give the same on hostile input', () => {
    for (const unit of ['AKIA', 'eyJ.', 'password=', '://', 'a:b@', 'Bearer ', '\n', ' \n', '=\n', ':\n-p', 'x_y=', 'Cookie: a=b;']) {
      expectSameAsOneByOne(unit.repeat(Math.ceil(40_000 / unit.length)).slice(0, 40_000));
    }
  });
});
