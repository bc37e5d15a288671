/**
 * GET /api/chat/escalations/:id?threadId=…: the state of an escalation the page asked for
 * ("Ask an expert"), so the page can show it change. Only the thread that asked can read it.
 */
import express, { type Router } from 'express';
import type { EscalationDesk } from '../../src/escalation/desk';
import { describeState } from '../../src/escalation/replies';
import type { Logger } from '../../src/observability/logger';

const ID = /^esc-[a-z0-9]{8,40}$/;
const THREAD_ID = /^web:[A-Za-z0-9-]{8,64}$/;

export function escalationApi(deps: { escalations: EscalationDesk; logger: Logger }): Router {
  const router = express.Router();
  router.get('/api/chat/escalations/:id', async (req, res) => {
    const id = req.params.id;
    const threadId = typeof req.query.threadId === 'string' ? req.query.threadId : '';
    if (!ID.test(id) || !THREAD_ID.test(threadId)) {
      res.status(400).json({ error: 'That is not an escalation this chat started.' });
      return;
    }
    try {
      const record = await deps.escalations.get(id);
      if (!record || record.threadId !== threadId) {
        res.status(404).json({ error: 'No such escalation in this conversation.' });
        return;
      }
      res.set('Cache-Control', 'no-store').json({ id: record.id, state: record.state, description: describeState(record), updatedAt: record.updatedAt });
    } catch (error) {
      deps.logger.error('web chat: reading an escalation failed', { error });
      res.status(503).json({ error: 'The escalation state is not available right now; try again in a moment.' });
    }
  });
  return router;
}
