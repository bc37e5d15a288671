/**
 * Three project rules try their pattern only where a scan says a match may start (nextStart in
 * src/security/project-rules.ts): the unlabelled 40-character key, `NAME_SECRET=` assignments and
 * URL passwords. redactWithProjectRulesOneByOne searches every pattern plainly, so holding the
 * scanning path to it on the edges each scan reasons about checks that no match is ever skipped.
 */
import { asciiClass, inAsciiClass } from '../../src/security/char-classes';
import { redactWithProjectRules, redactWithProjectRulesOneByOne } from '../../src/security/project-rules';
import { seededRandom } from '../bench/seeded-random';

function expectSameAsOneByOne(text: string): void {
  expect(redactWithProjectRules(text)).toEqual(redactWithProjectRulesOneByOne(text));
}

const KEY = 'q8Zr+3LwXbN2vT9kYp/4HdS7mJc1aFgE6uRoWiQn';

/** Base64 runs around 40 characters long, with and without "=" or other base64 characters beside them. */
const BASE64_RUNS = [KEY, KEY.slice(1), `${KEY}A`, `=${KEY}`, `${KEY}=`, `/${KEY.slice(1)}`, `a${KEY}`, `${KEY}${KEY}`, `${KEY.slice(0, 20)} ${KEY.slice(20)}`];

/** Assignments with names of every shape the scan looks back over, and separators after other things. */
const ASSIGNMENTS = [
  'DB_PASSWORD=S3cr3tValue9',
  'db.password: S3cr3tValue9',
  'api-token   =  Zq8RtVb3nKpL0sWxYc7fGhJd',
  'api-token    = Zq8RtVb3nKpL0sWxYc7fGhJd',
  '"client_secret": "Zq8RtVb3nKpL0sWxYc7fGhJd"',
  "'auth_token'  :'Zq8RtVb3nKpL0sWxYc7fGhJd'",
  'auth_token"  := x',
  'secret_key\t=\tZq8RtVb3nKpL0sWxYc7fGhJd',
  '9_secret=Zq8RtVb3nKpL0sWxYc7fGhJd',
  '_secret=Zq8RtVb3nKpL0sWxYc7fGhJd',
  'x-secret=Zq8RtVb3nKpL0sWxYc7fGhJd',
  'PASSWORD=hunter22',
  'x_y=a:b_secret=Zq8RtVb3nKpL0sWxYc7fGhJd',
  `${'a_'.repeat(30)}secret=Zq8RtVb3nKpL0sWxYc7fGhJd`,
  `${'a'.repeat(45)}_secret=Zq8RtVb3nKpL0sWxYc7fGhJd`,
  'a_secret=;b_secret=',
  '::==:=',
];

/** URLs with and without a password, the "://" at the start of the text or right after another. */
const URLS = ['postgres://app:S3cr3t@db.internal:5432/orders', '://user:pw@host', 'x://://a:b@c', 'redis://cache.internal:6379/0', 'a://b:c@d@e/f'];

const CONTEXT = 'aws_access_key_id = AKIA4QW7ZJ2MXR5TNB3K';

describe('the project rules scan for where to try a pattern', () => {
  it('read character classes as the patterns do, on every UTF-16 code unit', () => {
    for (const oneCharacter of [/[A-Za-z0-9+/]/, /[A-Za-z0-9_.-]/, /["']/]) {
      const table = asciiClass(oneCharacter);
      const differ: number[] = [];
      for (let code = 0; code <= 0xffff; code++) if (inAsciiClass(table, code) !== oneCharacter.test(String.fromCharCode(code))) differ.push(code);
      expect(differ).toEqual([]);
    }
  });

  it('find what a plain search finds in each piece alone, at the start and end of a text and among others', () => {
    for (const piece of [...BASE64_RUNS, ...ASSIGNMENTS, ...URLS]) {
      for (const text of [piece, `${CONTEXT}\n${piece}`, `${CONTEXT} ${piece} `, `${piece}\n${CONTEXT}`, `${piece}${piece}`, `${piece}\n${piece}`]) {
        expectSameAsOneByOne(text);
      }
    }
  });

  it('find the same on long texts of those pieces joined at random', () => {
    const pieces = [...BASE64_RUNS, ...ASSIGNMENTS, ...URLS, CONTEXT, 'status: ok', 'a', '=', ':', '"', ' '];
    const joins = ['', ' ', '\n', '=', ':', '"', '  ', '\n\n'];
    for (let seed = 1; seed <= 40; seed++) {
      const random = seededRandom(seed);
      let text = '';
      while (text.length < 3000) text += pieces[Math.floor(random() * pieces.length)] + joins[Math.floor(random() * joins.length)];
      expectSameAsOneByOne(text);
    }
  });
});
