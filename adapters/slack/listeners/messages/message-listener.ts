/** The one `message` listener: reads and routes each message event once, then hands it to its route's handler. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs, webApi } from '@slack/bolt';
import type { SlackDeps } from '../../slack-deps';
import { messageFields, routeMessage, type MessageFields, type MessageRoute } from './route-message';

export type MessageArgs = SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs;

/** A message routed to a handler: its fields (from a person), the delivery id, and the client to answer with. */
export interface RoutedMessage {
  message: MessageFields & { user: string };
  eventId: string;
  botUserId?: string;
  /** The workspace (team id), for rate limits. */
  workspaceId?: string;
  client: webApi.WebClient;
}

/** One handler per route other than 'ignore'; each runs from the reply queue, after the ack. */
export type MessageHandlers = Record<Exclude<MessageRoute, 'ignore'>, (routed: RoutedMessage) => Promise<void>>;

export function messageListener(deps: SlackDeps, handlers: MessageHandlers) {
  return async ({ message, body, context, client }: MessageArgs): Promise<void> => {
    const fields = messageFields(message);
    if (!fields || !fields.user) return;
    const route = routeMessage(fields, { botUserId: context.botUserId, autoAnswerChannels: deps.config.autoAnswerChannels });
    if (route === 'ignore') return;
    const handle = handlers[route];
    const routed: RoutedMessage = { message: { ...fields, user: fields.user }, eventId: body.event_id, botUserId: context.botUserId, workspaceId: context.teamId ?? body.team_id, client };
    deps.queue.run(() => handle(routed));
  };
}
