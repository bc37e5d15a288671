/** Shared facts for the knowledge tests: where the real sources and articles live, and the 23 titles. */
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SOURCES_DIR = path.join(ROOT, 'knowledge', 'sources');
export const ARTICLES_DIR = path.join(ROOT, 'knowledge', 'articles');

/** The distinct article titles of the source pages, as the pages spell them (typos included). */
export const EXPECTED_TITLES: readonly string[] = [
  'Secure an API Gateway WebSocket API',
  'Troubleshoot 410 GoneException errors with API Gateway WebSocket APIs',
  'Troubleshoot Amazon API Gateway 500 errors with VPC link integration',
  'Troubleshoot API Gateway certificate issues for custom domains using TLS',
  'Create a private integration using an ALB for an API Gateway HTTP API',
  'Pass a connectionId or custom token to VPC Link integration as a header for API Gateway WebSocket APIs',
  'Resolve certificate expired or "invalid certificate" errors for API Gateway API custom domains',
  'Troubleshoot SigV4 signature mismatch errors with IAM authentication for API Gateway',
  'Resolve "HTTP 403 Forbidden" errors when invoking API Gateway with an IAM cross-account',
  'Resolve DNS or certificate mismatch errors for API Gateway custom domains',
  'Troubleshoot API Gateway 5xx errors',
  'Connect API Gateway to your on-premises network',
  'Resolve errors deleting API Gatewway custom domain names',
  'Identify API key usage with API Gateway',
  'Fix authorization HTTP 403 errors from API Gateway Lambda authorizers',
  'Resolve mutual TLS 403 Forbidden errors from API Gateway',
  'Select Amazon API Gateway Cache capacity to avoid hitting a rate limit',
  'Provide cross-account IAM authorization for API Gateway HTTP APIs',
  'Troubleshoot missing CloudWatch logs for API Gateway REST APIs',
  'Troubleshoot "internal server" error status code 500 for API Gateway enpoints with Lambda integration',
  'Delete an Amazon VPC link for an Amazon Gateway REST API',
  'Access an Amazon API Gateway API from another AWS account',
  'Map status codes in API Gateway for HTTP APIs',
];

/** Chrome and advertisement phrases that must never reach an article. */
export const CHROME_PHRASES: readonly string[] = [
  '×',
  'Welcome to Knowledge Base!',
  'KB at your finger tips',
  'This is one stop global knowledge base',
  'Did this article help?',
  'Submit feedback',
  'Do you need billing or technical support?',
  'Contact AWS Support',
  'Read article',
  'Stay Ahead in Today',
  'Competitive Market',
  'Virtual Delivery Center',
  'Book A Meeting',
  'Still Thinking?',
  'Give us a try!',
  'We embrace agility',
  'Our onboarding process',
  'AiDOOS',
  'Cloud-AWS',
];
