/**
 * Refuses Slack requests with 503 while the reply queue is full, before Bolt reads them. Nothing
 * about the event is recorded, so Slack's redelivery of it is answered normally once there is
 * room; the refusal is logged as an error (at most every 10 s, with a count), never silent.
 */
import type { RequestHandler } from 'express';
import type { Logger } from '../../src/observability/logger';
import type { ReplyQueue } from './deliver/reply-queue';

const LOG_EVERY_MS = 10_000;

export function busyGate(queue: Pick<ReplyQueue, 'full' | 'waiting' | 'running'>, logger: Logger, now: () => number = Date.now): RequestHandler {
  let refused = 0;
  let loggedAt = -Infinity;
  return (_req, res, next) => {
    if (!queue.full()) {
      next();
      return;
    }
    refused++;
    if (now() - loggedAt >= LOG_EVERY_MS) {
      loggedAt = now();
      logger.error('slack: reply queue full, refusing requests with 503 until it drains (Slack redelivers events)', {
        refused,
        waiting: queue.waiting,
        running: queue.running,
      });
      refused = 0;
    }
    res.status(503).set('Retry-After', '1').json({ error: 'Busy: too many questions waiting to be answered; try again shortly.' });
  };
}
