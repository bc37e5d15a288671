import { extractSignature } from '../../src/signature';

describe('extractSignature on tool output, exception chains and other products\' codes', () => {
  it('keeps dig output apart from the question and notes that a DNS lookup was pasted', () => {
    const paste = [
      'TLS fails on the new domain, dig says:',
      '; <<>> DiG 9.16.1 <<>> api.litware.dev',
      ';; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 1234',
      'api.litware.dev.\t60\tIN\tCNAME\told-alb-55aa.us-east-2.elb.amazonaws.com.',
    ].join('\n');
    const sig = extractSignature(paste);
    expect(sig.query).toBe('TLS fails on the new domain, dig says:');
    expect(sig.toolQuery).toContain('CNAME');
    expect(sig.toolQuery).not.toContain('old-alb-55aa');
    expect(sig.concepts).toContain('dns');
  });

  it('keeps the AWS service of an endpoint hostname and drops the rest', () => {
    const sig = extractSignature('curl https://d-8k7j6h5g4f.execute-api.sa-east-1.amazonaws.com/prod fails');
    expect(sig.query).toContain('<url>');
    const host = extractSignature('resolves to d-8k7j6h5g4f.execute-api.sa-east-1.amazonaws.com and not to internal-x-99.elb.amazonaws.com');
    expect(host.query).toBe('resolves to <host> execute-api and not to <host> elb');
  });

  it('treats curl -v progress lines as tool output but keeps the line that reports the error', () => {
    const sig = extractSignature("* Connected to api.x.io (1.2.3.4) port 443\n* ALPN: curl offers h2\n* SSL: no alternative certificate subject name matches target host name 'api.x.io'");
    expect(sig.query).toContain('no alternative certificate subject name matches');
    expect(sig.query).not.toContain('ALPN');
    expect(sig.concepts).toContain('certificate name mismatch');
    expect(sig.transportFailure).toBe(true);
  });

  it('finds the innermost cause of a Java chain, a Python inline chain and a Node [cause]', () => {
    const java = extractSignature('javax.net.ssl.SSLHandshakeException: PKIX path validation failed\n\tat a.B.c(B.java:1)\nCaused by: java.security.cert.CertificateExpiredException: NotAfter: Mon Jan 01 00:00:00 UTC 2024\n\t... 9 more');
    expect(java.cause).toMatch(/^java\.security\.cert\.CertificateExpiredException: NotAfter: <time>/);
    expect(java.concepts).toContain('certificate expired');
    const python = extractSignature("Traceback (most recent call last):\n  File \"a.py\", line 3, in <module>\n    get()\nrequests.exceptions.SSLError: HTTPSConnectionPool(host='x.io', port=443): Max retries exceeded (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1000)')))");
    expect(python.cause).toContain('certificate has expired');
    expect(python.cause).not.toContain('HTTPSConnectionPool');
    const node = extractSignature("TypeError: fetch failed\n    at f (node:internal/x:1:2) {\n  [cause]: Error: self-signed certificate in certificate chain\n}");
    expect(node.cause).toBe('Error: self-signed certificate in certificate chain');
  });

  it('does not call an execution-log error a transport failure', () => {
    const sig = extractSignature('Execution failed due to configuration error: PKIX path building failed: unable to find valid certification path to requested target');
    expect(sig.transportFailure).toBe(false);
  });

  it("reads other products' numbered error codes as error types", () => {
    expect(extractSignature('ORA-12541: TNS:no listener').types).toContain('ORA-12541');
    expect(extractSignature("ERROR 1130 (HY000): Host '10.0.0.5' is not allowed to connect to this MySQL server").types).toContain('ERROR 1130 (HY000)');
  });
});
