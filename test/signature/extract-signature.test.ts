import { extractSignature } from '../../src/signature';

const nodeFrames = Array.from({ length: 120 }, (_, i) => `    at handler${i} (/var/task/node_modules/@aws-sdk/client-apigatewaymanagementapi/dist-cjs/index.js:${100 + i}:${i % 40})`).join('\n');

describe('extractSignature', () => {
  it('finds the root cause of a multi-kilobyte Node stack trace and ignores its frames', () => {
    const paste = `hey, broadcast lambda blew up again:\n2024-05-01T10:11:12.345Z\tc0ffee00-1111-4222-8333-444455556666\tERROR\tGoneException: Gone\n${nodeFrames}`;
    expect(paste.length).toBeGreaterThan(8_000);
    const sig = extractSignature(paste);
    expect(sig.types).toContain('GoneException');
    expect(sig.messages.join('\n')).toContain('GoneException: Gone');
    expect(sig.query).not.toContain('handler57');
    expect(sig.query).not.toContain('c0ffee00');
  });

  it('takes the last "Caused by" of a Java trace as the root cause', () => {
    const frames = Array.from({ length: 80 }, (_, i) => `\tat com.acme.orders.Client${i}.call(Client${i}.java:${i + 10})`).join('\n');
    const paste = `Exception in thread "main" java.lang.RuntimeException: call failed\n${frames}\nCaused by: javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target\n${frames}\n\t... 42 more`;
    const sig = extractSignature(paste);
    expect(sig.messages).toContain('javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target');
    expect(sig.types).toEqual(expect.arrayContaining(['SSLHandshakeException', 'SunCertPathBuilderException']));
    expect(sig.query).not.toContain('Client17');
  });

  it("takes Python's final exception line and drops the File/source lines", () => {
    const paste = [
      'Traceback (most recent call last):',
      '  File "/home/dev/app/client.py", line 88, in <module>',
      '    resp = session.get(url, timeout=5)',
      '  File "/usr/lib/python3.11/site-packages/requests/adapters.py", line 517, in send',
      '    raise SSLError(e, request=request)',
      "requests.exceptions.SSLError: HTTPSConnectionPool(host='payments.example.net', port=443): Max retries exceeded with url: /v1/charge (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)')))",
    ].join('\n');
    const sig = extractSignature(paste);
    expect(sig.types).toEqual(expect.arrayContaining(['SSLError', 'CERTIFICATE_VERIFY_FAILED']));
    expect(sig.messages[0]).toContain('certificate has expired');
    expect(sig.messages[0]).toContain("host='<host>'");
    expect(sig.query).not.toContain('session.get');
  });

  it('reads a Go panic as the root cause and skips goroutine frames', () => {
    const paste = 'panic: websocket: close 1006 (abnormal closure): unexpected EOF\n\ngoroutine 1 [running]:\nmain.main()\n\t/home/me/ws/main.go:42 +0x1d2\nexit status 2';
    const sig = extractSignature(paste);
    expect(sig.messages).toContain('websocket: close 1006 (abnormal closure): unexpected EOF');
    expect(sig.query).not.toContain('main.go');
  });

  it('splits an AWS CLI error into code, operation and message', () => {
    const sig = extractSignature('An error occurred (BadRequestException) when calling the GetUsage operation: Invalid usage plan ID specified');
    expect(sig.types).toContain('BadRequestException');
    expect(sig.operations).toEqual(['GetUsage']);
    expect(sig.messages[0]).toBe('Invalid usage plan ID specified');
  });

  it('reads curl, OpenSSL and schannel codes', () => {
    const curl = extractSignature('curl: (35) error:14094410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure');
    expect(curl.types).toEqual(expect.arrayContaining(['curl: (35)', 'error:14094410']));
    const schannel = extractSignature('curl: (58) schannel: Failed to import cert file mtls-client.pem, last error is 0x80092002');
    expect(schannel.messages.join(' ')).toContain('0x80092002');
  });

  it('reads JSON error bodies and the x-amzn-ErrorType header, and statuses with their reason phrases', () => {
    const sig = extractSignature('< HTTP/2 403\n< x-amzn-errortype: AccessDeniedException\n{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:ap-southeast-2:123456789012:a1b2c3d4e5/v1/POST/orders"}');
    expect(sig.statuses).toEqual([403]);
    expect(sig.types).toContain('AccessDeniedException');
    expect(sig.messages[0]).toBe('User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:<id>');
  });

  it('normalizes two copies of one execution-log error with different ids, hosts and times to the same text', () => {
    const a = extractSignature("Mon Jan 08 23:01:02 UTC 2024 : Execution failed due to configuration error: Host name 'api.internal.acme.org' does not match the certificate subject provided by the peer (CN=*.elb.amazonaws.com)");
    const b = extractSignature("Fri Sep 13 04:05:06 UTC 2024 : Execution failed due to configuration error: Host name 'orders.corp.example.com' does not match the certificate subject provided by the peer (CN=internal-lb-123.us-west-2.elb.amazonaws.com)");
    expect(a.messages[0]).toBe(b.messages[0]);
    expect(a.display).not.toMatch(/acme|2024|23:01/);
  });

  it('treats redaction placeholders, UUIDs, account ids and IPs as noise', () => {
    const sig = extractSignature('aws_access_key_id=[REDACTED:aws-access-key-id] from 10.0.3.17 request 9f1c2d3e-aaaa-4bbb-8ccc-1234567890ab account 123456789012: The security token included in the request is invalid.');
    expect(sig.query).not.toMatch(/REDACTED|10\.0\.3\.17|9f1c2d3e|123456789012/);
    expect(sig.messages.join(' ')).toContain('The security token included in the request is invalid.');
  });

  it('keeps the error visible when chatter surrounds it', () => {
    const chatter = 'so we deployed on friday and everything looked fine in staging, then prod started paging. '.repeat(30);
    const sig = extractSignature(`${chatter}\nExecution failed due to configuration error: Invalid permissions on Lambda function\n${chatter}`);
    expect(sig.messages[0]).toBe('Execution failed due to configuration error: Invalid permissions on Lambda function');
  });

  it('reports prose without an error as not an error', () => {
    expect(extractSignature('how do I see how many calls each API key made?').isError).toBe(false);
  });

  it('stays bounded on hostile input of 40,000+ characters', () => {
    const inputs = [
      'a'.repeat(45_000),
      `${'x.'.repeat(22_000)}`,
      `"message": "${'\\"'.repeat(20_000)}`,
      `${'(('.repeat(15_000)}An error occurred (`,
      `${'aaaa-'.repeat(9_000)}`,
      Array.from({ length: 5_000 }, () => '    at x (/a/b.js:1:2)').join('\n'),
    ];
    for (const input of inputs) {
      const started = performance.now();
      const sig = extractSignature(input);
      expect(performance.now() - started).toBeLessThan(500);
      expect(sig.query.length).toBeLessThanOrEqual(4_200);
    }
  });
});
