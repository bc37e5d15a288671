/**
 * Is a message about this knowledge base's product at all? Another service's error (S3,
 * DynamoDB, Kubernetes, npm, Postgres…) can share many words with an API Gateway article — an S3
 * SignatureDoesNotMatch reads almost like the SigV4 article — so the engine checks scope before
 * trusting word overlap: the message names another product (or an AWS operation or ARN service
 * the knowledge base never mentions) and nothing of this one.
 */
import type { ErrorSignature } from '../signature';

/** Terms that place a message inside and outside the knowledge base's scope. Edit with the KB. */
export interface Scope {
  /** Lower-case phrases naming this product or its parts. */
  anchors: string[];
  /** Lower-case words naming other products, matched as whole words. */
  otherProducts: string[];
  /** ARN service names that belong to this product's world (an ARN of another service is a foreign signal). */
  ownArnServices: string[];
}

/** The shipped KB's scope: Amazon API Gateway. */
export const API_GATEWAY_SCOPE: Scope = {
  anchors: [
    'api gateway', 'apigateway', 'apigatewayv2', 'execute-api', 'websocket', 'web socket', 'rest api', 'http api', 'vpc link',
    'custom domain', 'authorizer', 'usage plan', 'api key', 'stage variable', 'mutual tls', 'mtls', 'truststore',
    'postToConnection', 'connectionid', 'apigatewaymanagementapi', '{proxy+}', 'x-amzn-errortype', 'x-amzn-requestid', 'execution failed due to',
  ],
  otherProducts: [
    's3', 'bucket', 'dynamodb', 'cognito', 'kubernetes', 'k8s', 'kubectl', 'pod', 'pods', 'helm', 'npm', 'yarn', 'pnpm',
    'postgres', 'postgresql', 'psql', 'mysql', 'mongodb', 'redis', 'jvm', 'ecs', 'eks', 'fargate', 'sqs', 'sns', 'rds',
    'ec2', 'docker', 'terraform', 'cloudfront', 'kinesis', 'elasticsearch', 'opensearch', 'glue', 'athena', 'redshift',
  ],
  ownArnServices: ['execute-api', 'apigateway', 'iam', 'sts', 'lambda', 'acm', 'logs', 'elasticloadbalancing'],
};

export interface ScopeCheck {
  /** Names this product somewhere. */
  anchored: boolean;
  /** Names another product, an ARN service outside this world, or an AWS operation the KB never mentions. */
  foreign: boolean;
}

/** Checks `text` (and its signature) against `scope`; `knownTerm` says whether the KB uses a term. */
export function checkScope(text: string, signature: ErrorSignature, scope: Scope, knownTerm: (term: string) => boolean): ScopeCheck {
  const lower = text.length > 12_000 ? `${text.slice(0, 8_000)}\n${text.slice(-4_000)}`.toLowerCase() : text.toLowerCase();
  const anchored = scope.anchors.some((a) => lower.includes(a.toLowerCase()));
  const words = new Set(lower.match(/[a-z0-9]+/g) ?? []);
  const namesOther = scope.otherProducts.some((p) => words.has(p));
  const foreignArn = signature.arnServices.some((s) => !scope.ownArnServices.includes(s));
  const unknownOperation = signature.operations.some((op) => !knownTerm(op.toLowerCase()));
  return { anchored, foreign: namesOther || foreignArn || unknownOperation };
}
