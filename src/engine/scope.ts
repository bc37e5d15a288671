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
  /** Search terms (tokenizer form) that only name the product ("api", "gateway", "execute-api"): not a detail of an error. */
  productTerms?: string[];
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
    'psycopg2', 'sqlalchemy', 'pymysql', 'mariadb', 'sqlite', 'jdbc', 'oracle', 'mongo', 'mongoose', 'pymongo', 'cassandra',
    'memcached', 'kafka', 'rabbitmq', 'celery', 'jenkins', 'github', 'gitlab', 'bitbucket', 'ssh', 'webpack', 'django',
    'firebase', 'azure', 'gcp', 'heroku', 'vercel',
  ],
  ownArnServices: ['execute-api', 'apigateway', 'iam', 'sts', 'lambda', 'acm', 'logs', 'elasticloadbalancing'],
  productTerms: ['api', 'apis', 'gateway', 'apigateway', 'execute-api', 'execut', 'endpoint', 'amazon', 'aws', 'rest', 'http', 'https', 'call', 'invok', 'invoke'],
};

export interface ScopeCheck {
  /** Names this product somewhere. */
  anchored: boolean;
  /** Names another product, an ARN service outside this world, or an AWS operation the KB never mentions. */
  foreign: boolean;
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;
const compiled = new WeakMap<Scope, { anchors: RegExp; others: RegExp | null }>();

// One case-insensitive pattern per list (built once per scope): a single linear scan of the text each.
function patternsOf(scope: Scope): { anchors: RegExp; others: RegExp | null } {
  let patterns = compiled.get(scope);
  if (!patterns) {
    const alternation = (list: string[]): string => list.map((s) => s.replace(ESCAPE, '\\$&')).join('|');
    patterns = {
      anchors: scope.anchors.length > 0 ? new RegExp(alternation(scope.anchors), 'i') : /(?!)/,
      // Whole words only: "pod" must not match "apod", and "s3" must not match "s3cret".
      others: scope.otherProducts.length > 0 ? new RegExp(`(?<![a-z0-9])(?:${alternation(scope.otherProducts)})(?![a-z0-9])`, 'i') : null,
    };
    compiled.set(scope, patterns);
  }
  return patterns;
}

/** Checks `text` (and its signature) against `scope`; `knownTerm` says whether the KB uses a term. */
export function checkScope(text: string, signature: ErrorSignature, scope: Scope, knownTerm: (term: string) => boolean): ScopeCheck {
  // The head and tail of a long paste, plus the lines the extractor kept from its middle.
  const window = text.length > 12_000 ? `${text.slice(0, 8_000)}\n${text.slice(-4_000)}\n${signature.query}` : text;
  const { anchors, others } = patternsOf(scope);
  const anchored = anchors.test(window);
  const namesOther = others !== null && others.test(window);
  const foreignArn = signature.arnServices.some((s) => !scope.ownArnServices.includes(s));
  const unknownOperation = signature.operations.some((op) => !knownTerm(op.toLowerCase()));
  return { anchored, foreign: namesOther || foreignArn || unknownOperation || foreignIamAction(window, scope) };
}

// An IAM action names its service ("secretsmanager:GetSecretValue", "s3:PutObject"): an access-denied
// error about another service's action is that service's problem, however much it reads like ours.
const IAM_ACTION = /(?<![\w:/-])([a-z][a-z0-9-]{1,30}):([A-Z][A-Za-z]{2,60})\b/g;

function foreignIamAction(text: string, scope: Scope): boolean {
  IAM_ACTION.lastIndex = 0;
  for (let match = IAM_ACTION.exec(text), seen = 0; match && seen < 20; match = IAM_ACTION.exec(text), seen++) {
    if (!scope.ownArnServices.includes(match[1])) return true;
  }
  return false;
}
