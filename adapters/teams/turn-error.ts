/**
 * The one catch-all for a failed turn: log what failed (never what the person wrote) and, for a
 * message, tell them something went wrong instead of leaving them waiting.
 */
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../../src/observability/logger';

/** What the person sees when their turn failed. */
export const FAILURE_TEXT = 'Sorry, something went wrong while I was answering. Please try again in a minute.';

/** Error fields safe to log: the name, a short message and an HTTP status; no stack, no request body. */
function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { name: typeof error };
  const status = (error as { statusCode?: unknown }).statusCode;
  return { name: error.name, message: error.message.slice(0, 200), ...(typeof status === 'number' ? { statusCode: status } : {}) };
}

/** The CloudAdapter's onTurnError. */
export function createTurnErrorHandler(logger: Logger): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    const activity = context.activity;
    logger.error('teams turn failed', {
      activityType: activity.type,
      invoke: activity.type === 'invoke' ? activity.name : undefined,
      conversationType: activity.conversation?.conversationType ?? 'personal',
      failure: describeError(error),
    });
    if (activity.type !== 'message') return;
    try {
      await context.sendActivity({ type: 'message', text: FAILURE_TEXT, textFormat: 'plain' });
    } catch (sendError) {
      logger.error('teams could not report a failed turn', { failure: describeError(sendError) });
    }
  };
}
