/**
 * Secrets in 40,000-character pastes, where redaction works on chunks of lines and on the lines
 * holding each rule's literal: one at the very end, one spanning lines, one on each side of many
 * line breaks. All must go, with the text around them kept.
 */
import { redactSecrets } from '../../src/security/redact';
import { PEM } from './credential-samples';

const LOG_LINE = (i: number): string => `2024-03-01T10:15:${String(i % 60).padStart(2, '0')}Z INFO request ${i} completed in ${i % 900} ms`;

/** Log lines up to about `chars` characters, each ending in a line break. */
function logLines(chars: number, from = 0): string {
  let text = '';
  for (let i = from; text.length < chars; i++) text += `${LOG_LINE(i)}\n`;
  return text;
}


/** Each token is one only a single rule knows; the end of the paste is the end of the token. */
const TOKENS: [string, string][] = [
  ['a GitHub token', 'ghp_1234567890abcdefghijABCDEFGHIJ123456'],
  ['a Shopify token (maintained rules only)', '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'],
  ['an npm token', 'npm_1234567890abcdefghijABCDEFGHIJ123456'],
  ['a Slack token', 'xoxb-2481572611-5567293048817-Zq8RtVb3nKpL0sWxYc7fGhJd'],
];

describe('redaction of 40,000-character pastes', () => {
  it.each(TOKENS)('removes %s at the very end of the paste', async (_name, token) => {
    const text = `${logLines(40_000 - token.length - 10)}token: ${token}`;
    const result = await redactSecrets(text);
    expect(result.text).not.toContain(token);
    expect(result.text).toMatch(/token: \[REDACTED:[a-z-]+\]$/);
    expect(result.text.startsWith(logLines(40_000 - token.length - 10))).toBe(true);
  });

  it('removes a private key spanning lines in the middle of the paste, and one at its end', async () => {
    const before = logLines(20_000);
    const after = logLines(19_000, 5000);
    const result = await redactSecrets(`${before}${PEM}\n${after}${PEM}`);
    expect(result.text).toBe(`${before}[REDACTED:private-key]\n${after}[REDACTED:private-key]`);
    expect(result.findings).toEqual([{ kind: 'private-key', count: 2 }]);
  });

  it('removes a private key whose END line is missing, at the end of the paste', async () => {
    const before = logLines(39_000);
    const withoutEnd = PEM.split('\n').slice(0, -1).join('\n');
    const result = await redactSecrets(`${before}${withoutEnd}`);
    expect(result.text).toBe(`${before}[REDACTED:private-key]`);
  });

  it('removes labelled values split over lines wherever they fall in the paste', async () => {
    const secrets = ['Hunter2-Pg!', 'S3cr3tValue9', 'Zq8RtVb3nKpL0sWxYc7fGhJd'];
    const split = [`password:\n  ${secrets[0]}`, `DB_PASSWORD=\n${secrets[1]}`, `client_secret:\n  ${secrets[2]}`];
    for (let pad = 0; pad < 400; pad += 37) {
      let text = '';
      for (let i = 0; text.length < 40_000; i++) text += `${'x'.repeat(pad)}\n${logLines(900, i)}${split[i % split.length]}\n`;
      const result = await redactSecrets(text);
      for (const secret of secrets) expect(result.text).not.toContain(secret);
    }
  });
});
