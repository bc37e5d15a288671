/** Builds a `message` listener that handles only the messages routed to it. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs, webApi } from '@slack/bolt';
import type { SlackDeps } from '../../slack-deps';
import { messageFields, routeMessage, type MessageFields, type MessageRoute } from './route-message';

export type MessageArgs = SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs;

export interface RoutedMessage {
  message: MessageFields & { user: string };
  eventId: string;
  botUserId?: string;
  client: webApi.WebClient;
}

export function messageListener(deps: SlackDeps, route: MessageRoute, handle: (routed: RoutedMessage) => Promise<void>) {
  return async ({ message, body, context, client }: MessageArgs): Promise<void> => {
    const fields = messageFields(message);
    if (!fields || !fields.user) return;
    const settings = { botUserId: context.botUserId, autoAnswerChannels: deps.config.autoAnswerChannels };
    if (routeMessage(fields, settings) !== route) return;
    const routed: RoutedMessage = { message: { ...fields, user: fields.user }, eventId: body.event_id, botUserId: context.botUserId, client };
    deps.queue.run(() => handle(routed));
  };
}
