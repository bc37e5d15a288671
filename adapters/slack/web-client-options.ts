/**
 * How the Web API client talks to Slack: the configured base URL (Slack's, GovSlack's or a local
 * stand-in), 429s waited out per Retry-After (@slack/web-api does this when rejectRateLimitedCalls
 * is false), 5xx and network errors retried with exponential backoff, a per-request timeout, and
 * keep-alive HTTP connections (see web-api-fetch.ts). Build it once per app so every client shares
 * the connection pools.
 */
import type { webApi } from '@slack/bolt';
import { createWebApiFetch } from './web-api-fetch';

/** Three retries, 0.4 s then 0.8 s then 1.6 s apart: under 3 s before the person sees an error with Retry. */
const WEB_API_RETRIES = { retries: 3, factor: 2, minTimeout: 400, maxTimeout: 4000, randomize: false } as const;

/** A Web API call that hangs is abandoned after this long (then retried as above). */
const WEB_API_TIMEOUT_MS = 10_000;

export function webClientOptions(apiUrl: string, logger: webApi.WebClientOptions['logger']): webApi.WebClientOptions {
  return {
    slackApiUrl: apiUrl,
    retryConfig: { ...WEB_API_RETRIES },
    timeout: WEB_API_TIMEOUT_MS,
    rejectRateLimitedCalls: false,
    logger,
    fetch: createWebApiFetch(),
  };
}
