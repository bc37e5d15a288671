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
const PEM = [
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
