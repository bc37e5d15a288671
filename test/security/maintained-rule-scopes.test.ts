/**
 * The maintained rules run only on the lines that can hold their matches (see
 * src/security/maintained-rule-scopes.ts). That must never change what they find: here every
 * input is also linted whole, with every rule, and the two must report the same ranges.
 */
import { lintSource } from '@secretlint/core';
import { MAINTAINED_RULES, scanWithMaintainedRules, type RuleReport } from '../../src/security/maintained-rules';
import { CLEAN_PASTES, CORPUS_SAMPLES } from './credential-samples';

async function reportsOnWholeText(text: string): Promise<string[]> {
  const result = await lintSource({
    source: { content: text, filePath: 'message.txt', ext: '.txt', contentType: 'text' },
    options: { config: { rules: MAINTAINED_RULES.map((rule) => ({ id: rule.meta.id, rule })) }, noPhysicFilePath: true },
  });
  // secretlint drops a leading byte-order mark before the rules run; its ranges are then one short.
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return result.messages.map((m) => `${m.ruleId} ${m.range[0] + shift}-${m.range[1] + shift}`).sort();
}

function described(reports: readonly RuleReport[]): string[] {
  return reports.map((r) => `${r.ruleId} ${r.start}-${r.end}`).sort();
}

async function expectSameAsWholeText(text: string): Promise<string[]> {
  const whole = await reportsOnWholeText(text);
  expect(described(await scanWithMaintainedRules(text))).toEqual(whole);
  return whole;
}

const onePasswordToken = (() => {
  let json = JSON.stringify({ email: 'svc@1passwordserviceaccounts.lcl', secretKey: 'A3-C4ZJMN-PQTZTL-HGL84-G64M7-KVZRN-4ZVP6', signInAddress: 'gotham.b5local.com:4000' });
  // A base64 body ends in "fQ" when the closing brace starts a 3-byte group.
  while (json.length % 3 !== 1) json = `${json.slice(0, -1)} }`;
  return `ops_${Buffer.from(json).toString('base64').replace(/=+$/, '')}`;
})();

/** One line per maintained rule, each with something that rule reports. */
const SECRET_LINES = [
  'aws_secret_access_key = "Zq8RtVb3nKpL0sWxYc7fGhJd+Tr7Kp2xQ9vLm4Nz"',
  [
    '-----BEGIN RSA PRIVATE KEY-----',
    'MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi6nA8DgTvl2DhK3J4V1b0cFhQ+',
    'kR8xN2yW5sP0oL9mJ3qH7vT6uA1zB4cD5eF8gI0jK2lM3nO6pQ9rS1tU4vW7xY0',
    '-----END RSA PRIVATE KEY-----',
  ].join('\n'),
  'npm publish failed: npm_1234567890abcdefghijABCDEFGHIJ123456',
  'git clone https://a1b2c3d4e5f6:x-oauth-basic@github.com/acme/app.git',
  '//registry.npmjs.org/:_authToken=0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
  'curl https://deploy:Sup3rS3cretPw@artifacts.example.com/release.zip',
  'slack token xoxb-2481572611-5567293048817-Zq8RtVb3nKpL0sWxYc7fGhJd',
  'webhook https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
  'SENDGRID_API_KEY=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',
  'shopify 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',
  `openai sk-proj-${'a1B2c3D4e5'.repeat(7)}a1B2T3BlbkFJ${'Z9y8X7w6V5'.repeat(7)}Z9y8`,
  `anthropic sk-ant-api03-${'Ab1Cd2Ef3G'.repeat(9)}h4AA`,
  `groq gsk_${'Ab1Cd2Ef3Gh4'.repeat(4)}Ij5K`,
  'huggingface hf_AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGh',
  'linear lin_api_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0',
  'notion ntn_12345678901AbCdEfGhIjKlMnOpQrStUvWxYz012345678',
  'github ghp_1234567890abcdefghijABCDEFGHIJ123456',
  'gitlab glpat-Ab1Cd2Ef3Gh4Ij5Kl6Mn',
  'grafana glsa_Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv_0a1b2c3d',
  `1password ${onePasswordToken}`,
  'DATABASE_URL=postgres://app:Pg_s3cret_2024@db.internal.example.com:5432/orders',
  `vault hvs.${'Ab1Cd2Ef3G'.repeat(9)}h4`,
  'vercel vcp_Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8',
  'databricks dapi0123456789abcdef0123456789abcdef',
  'docker dckr_pat_Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9',
  `figma figd_${'Ab1Cd2Ef3G'.repeat(4)}`,
];

/** Log lines with none of the rules' literals. */
function filler(lines: number, seed: number): string[] {
  return Array.from({ length: lines }, (_, i) => `2024-03-01T10:15:${String((seed + i) % 60).padStart(2, '0')}Z INFO request ${seed + i} completed in ${(seed * 7 + i) % 900} ms`);
}

describe('the maintained rules on the lines that can hold their matches', () => {
  it('find, for every rule that can report on a message, what they find on the whole text', async () => {
    const whole = await expectSameAsWholeText(SECRET_LINES.join('\n'));
    const reporting = new Set(whole.map((r) => r.split(' ')[0]));
    // gcp reads only .json and .p12 files; every other rule has a line above that it reports.
    const expected = MAINTAINED_RULES.map((r) => r.meta.id).filter((id) => id !== '@secretlint/secretlint-rule-gcp');
    expect([...reporting].sort()).toEqual([...expected].sort());
  });

  it('find the same in a 40,000-character paste, at its start, in its middle and at its very end', async () => {
    const text = [...SECRET_LINES, ...filler(300, 1), ...SECRET_LINES, ...filler(300, 2), ...SECRET_LINES].join('\n');
    expect(text.length).toBeGreaterThan(40_000);
    // Each of the 24 rules that can report on a message, three times.
    expect((await expectSameAsWholeText(text)).length).toBeGreaterThanOrEqual(3 * 24);
  });

  it('find the same with Windows line ends, blank lines and other line separators', async () => {
    await expectSameAsWholeText([...filler(5, 3), ...SECRET_LINES].join('\r\n'));
    await expectSameAsWholeText([...filler(5, 3), ...SECRET_LINES].join('\n\n\n'));
    await expectSameAsWholeText([...filler(5, 3), ...SECRET_LINES].join('\u2028'));
    await expectSameAsWholeText(SECRET_LINES.join(' '));
  });

  it('find the same when the text has characters that lowercase to two', async () => {
    await expectSameAsWholeText(SECRET_LINES.map((line) => `\u0130\u0130 ${line.replace(/-/g, '\u0130-')}`).join('\n'));
    await expectSameAsWholeText(`${'\u0130'.repeat(50)}\n${SECRET_LINES.join('\n')}`);
  });

  it('find the same for matches that run onto later lines', async () => {
    const key = 'Zq8RtVb3nKpL0sWxYc7fGhJd+Tr7Kp2xQ9vLm4Nz';
    for (const text of [
      `before\naws_secret_access_key\n=\n${key}\nafter`,
      `before\nAWS_SECRET_ACCESS_KEY \n\n \t\n  =>  \n\n\n  "${key}"\nafter`,
      `before\naws_secret_access_key:\n\n\n${key}`,
    ]) {
      expect((await expectSameAsWholeText(text)).length).toBeGreaterThan(0);
    }
    // The npm rule reads `_authToken=` only in .npmrc files, but its scope allows for it all the same.
    await expectSameAsWholeText(`before\n//registry.npmjs.org/:_authToken=\n0f1e2d3c4b5a69788a9b0c1d2e3f4a5b\nafter`);
    await expectSameAsWholeText(`before\n_authToken=\n\nvalue-on-a-later-line\nafter`);
  });

  it('find the same after a byte-order mark', async () => {
    await expectSameAsWholeText(`\ufeff${SECRET_LINES.join('\n')}`);
    await expectSameAsWholeText(`log start\n\ufeff${SECRET_LINES.join('\n\ufeff')}`);
  });

  it('find the same in every corpus paste, every clean paste, and the corpus run together', async () => {
    for (const sample of CORPUS_SAMPLES) await expectSameAsWholeText(sample.text);
    for (const text of CLEAN_PASTES) await expectSameAsWholeText(text);
    await expectSameAsWholeText([...CORPUS_SAMPLES.map((s) => s.text), ...CLEAN_PASTES].join('\n'));
  });

  it('find nothing in text with none of their literals', async () => {
    expect(await scanWithMaintainedRules(filler(600, 4).join('\n'))).toEqual([]);
    expect(await scanWithMaintainedRules('')).toEqual([]);
  });
});
