/**
 * Messages in a thread that belongs to an active escalation go across: the expert's replies
 * (in the experts' channel) into the asker's thread, the asker's into the expert thread. Relayed
 * text is plain: escaped, credentials removed, so nothing in it becomes a mention or a link.
 */
import type { webApi } from '@slack/bolt';
import { deliveryKey } from '../../../src/conversation/service';
import { normalizeIncoming } from '../normalize/slack-markup';
import { escapeMrkdwn, truncate } from '../render/mrkdwn';
import type { SlackDeps } from '../slack-deps';
import { slackThreadId } from '../thread-id';
import { sayInThread } from './tell-threads';

/** A person's message in some thread. */
export interface ThreadMessage {
  eventId: string;
  channel: string;
  threadTs: string;
  userId: string;
  rawText: string;
  botUserId?: string;
}

const RELAYED_MAX = 2_800;

/** True when the message belonged to an escalation (relayed, or a redelivery of one that was): then nothing else answers it. */
export async function relayIfEscalated(client: webApi.WebClient, deps: SlackDeps, message: ThreadMessage): Promise<boolean> {
  const text = normalizeIncoming(message.rawText, message.botUserId);
  if (!text) return false;
  let relay;
  try {
    relay = await deps.escalations.relay(slackThreadId(message.channel, message.threadTs), text);
  } catch (error) {
    deps.logger.warn('slack: could not look up an escalation for a thread', { error });
    return false;
  }
  if (!relay) return false;
  if (!(await firstDelivery(deps, message.eventId))) return true;
  const role = relay.to === 'asker' ? 'expert' : 'asker';
  const body = escapeMrkdwn(truncate(relay.text, RELAYED_MAX));
  await sayInThread(client, deps, relay.threadId, `*<@${message.userId}> (${role}):*\n${body}`, `${role}: ${truncate(body, 200)}`);
  return true;
}

async function firstDelivery(deps: SlackDeps, eventId: string): Promise<boolean> {
  try {
    return await deps.store.claimEvent(deliveryKey('slack', `relay:${eventId}`));
  } catch (error) {
    deps.logger.warn('slack: could not check for a redelivery', { error });
    return true;
  }
}
