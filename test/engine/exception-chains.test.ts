import { shippedEngine } from './engine-fixture';

const EXPIRED = 'resolve-certificate-expired-or-invalid-certificate-errors-for-api-gateway-api-custom-domains';

const javaFrames = (pkg: string, n: number): string =>
  Array.from({ length: n }, (_, i) => `\tat ${pkg}.Step${i}.run(Step${i}.java:${40 + i})`).join('\n');

// Exception chains whose innermost cause is an expired certificate, from clients of an API custom domain.
const EXPIRED_CHAINS: string[] = [
  [
    'ERROR 2024-11-02 07:14:55,120 [pool-3-thread-7] c.n.inventory.SyncJob - sync to partner API failed',
    'org.springframework.web.client.ResourceAccessException: I/O error on POST request for "https://inventory.northwind.dev/v1/sync": PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed',
    javaFrames('com.northwind.inventory', 30),
    'Caused by: javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed',
    javaFrames('sun.security.ssl', 12),
    'Caused by: java.security.cert.CertPathValidatorException: validity check failed',
    javaFrames('sun.security.provider.certpath', 6),
    'Caused by: java.security.cert.CertificateExpiredException: NotAfter: Fri Nov 01 23:59:59 UTC 2024',
    '\tat java.base/sun.security.x509.CertificateValidity.valid(CertificateValidity.java:277)',
    '\t... 44 more',
  ].join('\n'),
  [
    'Traceback (most recent call last):',
    '  File "/opt/jobs/push.py", line 19, in <module>',
    '    httpx.get("https://events.tailwind.co/health")',
    '  File "/usr/local/lib/python3.12/ssl.py", line 1042, in do_handshake',
    '    self._sslobj.do_handshake()',
    'ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1000)',
  ].join('\n'),
  "TypeError: fetch failed\n    at node:internal/deps/undici/undici:13502:13\n    at async pushMetrics (/srv/worker/dist/push.js:22:17) {\n  [cause]: Error: certificate has expired\n      at TLSSocket.onConnectSecure (node:_tls_wrap:1677:34) {\n    code: 'CERT_HAS_EXPIRED'\n  }\n}",
  "Error: certificate has expired\n    at TLSSocket.onConnectSecure (node:_tls_wrap:1674:34)\n    at TLSSocket.emit (node:events:518:28) {\n  code: 'CERT_HAS_EXPIRED'\n}",
];

describe('engine.respond on exception chains', () => {
  const { engine } = shippedEngine();
  // Known gap (docs/matching.md): the longest chain ranks the right article first, but explains too
  // little of itself for the answer confidence; it gets none.
  const [longest, ...rest] = EXPIRED_CHAINS;

  it.failing('lets the innermost cause decide in the longest chain (known gap)', () => {
    const { reply } = engine.respond(longest);
    expect(reply.kind === 'answer' && reply.article.id).toBe(EXPIRED);
  });

  it.each(rest)('lets the innermost cause (an expired certificate) decide: %#', (text) => {
    const { reply } = engine.respond(text);
    expect(reply.kind === 'answer' && reply.article.id).toBe(EXPIRED);
  });
});
