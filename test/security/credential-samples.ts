/**
 * Realistic pastes carrying credentials, shared by the redaction unit tests and the end-to-end
 * tests. Every secret here is made up; `secrets` lists the exact strings that must never survive.
 */
import type { SecretKind } from '../../src/security/types';

export interface CredentialSample {
  name: string;
  text: string;
  secrets: string[];
  kinds: SecretKind[];
  /** Fragments of the surrounding error text that must survive redaction untouched. */
  keeps: string[];
}

const KEY_ID = 'AKIA4QW7ZJ2MXR5TNB3K';
const TEMP_KEY_ID = 'ASIAY34FZKBOKMUTVV7A';
const SECRET = 'q8Zr+3LwXbN2vT9kYp/4HdS7mJc1aFgE6uRoWiQn';
const SESSION_TOKEN =
  'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDx7ZqKPz9bWmX4kS0a1yTq3RrL6n8vO2mF9dWcH4eYbAIgV1tS8uK3pQ2rN5oL7iJ0hG6fE4dC9bA1zY3xW2vU8tIqnAIIw///////////ARAAGgw1NTU1NTU1NTU1NTUiDKx7';
const SIGNATURE = '5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7';
const JWT =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6IjFlOWdkazcifQ.eyJpc3MiOiJodHRwczovL2NvZ25pdG8taWRwLnVzLWVhc3QtMS5hbWF6b25hd3MuY29tIiwic3ViIjoiMjQ4Mjg5NzYxMDAxIiwiZXhwIjoxNzAwMDAwMDAwfQ.NHVaYe26MbtOYhSKkoKYdFVomg4i8ZJd8_-RU8VNbftc4TSMb4bXP3l3YlNWACwyXPGffz5aXHc6lty1Y2t4SWRqGteragsVdZufDn5BlnJl9pdR_kdVFUsra2rWKEofkZeIC4yWytE58sMIihvo9H1ScmmVwBcQP6XETqYd0aSHp1gOa9RdUPDvoXQ5oqygTqVtxaDr6wUFKrKItgBMzWIdNZ6y7O9E0DhEPTbE9rfBo6KTFsHAZnMg4k68CDp2woYIaXbmYTWcvbzIuHO7_37GT79XdIwkm95QJ7hYC9RiwrV7mesbY4PAahERJawntho0my942XheVLmGwLMBkQ';
/** A private key in PEM form (fake, with the real shape). */
export const PEM = [
  '-----BEGIN RSA PRIVATE KEY-----',
  'MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi6nA8DgTvl2DhK3J4V1b0cFhQ+',
  'kR8xN2yW5sP0oL9mJ3qH7vT6uA1zB4cD5eF8gI0jK2lM3nO6pQ9rS1tU4vW7xY0',
  'zA1bC2dE3fG4hI5jK6lM7nO8pQ9rS0tU1vW2xY3zA4bC5dE6fG7hI8jK9lM0nOp',
  '-----END RSA PRIVATE KEY-----',
].join('\n');
const PG_PASSWORD = 'S3cr3t!Pg_2024';
const SLACK_TOKEN = 'xoxb-2481572611-5567293048817-Zq8RtVb3nKpL0sWxYc7fGhJd';
const API_KEY = 'Tr7Kp2xQ9vLm4NzB8wYc3HdFs6JgA1eR5uWoXi0t';

/** One paste per credential kind, in the shapes people actually paste. */
export const CREDENTIAL_SAMPLES: CredentialSample[] = [
  {
    name: 'a curl -v dump with a SigV4 Authorization header',
    text: [
      '* Connected to abc123.execute-api.us-east-1.amazonaws.com (54.23.1.9) port 443 (#0)',
      '> GET /prod/pets HTTP/2',
      '> host: abc123.execute-api.us-east-1.amazonaws.com',
      '> x-amz-date: 20240301T101500Z',
      `> authorization: AWS4-HMAC-SHA256 Credential=${KEY_ID}/20240301/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=${SIGNATURE}`,
      '< HTTP/2 403',
      '< x-amzn-requestid: 8f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
      '{"message":"The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method."}',
    ].join('\n'),
    secrets: [KEY_ID, SIGNATURE],
    kinds: ['sigv4-credential', 'sigv4-signature'],
    keeps: [
      '/20240301/us-east-1/execute-api/aws4_request',
      'SignedHeaders=host;x-amz-date',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
      '8f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
    ],
  },
  {
    name: 'a presigned URL with X-Amz-Credential, X-Amz-Signature and X-Amz-Security-Token',
    text: `curl 'https://abc123.execute-api.eu-west-1.amazonaws.com/dev/items?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${TEMP_KEY_ID}%2F20240301%2Feu-west-1%2Fexecute-api%2Faws4_request&X-Amz-Date=20240301T101500Z&X-Amz-Expires=300&X-Amz-Security-Token=${encodeURIComponent(SESSION_TOKEN)}&X-Amz-SignedHeaders=host&X-Amz-Signature=${SIGNATURE}'\n{"message":"Signature expired: 20240301T101500Z is now earlier than 20240301T102100Z"}`,
    secrets: [TEMP_KEY_ID, SIGNATURE, SESSION_TOKEN.slice(0, 40), encodeURIComponent(SESSION_TOKEN).slice(0, 60)],
    kinds: ['sigv4-credential', 'sigv4-signature', 'aws-session-token'],
    keeps: ['Signature expired: 20240301T101500Z is now earlier than 20240301T102100Z', '%2F20240301%2Feu-west-1%2Fexecute-api%2Faws4_request'],
  },
  {
    name: 'an environment dump with access key, secret key and session token',
    text: [
      '$ env | grep AWS',
      `AWS_ACCESS_KEY_ID=${TEMP_KEY_ID}`,
      `AWS_SECRET_ACCESS_KEY=${SECRET}`,
      `AWS_SESSION_TOKEN=${SESSION_TOKEN}`,
      'AWS_DEFAULT_REGION=us-east-1',
      'PWD=/home/ops/api',
      '$ aws apigateway get-rest-apis',
      'An error occurred (UnrecognizedClientException) when calling the GetRestApis operation: The security token included in the request is invalid.',
    ].join('\n'),
    secrets: [TEMP_KEY_ID, SECRET, SESSION_TOKEN.slice(0, 40)],
    kinds: ['aws-access-key-id', 'aws-secret-access-key', 'aws-session-token'],
    keeps: ['AWS_DEFAULT_REGION=us-east-1', 'PWD=/home/ops/api', 'The security token included in the request is invalid.'],
  },
  {
    name: 'an aws configure session',
    text: [
      '$ aws configure',
      `AWS Access Key ID [None]: ${KEY_ID}`,
      `AWS Secret Access Key [None]: ${SECRET}`,
      'Default region name [None]: us-east-1',
      '$ aws sts get-caller-identity',
      'An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: The request signature we calculated does not match the signature you provided.',
    ].join('\n'),
    secrets: [KEY_ID, SECRET],
    kinds: ['aws-access-key-id', 'aws-secret-access-key'],
    keeps: ['Default region name [None]: us-east-1', 'An error occurred (SignatureDoesNotMatch)'],
  },
  {
    name: 'a boto3 traceback with the keys in the client call',
    text: [
      'Traceback (most recent call last):',
      '  File "/home/ops/deploy.py", line 12, in <module>',
      `    client = boto3.client("apigateway", aws_access_key_id="${KEY_ID}", aws_secret_access_key="${SECRET}")`,
      '  File "/usr/lib/python3.11/site-packages/botocore/client.py", line 983, in _make_api_call',
      '    raise error_class(parsed_response, operation_name)',
      'botocore.exceptions.ClientError: An error occurred (InvalidSignatureException) when calling the GetRestApis operation: The request signature we calculated does not match the signature you provided.',
    ].join('\n'),
    secrets: [KEY_ID, SECRET],
    kinds: ['aws-access-key-id', 'aws-secret-access-key'],
    keeps: ['botocore.exceptions.ClientError: An error occurred (InvalidSignatureException)', '"/usr/lib/python3.11/site-packages/botocore/client.py", line 983'],
  },
  {
    name: 'a credentials CSV with an unlabelled secret key',
    text: `User name,Password,Access key ID,Secret access key\ndeploy-bot,,${KEY_ID},${SECRET}\nstill getting 403 Forbidden from API Gateway with IAM auth`,
    secrets: [KEY_ID, SECRET],
    kinds: ['aws-access-key-id', 'aws-secret-access-key'],
    keeps: ['still getting 403 Forbidden from API Gateway with IAM auth', 'deploy-bot'],
  },
  {
    name: 'a JWT bearer token in a request',
    text: `curl -H "Authorization: Bearer ${JWT}" https://api.example.com/orders\n{"message":"Unauthorized"} 401 from my Lambda authorizer`,
    secrets: [JWT, JWT.slice(0, 60), JWT.split('.')[2].slice(0, 40)],
    kinds: ['bearer-token'],
    keeps: ['{"message":"Unauthorized"} 401 from my Lambda authorizer', 'curl -H "Authorization: Bearer '],
  },
  {
    name: 'a bare JWT in a log line',
    text: `2024-03-01T10:15:00Z ERROR authorizer denied token=${JWT} reason=expired\nUser is not authorized to access this resource with an explicit deny`,
    secrets: [JWT.split('.')[1], JWT.split('.')[2].slice(0, 40)],
    kinds: ['jwt'],
    keeps: ['User is not authorized to access this resource with an explicit deny', 'reason=expired'],
  },
  {
    name: 'a PEM private key pasted with a TLS error',
    text: `curl: (58) unable to set private key file: 'client.key' type PEM\n$ cat client.key\n${PEM}\nmutual TLS returns 403 Forbidden`,
    secrets: ['MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi6nA8DgTvl2DhK3J4V1b0cFhQ+', 'zA1bC2dE3fG4hI5jK6lM7nO8pQ9rS0tU1vW2xY3zA4bC5dE6fG7hI8jK9lM0nOp'],
    kinds: ['private-key'],
    keeps: ["curl: (58) unable to set private key file: 'client.key' type PEM", 'mutual TLS returns 403 Forbidden'],
  },
  {
    name: 'a postgres URL with a password',
    text: `Error: connect ECONNREFUSED 10.0.3.17:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)\nDATABASE_URL=postgres://app_user:${PG_PASSWORD}@db.internal.example.com:5432/orders\nLambda integration returns 502 Bad Gateway`,
    secrets: [PG_PASSWORD],
    kinds: ['url-password'],
    keeps: ['postgres://app_user:', '@db.internal.example.com:5432/orders', 'Error: connect ECONNREFUSED 10.0.3.17:5432', 'Lambda integration returns 502 Bad Gateway'],
  },
  {
    name: 'a connection string with Password=',
    text: `System.Data.SqlClient.SqlException: Login failed for user 'api'.\nServer=tcp:sql.internal,1433;Database=orders;User ID=api;Password=${PG_PASSWORD};Encrypt=True;\nthen API Gateway says 500 Internal server error`,
    secrets: [PG_PASSWORD],
    kinds: ['connection-string-password'],
    keeps: ["Login failed for user 'api'.", ';Encrypt=True;', 'then API Gateway says 500 Internal server error'],
  },
  {
    name: 'an x-api-key header',
    text: `curl -v -H 'x-api-key: ${API_KEY}' https://abc123.execute-api.us-east-1.amazonaws.com/prod/usage\n< HTTP/1.1 403 Forbidden\n{"message":"Forbidden"}`,
    secrets: [API_KEY],
    kinds: ['api-key'],
    keeps: ['< HTTP/1.1 403 Forbidden', '{"message":"Forbidden"}'],
  },
  {
    name: 'an apiKey JSON field',
    text: `{"apiKey": "${API_KEY}", "usagePlanId": "9x8y7z"}\n429 Too Many Requests: Limit Exceeded`,
    secrets: [API_KEY],
    kinds: ['api-key'],
    keeps: ['"usagePlanId": "9x8y7z"', '429 Too Many Requests: Limit Exceeded'],
  },
  {
    name: 'a Slack bot token in a stack trace',
    text: `Error: An API error occurred: invalid_auth\n    at platformErrorFromResult (node_modules/@slack/web-api/dist/errors.js:62:33)\nSLACK_BOT_TOKEN=${SLACK_TOKEN}`,
    secrets: [SLACK_TOKEN, 'Zq8RtVb3nKpL0sWxYc7fGhJd'],
    kinds: ['slack-token'],
    keeps: ['Error: An API error occurred: invalid_auth', 'node_modules/@slack/web-api/dist/errors.js:62:33'],
  },
];

/** Ordinary error texts that must come out of redaction byte for byte. */
export const ORDINARY_TEXTS: string[] = [
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
  '{"message":"The security token included in the request is invalid."}',
  'Missing Authentication Token',
  'Cognito: NotAuthorizedException: Incorrect username or password.',
  "curl: (58) unable to set private key file: 'client.key' type PEM",
  "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter.",
  'Authorization: AWS4-HMAC-SHA256 Credential=<your-access-key-id>/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-date, Signature=example-generated-signature',
  'x-amzn-RequestId: 4ced6e96-5de8-11e1-aa78-a56908bdf8eb\nx-amz-apigw-id: Kx9vGF3xoAMFc2A=\nX-Amzn-Trace-Id: Root=1-65e1a2b3-0123456789abcdef01234567',
  'User: arn:aws:sts::123456789012:assumed-role/AROAJ2UCCR6DPCEXAMPLE/deploy is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/pets',
  'openssl x509 -noout -modulus -in cert.pem | openssl sha1\n2143831a73a8bb28467860df18550c696c03fbcb\n2143831a73a8bb28467860df18550c696c03fbcb',
  'The credentials in the request are invalid; payload hash d167e99c53f15b0c105101d468ae35a3dc9187839ca081095e340f3649a04501 and commit 9fceb02d0ae598e95dc970b74767f19372d61af8',
  'Execution failed due to configuration error: Invalid permissions on Lambda function\nEndpoint response body before transformations: {"errorMessage":"Task timed out after 29.03 seconds"}',
  'Error: invalid api key: Forbidden. password: must be at least 8 characters',
  'WWW-Authenticate: Bearer realm="api", error="invalid_token"',
  'GoneException: An error occurred (GoneException) when calling the PostToConnection operation: connection id L0SM9cOFvHcCIhw= is gone',
  'http://internal-alb-123.us-east-1.elb.amazonaws.com:8080/health@v2 returned 503',
  'Basic authentication failed for the backend integration',
  'see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-use-lambda-authorizer.html',
  'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b is not valid for api.example.com',
  'token authorizer caching enabled; /pets works then /orders gets 403 within TTL',
  '🔥🔥 API is down 🔥🔥 <@U024BE7LH|alice> <!channel> <https://status.example.com|status page>',
];

// ---------------------------------------------------------------------------------------------
// The corpus: every credential family people paste, each in several realistic surroundings, with
// values generated at run time (deterministically) in the real shapes. Nothing secret-shaped is
// written out literally, so no repository scanner mistakes these fakes for leaked keys.
// ---------------------------------------------------------------------------------------------

import { seededRandom } from '../bench/seeded-random';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const B64 = ALNUM + '+/';
const URLSAFE = ALNUM + '_-';
const HEX = '0123456789abcdef';

/** Random strings of a given alphabet, always holding an upper-case letter, a lower-case letter and a digit when the alphabet has them. */
function generator(seed: number): (alphabet: string, length: number) => string {
  const random = seededRandom(seed);
  return (alphabet, length) => {
    for (;;) {
      let out = '';
      for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
      const needs = [UPPER, LOWER, DIGITS].filter((set) => [...set].some((c) => alphabet.includes(c)));
      if (needs.every((set) => [...out].some((c) => set.includes(c)))) return out;
    }
  };
}

/** One credential family: how its secret values look and how people paste them. */
interface Family {
  name: string;
  /** Makes the values and the pasted line(s) that carry them. */
  make(value: (alphabet: string, length: number) => string): { line: string; secrets: string[] };
}

const j = (...parts: string[]): string => parts.join('');

const FAMILIES: Family[] = [
  { name: 'AWS access key id', make: (v) => { const id = j('AK', 'IA', v(UPPER + DIGITS, 16)); return { line: `aws_access_key_id = ${id}`, secrets: [id] }; } },
  { name: 'AWS temporary key id', make: (v) => { const id = j('AS', 'IA', v(UPPER + DIGITS, 16)); return { line: `"AccessKeyId": "${id}",`, secrets: [id] }; } },
  { name: 'AWS secret key, labelled', make: (v) => { const s = v(B64, 40); return { line: `AWS_SECRET_ACCESS_KEY=${s}`, secrets: [s] }; } },
  { name: 'AWS secret key, AWS_SECRET=', make: (v) => { const s = v(B64, 40); return { line: `export AWS_SECRET=${s}`, secrets: [s] }; } },
  { name: 'AWS secret key, unlabelled in a credentials CSV', make: (v) => { const id = j('AK', 'IA', v(UPPER + DIGITS, 16)); const s = v(ALNUM, 40); return { line: `Access key ID,Secret access key\n${id},${s}`, secrets: [id, s] }; } },
  { name: 'AWS secret key, aws configure prompt', make: (v) => { const s = v(B64, 40); return { line: `AWS Secret Access Key [****************ABCD]: ${s}`, secrets: [s] }; } },
  { name: 'AWS session token', make: (v) => { const t = j('IQoJb3JpZ2lu', v(B64, 280)); return { line: `aws_session_token=${t}`, secrets: [t.slice(0, 60), t.slice(-60)] }; } },
  { name: 'SigV4 Authorization header', make: (v) => { const id = j('AK', 'IA', v(UPPER + DIGITS, 16)); const sig = v(HEX, 64); return { line: `Authorization: AWS4-HMAC-SHA256 Credential=${id}/20240301/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=${sig}`, secrets: [id, sig] }; } },
  { name: 'SigV4 presigned URL', make: (v) => { const id = j('AS', 'IA', v(UPPER + DIGITS, 16)); const sig = v(HEX, 64); return { line: `GET https://bucket.s3.amazonaws.com/report.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${id}%2F20240301%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=${sig}`, secrets: [id, sig] }; } },
  { name: 'curl -u user:password', make: (v) => { const p = j(v(ALNUM, 12), '!', v(DIGITS, 1)); return { line: `curl -u admin:${p} https://api.example.com/v1/orders -> {"message":"Unauthorized"} 401`, secrets: [p] }; } },
  { name: 'curl --user user:password', make: (v) => { const p = v(ALNUM, 14); return { line: `curl -s --user deploy:${p} -X POST https://ci.example.com/job/build`, secrets: [p] }; } },
  { name: 'mysql -pPASSWORD', make: (v) => { const p = j(v(ALNUM, 10), '#', v(DIGITS, 2)); return { line: `$ mysql -h db.internal -u app -p${p} orders\nERROR 1045 (28000): Access denied for user 'app'@'10.0.3.4' (using password: YES)`, secrets: [p] }; } },
  { name: 'JWT_SECRET=', make: (v) => { const s = v(ALNUM, 32); return { line: `JWT_SECRET=${s}`, secrets: [s] }; } },
  { name: 'SESSION_SECRET=', make: (v) => { const s = j(v(LOWER, 8), '-', v(ALNUM, 16)); return { line: `SESSION_SECRET="${s}"`, secrets: [s] }; } },
  { name: 'SECRET_KEY_BASE=', make: (v) => { const s = v(HEX, 128); return { line: `SECRET_KEY_BASE=${s}`, secrets: [s] }; } },
  { name: 'DJANGO_SECRET_KEY=', make: (v) => { const s = j('django-insecure-', v(ALNUM + '!@#%^&*(-_=+)', 50)); return { line: `DJANGO_SECRET_KEY='${s}'`, secrets: [s.slice(16)] }; } },
  { name: 'NPM_TOKEN=npm_', make: (v) => { const t = j('npm', '_', v(ALNUM, 36)); return { line: `NPM_TOKEN=${t}`, secrets: [t] }; } },
  { name: '.npmrc _authToken', make: (v) => { const t = j('npm', '_', v(ALNUM, 36)); return { line: `//registry.npmjs.org/:_authToken=${t}`, secrets: [t] }; } },
  { name: 'GitLab personal access token', make: (v) => { const t = j('gl', 'pat-', v(URLSAFE, 20)); return { line: `git clone https://oauth2:${t}@gitlab.example.com/group/app.git`, secrets: [t] }; } },
  { name: 'GitHub token', make: (v) => { const t = j('gh', 'p_', v(ALNUM, 36)); return { line: `GITHUB_TOKEN=${t}`, secrets: [t] }; } },
  { name: 'GitHub fine-grained token', make: (v) => { const t = j('github', '_pat_', v(ALNUM + '_', 82)); return { line: `Authorization: token ${t}`, secrets: [t] }; } },
  { name: 'Vault token', make: (v) => { const t = j('hv', 's.', v(URLSAFE, 24)); return { line: `VAULT_TOKEN=${t} vault kv get secret/app`, secrets: [t] }; } },
  { name: 'Vault long service token', make: (v) => { const t = j('hv', 's.', v(URLSAFE, 95)); return { line: `X-Vault-Token: ${t}`, secrets: [t] }; } },
  { name: 'OpenAI key', make: (v) => { const t = j('sk', '-', v(ALNUM, 48)); return { line: `openai.AuthenticationError: Incorrect API key provided: ${t}`, secrets: [t] }; } },
  { name: 'OpenAI project key', make: (v) => { const t = j('sk', '-proj-', v(URLSAFE, 74), 'T3Blbk', 'FJ', v(URLSAFE, 74)); return { line: `OPENAI_API_KEY=${t}`, secrets: [t.slice(0, 40), t.slice(-40)] }; } },
  { name: 'Anthropic key', make: (v) => { const t = j('sk', '-ant-api03-', v(URLSAFE, 93), 'AA'); return { line: `x-api-key: ${t}`, secrets: [t.slice(0, 40), t.slice(-40)] }; } },
  { name: 'Stripe secret key', make: (v) => { const t = j('sk', '_live_', v(ALNUM, 24)); return { line: `Stripe::AuthenticationError: Invalid API Key provided: ${t}`, secrets: [t] }; } },
  { name: 'Stripe restricted key', make: (v) => { const t = j('rk', '_live_', v(ALNUM, 99)); return { line: `STRIPE_KEY=${t}`, secrets: [t.slice(0, 40), t.slice(-40)] }; } },
  { name: 'Azure storage AccountKey', make: (v) => { const k = j(v(B64, 86), '=='); return { line: `DefaultEndpointsProtocol=https;AccountName=ordersprod;AccountKey=${k};EndpointSuffix=core.windows.net`, secrets: [k.slice(0, 40), k.slice(40, 86)] }; } },
  { name: 'Azure SharedAccessKey', make: (v) => { const k = j(v(B64, 43), '='); return { line: `Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${k}`, secrets: [k] }; } },
  { name: 'Azure SAS sig=', make: (v) => { const s = encodeURIComponent(j(v(B64, 43), '=')); return { line: `https://ordersprod.blob.core.windows.net/exports/a.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-03-01T10:00:00Z&sig=${s}`, secrets: [s] }; } },
  { name: 'Cookie header', make: (v) => { const a = v(URLSAFE, 32); const b = v(HEX, 40); return { line: `Cookie: sessionid=${a}; csrftoken=${b}`, secrets: [a, b] }; } },
  { name: 'Set-Cookie header', make: (v) => { const a = v(ALNUM, 48); return { line: `< Set-Cookie: connect.sid=s%3A${a}; Path=/; HttpOnly; Secure`, secrets: [a] }; } },
  { name: 'curl -b cookie', make: (v) => { const a = v(ALNUM, 26); return { line: `curl -b 'PHPSESSID=${a}' https://shop.example.com/cart`, secrets: [a] }; } },
  { name: 'YAML POSTGRES_PASSWORD', make: (v) => { const p = v(LOWER, 14); return { line: `    environment:\n      POSTGRES_PASSWORD: ${p}`, secrets: [p] }; } },
  { name: 'lower-case YAML password key', make: (v) => { const p = v(LOWER, 12); return { line: `database:\n  db_password: ${p}\n  host: db.internal`, secrets: [p] }; } },
  { name: 'database URL with a raw @ in the password', make: (v) => { const p = j(v(ALNUM, 6), '@', v(ALNUM, 6)); return { line: `DATABASE_URL=postgres://app:${p}@db.internal.example.com:5432/orders`, secrets: [p, p.split('@')[1]] }; } },
  { name: 'MongoDB URL', make: (v) => { const p = v(ALNUM, 16); return { line: `MongoServerError: bad auth : Authentication failed. uri=mongodb+srv://svc:${p}@cluster0.example.mongodb.net/app`, secrets: [p] }; } },
  { name: 'Redis URL', make: (v) => { const p = v(ALNUM, 20); return { line: `Error: connect to redis://default:${p}@cache.internal:6379/0 failed`, secrets: [p] }; } },
  { name: 'JDBC Password=', make: (v) => { const p = j(v(ALNUM, 10), '$'); return { line: `Server=tcp:sql.internal,1433;Database=orders;User ID=api;Password=${p};Encrypt=True;`, secrets: [p] }; } },
  { name: 'Bearer JWT', make: (v) => { const t = j('eyJ', v(URLSAFE, 30), '.eyJ', v(URLSAFE, 60), '.', v(URLSAFE, 43)); return { line: `Authorization: Bearer ${t}`, secrets: [t.slice(0, 40), t.slice(-43)] }; } },
  { name: 'bare JWT', make: (v) => { const t = j('eyJ', v(URLSAFE, 30), '.eyJ', v(URLSAFE, 80), '.', v(URLSAFE, 43)); return { line: `authorizer denied token=${t} reason=expired`, secrets: [t.slice(40, 80), t.slice(-43)] }; } },
  { name: 'Slack bot token', make: (v) => { const t = j('xo', 'xb-', v(DIGITS, 12), '-', v(DIGITS, 13), '-', v(ALNUM, 24)); return { line: `SLACK_BOT_TOKEN=${t}`, secrets: [t, t.slice(-24)] }; } },
  { name: 'Slack webhook', make: (v) => { const path = j('T', v(UPPER + DIGITS, 8), '/B', v(UPPER + DIGITS, 8), '/', v(ALNUM, 24)); return { line: `POST https://hooks.slack.com/services/${path} returned 404 no_service`, secrets: [path.slice(-24)] }; } },
  { name: 'x-api-key header', make: (v) => { const k = v(ALNUM, 40); return { line: `curl -H 'x-api-key: ${k}' https://abc123.example.com/prod/usage`, secrets: [k] }; } },
  { name: 'HTTP Basic credentials', make: (v) => { const e = Buffer.from(`admin:${v(ALNUM, 14)}`).toString('base64'); return { line: `> Authorization: Basic ${e}`, secrets: [e] }; } },
  { name: 'Google API key', make: (v) => { const k = j('AI', 'za', v(URLSAFE, 35)); return { line: `https://maps.googleapis.com/maps/api/geocode/json?address=x&key=${k}`, secrets: [k] }; } },
  { name: 'SendGrid key', make: (v) => { const k = j('SG', '.', v(URLSAFE, 22), '.', v(URLSAFE, 43)); return { line: `SENDGRID_API_KEY=${k}`, secrets: [k.slice(3, 25), k.slice(-43)] }; } },
  { name: 'PEM private key', make: (v) => { const lines = [v(B64, 64), v(B64, 64), v(B64, 40)]; return { line: ['-----BEGIN RSA PRIVATE KEY-----', `MIIEpAIBAAKCAQEA${lines[0].slice(16)}`, lines[1], lines[2], '-----END RSA PRIVATE KEY-----'].join('\n'), secrets: [lines[0].slice(16), lines[1], lines[2]] }; } },
  { name: 'client_secret in an OAuth body', make: (v) => { const s = v(URLSAFE, 40); return { line: `POST /oauth2/token grant_type=client_credentials&client_id=app&client_secret=${s}`, secrets: [s] }; } },
];

/** The surroundings a credential arrives in: an error before it, after it, or both. */
const SURROUNDINGS: ((line: string) => string)[] = [
  (line) => `getting 403 Forbidden since this morning, config below\n${line}`,
  (line) => `${line}\n{"message":"The security token included in the request is invalid."}`,
  (line) => `2024-03-01T10:15:00Z ERROR request failed status=502\n${line}\nEndpoint request timed out`,
];

/** At least 100 secret-bearing pastes: every family in every surrounding. */
export const CORPUS_SAMPLES: { name: string; text: string; secrets: string[] }[] = FAMILIES.flatMap((family, f) =>
  SURROUNDINGS.map((surround, s) => {
    const { line, secrets } = family.make(generator(1000 + f * 10 + s));
    return { name: `${family.name} (${s + 1})`, text: surround(line), secrets };
  }),
);

/** 50 pastes without any secret (digests, request ids, ARNs, base64 payloads…): nothing may be redacted. */
export const CLEAN_PASTES: string[] = (() => {
  const v = generator(777);
  const uuid = (): string => [v(HEX, 8), v(HEX, 4), `4${v(HEX, 3)}`, `a${v(HEX, 3)}`, v(HEX, 12)].join('-');
  const base64Json = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64');
  return [
    `x-amzn-RequestId: ${uuid()}\n{"message":"Internal server error"}`,
    `sha256:${v(HEX, 64)} pull failed: manifest unknown`,
    `commit ${v(HEX, 40)}\nAuthor: CI <ci@example.com>\n    fix: retry 502 from the integration`,
    `openssl sha1 cert.pem\nSHA1(cert.pem)= ${v(HEX, 40)}`,
    `User: arn:aws:sts::123456789012:assumed-role/deploy/ci is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:${v(LOWER + DIGITS, 10)}/prod/GET/pets`,
    `arn:aws:lambda:eu-west-1:123456789012:function:orders-${v(LOWER, 6)} returned Task timed out after 29.03 seconds`,
    `arn:aws:iam::123456789012:role/service-role/${v(ALNUM, 12)} cannot be assumed by apigateway`,
    `{"body": "${base64Json({ order: 42, items: ['a', 'b'], note: 'hello world' })}", "isBase64Encoded": true}`,
    `Received event: {"body":"${base64Json({ user: 'alex', action: 'checkout', total: 19.99 })}"}\nUnexpected token in JSON at position 0`,
    `X-Amzn-Trace-Id: Root=1-${v(HEX, 8)}-${v(HEX, 24)}\n504 Gateway Timeout`,
    `x-amz-apigw-id: ${v(ALNUM, 14)}=\n429 Too Many Requests`,
    `ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)`,
    `ERROR 1045 (28000): Access denied for user 'app'@'10.0.0.5' (using password: NO)`,
    'psql: error: FATAL:  password authentication failed for user "orders"',
    'Cognito: NotAuthorizedException: Incorrect username or password.',
    'Set the JWT_SECRET environment variable before starting the server',
    'AWS_SECRET_ACCESS_KEY=<your secret key>\nAWS_ACCESS_KEY_ID=<your key id>',
    'DB_PASSWORD=${DB_PASSWORD}\nDB_HOST=db.internal',
    'curl -u "$USER:$PASS" https://api.example.com/health -> 401',
    'docker run -p 8080:80 -e NODE_ENV=production app:latest\nError: listen EADDRINUSE: address already in use :::8080',
    `ETag: "${v(HEX, 32)}"\n412 Precondition Failed`,
    `trace id ${v(HEX, 32)} span ${v(HEX, 16)} status=ERROR`,
    `request-id: req_${v(ALNUM, 14)} 500 internal error`,
    `Build ${v(HEX, 12)} failed at step 3: npm ERR! code E404`,
    `kubectl get pods\nNAME                      READY   STATUS             RESTARTS\norders-${v(LOWER + DIGITS, 10)}-${v(LOWER + DIGITS, 5)}   0/1     CrashLoopBackOff   7`,
    'Error: secret "orders-db-credentials" not found',
    'The credentials in the request are invalid; check the token expiry',
    `{"token_type":"Bearer","expires_in":3600,"scope":"read"}\n401 invalid_token`,
    'WWW-Authenticate: Bearer realm="api", error="invalid_token", error_description="The access token expired"',
    `Content-MD5: ${Buffer.from(v(HEX, 16)).toString('base64')}\n400 BadDigest`,
    'SSH_KEY_PATH=/home/ci/.ssh/id_ed25519\nPermission denied (publickey).',
    'TOKEN_URL=https://login.example.com/oauth2/token\nconnect ETIMEDOUT',
    `sort_key: createdAt\npartition_key: orderId\nValidationException: The provided key element does not match the schema`,
    'Primary key: id, status: ACTIVE',
    `idempotency-key: ${uuid()}\n409 Conflict`,
    `Location: https://api.example.com/v1/orders/${uuid()}\n201 Created`,
    `GET /v1/files/${v(ALNUM, 22)}.png 404 Not Found`,
    `Image digest: sha256:${v(HEX, 64)}\nCannotPullContainerError`,
    `kms decrypt failed: InvalidCiphertextException for key arn:aws:kms:us-east-1:123456789012:key/${uuid()}`,
    `upload id ${v(ALNUM + '._', 40)} NoSuchUpload`,
    'password: must be at least 8 characters and contain a number',
    'Invalid cookie header: expected name=value pairs',
    'secretlint-disable is a comment for source files',
    `"checksum": "${Buffer.from(v(HEX, 32), 'hex').toString('base64')}"`,
    `Execution log for request ${uuid()}\nMethod completed with status: 500`,
    `Connection id ${v(ALNUM, 12)}= is gone (GoneException 410)`,
    'redis://cache.internal:6379/0 connection refused',
    'postgres://db.internal:5432/orders: connection refused',
    `Last-Modified: Fri, 01 Mar 2024 10:15:00 GMT\nx-amz-version-id: ${v(ALNUM + '._', 32)}`,
    `AccessDenied: request ${v(UPPER + DIGITS, 16)} host id ${Buffer.from(v(HEX, 48), 'hex').toString('base64')}`,
  ];
})();
