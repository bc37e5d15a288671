/**
 * The headers every page of ours carries (the web chat, the insights page): a strict
 * Content-Security-Policy — only our own script and styles run, nothing inline, no frames.
 */
import type { Response } from 'express';

/** Only same-origin script, style and fetches; nothing inline; never framed. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Sets the page security headers on `res`. */
export function setPageSecurityHeaders(res: Response): void {
  res.set({
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
  });
}
