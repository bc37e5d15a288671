/**
 * The web chat's JSON API: POST /api/chat/messages and POST /api/chat/actions, each answering
 * `{ threadId, reply }` with the reply model the page renders (messages also get `echo`: the
 * message as the page should show it, credentials removed). The adapter's part only: check the
 * request, normalize it, call the conversation service, return its reply.
 */
import { randomUUID } from 'node:crypto';
import express, { type ErrorRequestHandler, type Request, type Response, type Router } from 'express';
import type { ConversationService, ServiceResult } from '../../src/conversation/service';
import type { Logger } from '../../src/observability/logger';
import { cutToLimit } from '../../src/security/input-limit';
import { MAX_BODY_BYTES, parseActionRequest, parseMessageRequest } from './chat-request';

/** The client address stands in for a user id: the web chat has no accounts (used for rate limits only). */
function userOf(req: Request): string {
  return req.ip ?? 'unknown';
}

function send(res: Response, threadId: string, result: ServiceResult, echo?: string): void {
  if (result.status === 'duplicate') {
    res.status(409).json({ threadId, error: 'This message was already answered.' });
    return;
  }
  if (result.status === 'rejected') {
    res.status(400).json({ threadId, error: 'That button does not belong to an answer this chat gave; start a new conversation.' });
    return;
  }
  res.set('Cache-Control', 'no-store').json(echo === undefined ? { threadId, reply: result.reply } : { threadId, reply: result.reply, echo });
}

/** The router for the two chat endpoints. */
export function chatApi(deps: { service: ConversationService; logger: Logger }): Router {
  const router = express.Router();
  // Parsed on these routes only: other adapters (Slack's signature check) need the raw body.
  const json = express.json({ limit: MAX_BODY_BYTES, type: ['application/json', 'application/*+json'] });

  router.post('/api/chat/messages', json, async (req, res) => {
    const parsed = parseMessageRequest(req.body);
    if (!parsed.ok) {
      res.status(400).json({ error: parsed.error });
      return;
    }
    const threadId = parsed.value.threadId ?? `web:${randomUUID()}`;
    const result = await deps.service.handleMessage({
      id: parsed.value.messageId ?? randomUUID(),
      threadId,
      channel: 'web',
      userId: userOf(req),
      text: cutToLimit(parsed.value.text),
    });
    // The page shows the sender's message back from this (as the service redacted it), so a pasted credential is not displayed again.
    send(res, threadId, result, result.status === 'replied' ? result.text : undefined);
  });

  router.post('/api/chat/actions', json, async (req, res) => {
    const parsed = parseActionRequest(req.body);
    if (!parsed.ok) {
      res.status(400).json({ error: parsed.error });
      return;
    }
    const { threadId, action, value } = parsed.value;
    const result = await deps.service.handleAction({ id: parsed.value.actionId ?? randomUUID(), threadId, channel: 'web', userId: userOf(req), action, value });
    send(res, threadId, result);
  });

  const tooLarge: ErrorRequestHandler = (error: unknown, req, res, next) => {
    const status = (error as { status?: number }).status;
    if (status === 413) {
      res.status(413).json({ error: `That is more than ${MAX_BODY_BYTES / 1024} KB. Paste the error line and a few lines around it, not the whole log.` });
    } else if (status === 400) {
      res.status(400).json({ error: 'That request was not valid JSON.' });
    } else {
      deps.logger.error('web chat request failed', { path: req.path, error });
      next(error);
    }
  };
  router.use(tooLarge);
  return router;
}
