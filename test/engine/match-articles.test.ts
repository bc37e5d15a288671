import { shippedEngine } from './engine-fixture';

// Pastes and questions written for these tests (other ids, hosts, regions, languages and chatter
// than the eval sample), each with the article that fixes it (or the articles, where more than one does).
const CASES: [string, string | string[]][] = [
  ['how do I restrict which clients may open a connection to my WebSocket API? IAM or a Lambda authorizer?', 'secure-an-api-gateway-websocket-api'],
  ['methodArn for a websocket REQUEST authorizer on the $connect route, what format?', 'secure-an-api-gateway-websocket-api'],
  ['notifier svc crashing:\nGoneException: 410\n    at de_GoneExceptionRes (/opt/nodejs/node_modules/@aws-sdk/client-apigatewaymanagementapi/dist-cjs/index.js:331:21)\n    at processTicksAndRejections (node:internal/process/task_queues:95:5)', 'troubleshoot-410-goneexception-errors-with-api-gateway-websocket-apis'],
  ['botocore.errorfactory.GoneException: An error occurred (GoneException) when calling the PostToConnection operation: Unknown', 'troubleshoot-410-goneexception-errors-with-api-gateway-websocket-apis'],
  ['Tue Feb 13 11:22:33 UTC 2024 : Execution failed due to configuration error: Cannot verify ECDH ServerKeyExchange signature\nTue Feb 13 11:22:33 UTC 2024 : Method completed with status: 500', 'troubleshoot-amazon-api-gateway-500-errors-with-vpc-link-integration'],
  ["(9a8b7c6d-1111-2222-3333-444455556666) Execution failed due to configuration error: Host name 'svc.prod.internal.example.com' does not match the certificate subject provided by the peer (CN=legacy.example.com)", 'troubleshoot-amazon-api-gateway-500-errors-with-vpc-link-integration'],
  ['curl: (58) unable to set private key file: \'/home/ci/certs/partner.key\' type PEM', 'troubleshoot-api-gateway-certificate-issues-for-custom-domains-using-tls'],
  ['curl: (58) could not load PEM client certificate from ./certs/client-prod.pem, OpenSSL error error:80000002:system library::No such file or directory', 'troubleshoot-api-gateway-certificate-issues-for-custom-domains-using-tls'],
  ['steps to wire an HTTP API to an internal ALB through a VPC link private integration?', 'create-a-private-integration-using-an-alb-for-an-api-gateway-http-api'],
  ['my websocket backend sits behind a VPC link / NLB and needs the connectionId in a request header, how?', 'pass-a-connectionid-or-custom-token-to-vpc-link-integration-as-a-header-for-api-gateway-websocket-apis'],
  ['Chrome: Your connection is not private NET::ERR_CERT_COMMON_NAME_INVALID on https://shop-api.example.io', 'resolve-certificate-expired-or-invalid-certificate-errors-for-api-gateway-api-custom-domains'],
  ["urllib3.exceptions.SSLError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006) calling our custom domain", 'resolve-certificate-expired-or-invalid-certificate-errors-for-api-gateway-api-custom-domains'],
  ['<Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.</Message> calling execute-api from our python signer', 'troubleshoot-sigv4-signature-mismatch-errors-with-iam-authentication-for-api-gateway'],
  ['403 {"message":"User: arn:aws:sts::555566667777:assumed-role/deploy/ci is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-2:555566667777:zz9yy8xx7w/dev/PUT/users"}', 'troubleshoot-sigv4-signature-mismatch-errors-with-iam-authentication-for-api-gateway'],
  ['a role in our second AWS account is denied 403 Forbidden calling our REST API that uses IAM auth; what resource policy lets that cross-account user in?', 'resolve-http-403-forbidden-errors-when-invoking-api-gateway-with-an-iam-cross-account'],
  ['dig on our custom domain name returns the wrong target, not the d-abc123.execute-api.eu-central-1.amazonaws.com regional domain name; DNS record in Route 53 looks off', 'resolve-dns-or-certificate-mismatch-errors-for-api-gateway-custom-domains'],
  ['< HTTP/1.1 504 Gateway Timeout\n{"message": "Endpoint request timed out"} after 29 seconds', 'troubleshoot-api-gateway-5xx-errors'],
  ['we get 502 Bad Gateway from the REST API under load, what are the usual causes of 5xx here?', 'troubleshoot-api-gateway-5xx-errors'],
  ['how do I reach a private API Gateway endpoint from our on-premises network over a VPN / Direct Connect?', 'connect-api-gateway-to-your-on-premises-network'],
  ['An error occurred (TooManyRequestsException) when calling the DeleteDomainName operation: Too Many Requests (retries exhausted)', 'resolve-errors-deleting-api-gateway-custom-domain-names'],
  ['how do I find the usage of a specific API key in a usage plan over the last month?', 'identify-api-key-usage-with-api-gateway'],
  ['Lambda token authorizer with result caching: the first route works, the next route under the same token gets 403 "User is not authorized to access this resource"', 'fix-authorization-http-403-errors-from-api-gateway-lambda-authorizers'],
  ['Extended Request Id: Qw3rTyUiOp=\nAccess denied. Reason: self signed certificate\nForbiddenException Forbidden: 0f0e0d0c-1234-4abc-9def-0123456789ab', 'resolve-mutual-tls-403-forbidden-errors-from-api-gateway'],
  ['which API Gateway cache capacity should we choose for the stage so clients are not throttled?', 'select-amazon-api-gateway-cache-capacity-to-avoid-hitting-a-rate-limit'],
  // The cross-account article's "HTTP APIs" section answers this too: assume a role in the API's account.
  ['how can another AWS account assume a role and call our HTTP API that uses IAM authorization?', ['provide-cross-account-iam-authorization-for-api-gateway-http-apis', 'access-an-amazon-api-gateway-api-from-another-aws-account']],
  ['execution logging enabled on the REST API stage but nothing arrives in CloudWatch Logs; is the CloudWatch role ARN missing?', 'troubleshoot-missing-cloudwatch-logs-for-api-gateway-rest-apis'],
  ['Sat Jun 01 08:00:00 UTC 2024 : Execution failed due to configuration error: Invalid permissions on Lambda function\nSat Jun 01 08:00:00 UTC 2024 : Method completed with status: 500', 'troubleshoot-internal-server-error-status-code-500-for-api-gateway-endpoints-with-lambda-integration'],
  ['Cannot delete vpc link referenced in format of [POST:/payments/refunds]', 'delete-an-amazon-vpc-link-for-an-amazon-gateway-rest-api'],
  ['partners in another AWS account need to call our private REST API, how do we give them access?', 'access-an-amazon-api-gateway-api-from-another-aws-account'],
  ['HTTP API with a Lambda proxy integration (payload 2.0) always answers 200; how do I change the status code in the integration response mapping?', 'map-status-codes-in-api-gateway-for-http-apis'],
];

describe('engine.respond on pasted errors and questions', () => {
  const { engine } = shippedEngine();

  it('covers every article of the shipped knowledge base', () => {
    const covered = new Set(CASES.flatMap(([, ids]) => ids));
    for (const article of engine.articles()) expect(covered).toContain(article.id);
  });

  it.each(CASES)('answers %j with the right article', (text, ids) => {
    const { reply, outcome } = engine.respond(text);
    const offered = reply.kind === 'answer' ? [reply.article.id] : reply.kind === 'clarify' ? reply.candidates.map((c) => c.article.id) : [];
    expect(outcome).not.toBe('none');
    expect(typeof ids === 'string' ? [ids] : ids).toContain(offered[0]);
  });

  it('shows the error string of the article it matched, not the raw ids of the message', () => {
    const { reply } = engine.respond("Execution failed due to configuration error: Host name 'db-7.internal.example.org' does not match the certificate subject provided by the peer (CN=foo.example.org)");
    expect(reply.matched).toBe("Execution failed due to configuration error: Host name 'domain.com.com' does not match the certificate subject provided by the peer (CN=myinstance.com)");
  });

  it('shows the words the section shares with the message when no error string of it was quoted', () => {
    const { reply } = engine.respond('my websocket connection gets 410 after a while');
    expect(reply.kind).toBe('answer');
    expect(reply.matched).toBe('websocket, connection');
  });

  it('builds an answer with the section\'s blocks in order, a source, a confidence band and the standard actions', () => {
    const { reply } = engine.respond('Access denied. Reason: Client cert using an insecure Signature Algorithm');
    if (reply.kind !== 'answer') throw new Error(`expected an answer, got ${reply.kind}`);
    expect(reply.article.id).toBe('resolve-mutual-tls-403-forbidden-errors-from-api-gateway');
    expect(reply.section.heading).toMatch(/insecure Signature Algorithm/i);
    expect(reply.blocks.some((b) => b.kind === 'bullets' && b.items.some((i) => i.text.includes('SHA-256')))).toBe(true);
    expect(reply.blocks.some((b) => b.kind === 'code' && b.code.includes('openssl'))).toBe(true);
    expect(reply.article.source).toBe('imported source page');
    expect(reply.confidence).toBe('high');
    expect(reply.actions.map((a) => a.id)).toEqual(expect.arrayContaining(['kb_solved', 'kb_not_it', 'kb_full_article', 'kb_other_causes']));
    expect(reply.otherCauses.length).toBeGreaterThan(0);
    expect(reply.text).toContain('SHA-256 or stronger');
  });

  it('answers a 40,000-character paste with the error buried in it', () => {
    const noise = Array.from({ length: 600 }, (_, i) => `    at Module._compile (/srv/app/dist/module-${i}.js:${i}:7)`).join('\n');
    const paste = `deploy log follows\nGoneException: 410\n${noise}\n${'#'.repeat(2000)}`;
    expect(paste.length).toBeGreaterThan(30_000);
    const { reply } = engine.respond(paste);
    expect(reply.kind === 'answer' && reply.article.id).toBe('troubleshoot-410-goneexception-errors-with-api-gateway-websocket-apis');
  });
});
