import { shippedEngine } from './engine-fixture';

// Known gaps of the fitted model (docs/matching.md): another service's signature error reads like the
// SigV4 article, and a Kubernetes RBAC "forbidden" carries a 403 the status signal trusts.
const KNOWN_GAPS = [
  'An error occurred (SignatureDoesNotMatch) when calling the PutObject operation: The request signature we calculated does not match the signature you provided. Check your key and signing method.',
  'Error: pods "web-5f7d9c8b4-qwert" is forbidden: User "system:serviceaccount:ci:deployer" cannot get resource "pods" in API group "" in the namespace "prod"',
];

const OFF_TOPIC = [
  'An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied',
  'botocore.exceptions.ClientError: An error occurred (ConditionalCheckFailedException) when calling the UpdateItem operation: The conditional request failed',
  'npm ERR! code E404\nnpm ERR! 404 Not Found - GET https://registry.npmjs.org/@acme%2finternal-utils - Not found',
  'psql: error: connection to server at "10.1.2.3", port 5432 failed: FATAL:  password authentication failed for user "app"',
  'Exception in thread "main" java.lang.StackOverflowError\n\tat com.acme.Tree.walk(Tree.java:41)\n\tat com.acme.Tree.walk(Tree.java:41)',
  'UserNotFoundException: User does not exist. (Cognito InitiateAuth)',
  'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed (ECS Fargate task)',
  'good morning all, standup moved to 10:15',
  'lol nice one',
];

describe('engine.respond on messages no article answers', () => {
  const { engine } = shippedEngine();

  it.each(OFF_TOPIC)('answers %j with none, plainly', (text) => {
    const { reply, outcome } = engine.respond(text);
    expect(outcome).toBe('none');
    if (reply.kind !== 'none') throw new Error('expected none');
    expect(reply.message).toMatch(/don't have an article|API Gateway errors/);
    expect(reply.text.length).toBeGreaterThan(0);
  });

  it.failing.each(KNOWN_GAPS)('answers %j with none (known gap)', (text) => {
    expect(engine.respond(text).outcome).toBe('none');
  });
});
