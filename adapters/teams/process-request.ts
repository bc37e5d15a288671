/**
 * Runs one Bot Framework request through the CloudAdapter, answering failures ourselves: a request
 * whose token does not check out is a 401 with a fixed body and one log line (botbuilder's own
 * `process` prints the whole error with its stack and sends its internal message back).
 */
import type { Request, Response } from 'express';
import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { Logger } from '../../src/observability/logger';

/** What botbuilder's own `process` does to the body before a turn: ISO timestamps become Dates. */
function asActivity(body: unknown): Activity | undefined {
  if (typeof body !== 'object' || body === null || typeof (body as { type?: unknown }).type !== 'string') return undefined;
  const activity = body as Activity & Record<string, unknown>;
  for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['expiration', 'rawExpiration'], ['localTimestamp', 'rawLocalTimestamp']] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity;
}

/** The CloudAdapter with an HTTP entry point that answers failures as described above. */
export class QuietCloudAdapter extends CloudAdapter {
  handle(req: Request, res: Response, logic: (context: TurnContext) => Promise<void>, logger: Logger): Promise<void> {
    return processTeamsRequest((header, activity, turn) => this.processActivity(header, activity, turn), req, res, logic, logger);
  }
}

type ProcessActivity = (header: string, activity: Activity, logic: (context: TurnContext) => Promise<void>) => Promise<InvokeResponse | undefined>;

async function processTeamsRequest(processActivity: ProcessActivity, req: Request, res: Response, logic: (context: TurnContext) => Promise<void>, logger: Logger): Promise<void> {
  const activity = asActivity(req.body);
  if (!activity) {
    res.status(400).json({ error: 'Bad request.' });
    return;
  }
  const header = req.headers.authorization ?? '';
  let turnStarted = false;
  try {
    const invoke = await processActivity(header, activity, async (context) => {
      turnStarted = true;
      await logic(context);
    });
    res.status(invoke?.status ?? 200);
    if (invoke?.body !== undefined) res.send(invoke.body);
    else res.end();
  } catch (error) {
    const name = error instanceof Error ? error.name : typeof error;
    if (!turnStarted) {
      // Whatever failed before the turn began was checking who is calling: treat it as that.
      logger.warn('teams request refused: authentication failed', { status: 401, reason: name, hasAuthorization: header.length > 0 });
      res.status(401).json({ error: 'Unauthorized.' });
    } else {
      logger.error('teams request failed', { status: 500, reason: name });
      res.status(500).json({ error: 'Something went wrong on our side; it has been logged.' });
    }
  }
}
