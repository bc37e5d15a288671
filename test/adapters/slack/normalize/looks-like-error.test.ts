import { looksLikeError } from '../../../../adapters/slack/normalize/looks-like-error';

describe('looksLikeError', () => {
  it.each([
    '{"message": "Internal server error"}',
    'HTTP/1.1 403 Forbidden',
    'Execution failed due to configuration error: Malformed Lambda proxy response',
    'An error occurred (TooManyRequestsException) when calling the GetRestApi operation',
    '< HTTP/2 504',
    'statusCode: 502',
    '    at Runtime.handler (/var/task/index.js:12:9)',
  ])('is true for %s', (text) => {
    expect(looksLikeError(text)).toBe(true);
  });

  it.each(['good morning team', 'who is on call this week?', 'deploying v1.4.2 to prod now'])('is false for %s', (text) => {
    expect(looksLikeError(text)).toBe(false);
  });
});
