import { shippedEngine } from './engine-fixture';

const DNS_MISMATCH = 'resolve-dns-or-certificate-mismatch-errors-for-api-gateway-custom-domains';
const EXPIRED_OR_INVALID = 'resolve-certificate-expired-or-invalid-certificate-errors-for-api-gateway-api-custom-domains';
const CUSTOM_DOMAIN_CERTIFICATES = [DNS_MISMATCH, EXPIRED_OR_INVALID];

// DNS lookups and TLS dumps with hostnames, ids and tool chatter around a real custom-domain question.
const DNS_PASTES: string[] = [
  [
    'moved orders.contoso.app to API Gateway yesterday, TLS handshake fails from some clients. dig:',
    '; <<>> DiG 9.18.28 <<>> orders.contoso.app',
    ';; global options: +cmd',
    ';; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 60321',
    ';; flags: qr rd ra; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 1',
    ';; ANSWER SECTION:',
    'orders.contoso.app.\t300\tIN\tCNAME\tk8s-legacy-ingress-8d7f6e5c4b.elb.us-west-2.amazonaws.com.',
    'k8s-legacy-ingress-8d7f6e5c4b.elb.us-west-2.amazonaws.com. 60 IN A 34.210.5.6',
    ';; Query time: 31 msec',
    ';; SERVER: 127.0.0.53#53(127.0.0.53) (UDP)',
    'the regional domain name should be d-9zyx8wvu7t.execute-api.us-west-2.amazonaws.com',
  ].join('\n'),
  [
    'custom domain still resolves to the old load balancer and TLS handshake fails',
    'Server:\t\t10.0.0.2',
    'Address:\t10.0.0.2#53',
    '',
    'Non-authoritative answer:',
    'pay.fabrikam.org\tcanonical name = old-pay-nlb-77aa88bb99.elb.eu-central-1.amazonaws.com.',
    'Name:\told-pay-nlb-77aa88bb99.elb.eu-central-1.amazonaws.com',
    'Address: 3.64.1.2',
  ].join('\n'),
];

const NAME_MISMATCH: string[] = [
  "curl: (60) SSL: no alternative certificate subject name matches target host name 'reports.adatum.net'",
  [
    '$ curl -v https://reports.adatum.net/v2/daily',
    '*   Trying 52.4.3.2:443...',
    '* Connected to reports.adatum.net (52.4.3.2) port 443',
    '* ALPN: curl offers h2,http/1.1',
    '* TLSv1.3 (OUT), TLS handshake, Client hello (1):',
    '* TLSv1.3 (IN), TLS handshake, Server hello (2):',
    '* Server certificate:',
    '*  subject: CN=*.execute-api.us-east-1.amazonaws.com',
    '*  subjectAltName does not match reports.adatum.net',
    "* SSL: no alternative certificate subject name matches target host name 'reports.adatum.net'",
    "curl: (60) SSL: no alternative certificate subject name matches target host name 'reports.adatum.net'",
  ].join('\n'),
  'Get "https://inventory.wingtip.io/items": tls: failed to verify certificate: x509: certificate is valid for *.execute-api.eu-west-1.amazonaws.com, not inventory.wingtip.io',
  "Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames: Host: shop.litware.com. is not in the cert's altnames: DNS:*.execute-api.ap-south-1.amazonaws.com",
];

describe('engine.respond on diagnostic-tool output', () => {
  const { engine } = shippedEngine();

  it.each(DNS_PASTES)('reads past dig/nslookup noise to the DNS mismatch article: %#', (text) => {
    const { reply } = engine.respond(text);
    expect(reply.kind === 'answer' && reply.article.id).toBe(DNS_MISMATCH);
  });

  it.each(NAME_MISMATCH)('sends a certificate name mismatch on a custom domain to a custom-domain certificate article: %#', (text) => {
    const { reply } = engine.respond(text);
    if (reply.kind !== 'answer') throw new Error(`expected an answer, got ${reply.kind}`);
    expect(CUSTOM_DOMAIN_CERTIFICATES).toContain(reply.article.id);
  });
});

// curl -v prints the response with "<" markers: the status line and API Gateway's error headers are the error itself.
const CURL_VERBOSE_5XX: [string, string][] = [
  [
    [
      '> GET /prod/reports HTTP/1.1',
      '> Host: 7hq2k1x9ab.execute-api.ap-southeast-2.amazonaws.com',
      '> User-Agent: curl/8.5.0',
      '< HTTP/1.1 504 Gateway Timeout',
      '< Content-Type: application/json',
      '< x-amzn-RequestId: 0f3e2d1c-aaaa-bbbb-cccc-123456789abc',
      '< x-amzn-ErrorType: InternalServerErrorException',
      '{"message": "Endpoint request timed out"}',
    ].join('\n'),
    'troubleshoot-api-gateway-5xx-errors',
  ],
  [
    ['< HTTP/2 503', '< date: Mon, 04 Mar 2024 10:11:12 GMT', '< x-amzn-errortype: ServiceUnavailableException', '{"message":"Service Unavailable"}'].join('\n'),
    'troubleshoot-api-gateway-5xx-errors',
  ],
];

describe('engine.respond on curl -v response dumps', () => {
  const { engine } = shippedEngine();

  it.each(CURL_VERBOSE_5XX)('reads the status line and x-amzn-ErrorType past curl’s markers: %#', (text, articleId) => {
    const { reply } = engine.respond(text);
    expect(reply.kind).not.toBe('none');
    const offered = reply.kind === 'answer' ? [reply.article.id] : reply.kind === 'clarify' ? reply.candidates.map((c) => c.article.id) : [];
    expect(offered).toContain(articleId);
  });
});
