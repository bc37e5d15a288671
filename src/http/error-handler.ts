/** The last express error handler: a JSON error with the right status, never a stack trace. */
import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../observability/logger';

/** Creates the final error handler; 5xx errors are logged. */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = httpStatusOf(error);
    if (status >= 500) logger.error('request failed', { method: req.method, path: req.path, error });
    const message = status === 413 ? 'Request body too large.' : status < 500 ? 'Bad request.' : 'Something went wrong on our side; it has been logged.';
    res.status(status).json({ error: message });
  };
}

/** The HTTP status an error carries (body-parser sets `status`), else 500. */
function httpStatusOf(error: unknown): number {
  if (typeof error === 'object' && error !== null) {
    const status = (error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 600) return status;
  }
  return 500;
}
