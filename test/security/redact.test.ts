import { placeholder, redactSecrets } from '../../src/security/redact';
import type { RedactionResult } from '../../src/security/types';
import { CREDENTIAL_SAMPLES, ORDINARY_TEXTS } from './credential-samples';

describe('redactSecrets', () => {
  describe.each(CREDENTIAL_SAMPLES)('on $name', (sample) => {
    let result: RedactionResult;
    beforeAll(async () => {
      result = await redactSecrets(sample.text);
    });

    it('removes every secret', async () => {
      for (const secret of sample.secrets) expect(result.text).not.toContain(secret);
    });

    it('reports each kind it removed, with a placeholder naming it', async () => {
      const kinds = result.findings.map((f) => f.kind);
      for (const kind of sample.kinds) {
        expect(kinds).toContain(kind);
        expect(result.text).toContain(placeholder(kind));
      }
      for (const finding of result.findings) expect(finding.count).toBeGreaterThan(0);
    });

    it('keeps the error text around the secret intact', async () => {
      for (const keep of sample.keeps) expect(result.text).toContain(keep);
    });

    it('is idempotent: redacting the redacted text changes nothing and finds nothing', async () => {
      const again = await redactSecrets(result.text);
      expect(again.text).toBe(result.text);
      expect(again.findings).toEqual([]);
    });
  });

  describe('on ordinary error text', () => {
    it.each(ORDINARY_TEXTS.map((t) => [t.slice(0, 60), t]))('leaves "%s…" unchanged', async (_label, text) => {
      const result = await redactSecrets(text);
      expect(result.text).toBe(text);
      expect(result.findings).toEqual([]);
    });
  });

  describe('on specific shapes', () => {
    it('counts repeated secrets of one kind', async () => {
      const result = await redactSecrets('AKIA4QW7ZJ2MXR5TNB3K then AKIA7QW7ZJ2MXR5TNB3Z');
      expect(result.findings).toEqual([{ kind: 'aws-access-key-id', count: 2 }]);
      expect(result.text).toBe('[REDACTED:aws-access-key-id] then [REDACTED:aws-access-key-id]');
    });

    it('cuts a PEM key pasted without its END line up to where the base64 stops', async () => {
      const text = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7\n\nand then: handshake failure';
      const result = await redactSecrets(text);
      expect(result.text).not.toContain('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC');
      expect(result.text).toContain('and then: handshake failure');
    });

    it('cuts OpenSSH and encrypted private keys too', async () => {
      for (const label of ['OPENSSH PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'EC PRIVATE KEY']) {
        const result = await redactSecrets(`-----BEGIN ${label}-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END ${label}-----\nok`);
        expect(result.text).toBe('[REDACTED:private-key]\nok');
      }
    });

    it('leaves a public certificate alone', async () => {
      const cert = '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n-----END CERTIFICATE-----';
      expect((await redactSecrets(cert)).text).toBe(cert);
    });

    it('redacts only the password of a URL, keeping user, host and port', async () => {
      expect((await redactSecrets('redis://default:pa55word@cache.internal:6379/0')).text).toBe('redis://default:[REDACTED:url-password]@cache.internal:6379/0');
      expect((await redactSecrets('mongodb+srv://svc:Xy7%40pw@cluster0.mongodb.net/db')).text).toBe('mongodb+srv://svc:[REDACTED:url-password]@cluster0.mongodb.net/db');
    });

    it('redacts JSON, YAML and CLI password forms but not prose', async () => {
      expect((await redactSecrets('{"password": "correct horse battery"}')).text).toBe('{"password": "[REDACTED:connection-string-password]"}');
      expect((await redactSecrets('password: hunter2')).text).toBe('password: [REDACTED:connection-string-password]');
      expect((await redactSecrets('mysql --password=s3cret -h db')).text).toBe('mysql --password=[REDACTED:connection-string-password] -h db');
      expect((await redactSecrets('PGPASSWORD=letmein psql')).text).toBe('PGPASSWORD=[REDACTED:connection-string-password] psql');
      expect((await redactSecrets('password authentication failed for user "app"')).findings).toEqual([]);
    });

    it('redacts every Slack token family and incoming-webhook secrets', async () => {
      for (const prefix of ['xoxb', 'xoxp', 'xoxa', 'xoxr', 'xoxs']) {
        const result = await redactSecrets(`token ${prefix}-1234567890-abcdefghijkl failed`);
        expect(result.text).toBe('token [REDACTED:slack-token] failed');
      }
      expect((await redactSecrets('xapp-1-A0123456789-1234567890123-abcdef0123456789')).text).toBe('[REDACTED:slack-token]');
      const hook = await redactSecrets('POST https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX 404');
      expect(hook.text).toBe('POST https://hooks.slack.com/services/[REDACTED:slack-token] 404');
    });

    it('redacts HTTP Basic credentials, which are base64 user:password', async () => {
      const encoded = Buffer.from('admin:Sup3rSecret').toString('base64');
      expect((await redactSecrets(`Authorization: Basic ${encoded}`)).text).toBe('Authorization: Basic [REDACTED:generic-secret]');
    });

    it('redacts a labelled session token in JSON from sts assume-role', async () => {
      const token = 'FwoGZXIvYXdzEBYaDHqa0AP1/EXAMPLEtokenPART2xyz9ABCDEFGHIJKLMN==';
      const result = await redactSecrets(`{"Credentials": {"AccessKeyId": "ASIAY34FZKBOKMUTVV7A", "SecretAccessKey": "q8Zr+3LwXbN2vT9kYp/4HdS7mJc1aFgE6uRoWiQn", "SessionToken": "${token}"}}`);
      expect(result.text).toBe(
        '{"Credentials": {"AccessKeyId": "[REDACTED:aws-access-key-id]", "SecretAccessKey": "[REDACTED:aws-secret-access-key]", "SessionToken": "[REDACTED:aws-session-token]"}}',
      );
    });

    it('does not treat a lowercase hex digest as a secret key even next to credentials', async () => {
      const text = 'aws_access_key_id AKIA4QW7ZJ2MXR5TNB3K checksum 2143831a73a8bb28467860df18550c696c03fbcb';
      expect((await redactSecrets(text)).text).toBe('aws_access_key_id [REDACTED:aws-access-key-id] checksum 2143831a73a8bb28467860df18550c696c03fbcb');
    });

    it('does not treat a 40-character mixed token as a secret key when nothing mentions credentials', async () => {
      const text = 'trace id Ab3dEfGh1jKlMn0pQrStUvWxYz0123456789AbCd in the gateway log';
      expect((await redactSecrets(text)).text).toBe(text);
    });
  });

  describe('on hostile input', () => {
    // Each input is built to make a backtracking pattern explode; the bound is loose on purpose
    // (a catastrophic case takes seconds or never ends), so this is a hang check, not a timing test.
    const n = 40_000;
    const adversarial: [string, string][] = [
      ['one long token', 'A'.repeat(n)],
      ['repeated key prefixes', 'AKIA'.repeat(n / 4)],
      ['repeated JWT starts', 'eyJ.'.repeat(n / 4)],
      ['repeated JWT-like segments', ('eyJ' + 'a'.repeat(50) + '.').repeat(n / 54)],
      ['repeated URL schemes without @', 'a://b:c'.repeat(n / 7)],
      ['repeated URL schemes with colons', ('x://' + ':'.repeat(30)).repeat(n / 34)],
      ['repeated password labels', 'password='.repeat(n / 9)],
      ['repeated password colons', 'password: '.repeat(n / 10)],
      ['repeated PEM begins without end', '-----BEGIN PRIVATE KEY-----\n'.repeat(n / 28)],
      ['repeated Credential= labels', 'Credential='.repeat(n / 11)],
      ['repeated Signature= labels', 'X-Amz-Signature=1'.repeat(n / 17)],
      ['repeated Bearer labels', 'Bearer '.repeat(n / 7)],
      ['repeated secret labels', 'aws_secret_access_key = ['.repeat(n / 25)],
      ['base64 soup with credential words', 'credentials ' + 'aB3+/'.repeat(n / 5)],
      ['long base64 after Basic', 'Basic ' + 'QUJD'.repeat(n / 4)],
      ['slack prefixes', 'xoxb-'.repeat(n / 5)],
      ['whitespace', ' \n\t'.repeat(n / 3)],
    ];

    it.each(adversarial)('redacts %s (40,000 characters) quickly', async (_name, text) => {
      const started = process.hrtime.bigint();
      await redactSecrets(text);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      expect(ms).toBeLessThan(500);
    });

    it('keeps the length of ordinary long text', async () => {
      const text = 'Execution failed due to configuration error: Malformed Lambda proxy response\n'.repeat(500);
      expect((await redactSecrets(text)).text).toBe(text);
    });
  });
});
