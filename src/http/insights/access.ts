/**
 * Who may open the insights: a request carrying INSIGHTS_TOKEN as a bearer token, or the session
 * cookie the login sets. The cookie holds an HMAC of the token, never the token itself, so it is
 * worthless once the token changes. Every comparison hashes both sides to the same length and
 * compares them in constant time.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';

/** The session cookie's name; scoped to /insights. */
export const SESSION_COOKIE = 'kb_insights';
const SESSION_HOURS = 12;

/** Checks tokens and sessions for one configured token. */
export interface InsightsAccess {
  /** True when `req` carries the token (Authorization: Bearer) or a valid session cookie. */
  allows(req: Request): boolean;
  /** True when `candidate` is the token. */
  isToken(candidate: string): boolean;
  /** Sets the session cookie on `res` (after a successful login). */
  startSession(req: Request, res: Response): void;
  endSession(req: Request, res: Response): void;
}

function sameSecret(a: string, b: string): boolean {
  const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** The value of cookie `name` in `header`, if present. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/** The access check for `token`. */
export function createInsightsAccess(token: string): InsightsAccess {
  const session = createHmac('sha256', token).update('kb-insights session v1').digest('base64url');

  function cookie(req: Request, value: string, maxAgeSeconds: number): string {
    return [`${SESSION_COOKIE}=${value}`, 'Path=/insights', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`, ...(req.secure ? ['Secure'] : [])].join('; ');
  }

  return {
    allows(req) {
      const authorization = req.get('authorization');
      const bearer = authorization && /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (bearer) return sameSecret(bearer[1], token);
      const presented = readCookie(req.get('cookie'), SESSION_COOKIE);
      return presented !== undefined && sameSecret(presented, session);
    },
    isToken: (candidate) => sameSecret(candidate, token),
    startSession(req, res) {
      res.append('Set-Cookie', cookie(req, session, SESSION_HOURS * 3600));
    },
    endSession(req, res) {
      res.append('Set-Cookie', cookie(req, '', 0));
    },
  };
}
