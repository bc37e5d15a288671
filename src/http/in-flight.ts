/**
 * Counts requests being handled so a graceful shutdown can wait for them, and asks keep-alive
 * clients to reconnect elsewhere once shutdown has begun.
 */
import type { NextFunction, Request, Response } from 'express';

/** Express middleware plus the count and drain a graceful shutdown needs. */
export interface InFlightTracker {
  middleware(req: Request, res: Response, next: NextFunction): void;
  readonly count: number;
  /** From now on responses carry `Connection: close`; resolves when no request is in flight (or after timeoutMs). */
  drain(timeoutMs: number): Promise<boolean>;
}

/** Creates a tracker; mount its middleware first. */
export function createInFlightTracker(): InFlightTracker {
  let count = 0;
  let draining = false;
  const waiters = new Set<() => void>();

  function finished(): void {
    count -= 1;
    if (count === 0) for (const wake of waiters) wake();
  }

  return {
    middleware(_req, res, next) {
      count += 1;
      if (draining) res.setHeader('Connection', 'close');
      let done = false;
      const end = (): void => {
        if (done) return;
        done = true;
        finished();
      };
      res.once('finish', end);
      res.once('close', end);
      next();
    },
    get count() {
      return count;
    },
    drain(timeoutMs) {
      draining = true;
      if (count === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiters.delete(wake);
          resolve(false);
        }, timeoutMs);
        function wake(): void {
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(true);
        }
        waiters.add(wake);
      });
    },
  };
}
