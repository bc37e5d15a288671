/**
 * Proactive messages for escalations, through the connector client of the current turn (same
 * tenant and service URL): a new thread in TEAMS_ESCALATION_CHANNEL for each escalation, plain
 * messages into the asker's or the expert's conversation, and card updates in place.
 */
import type { Activity, ConversationParameters, TurnContext } from 'botbuilder';
import type { EscalationBrief, EscalationDesk, ShownSection } from '../../../src/escalation/desk';
import type { Logger } from '../../../src/observability/logger';
import type { EscalationRecord } from '../../../src/store/types';
import { cardAttachment } from '../outgoing-activity';
import { renderEscalationCard } from './render-escalation-card';

/** The parts of botframework-connector's Conversations operations used here. */
interface Conversations {
  createConversation(parameters: ConversationParameters): Promise<{ id?: string; activityId?: string }>;
  sendToConversation(conversationId: string, activity: Partial<Activity>): Promise<{ id?: string }>;
  updateActivity(conversationId: string, activityId: string, activity: Partial<Activity>): Promise<unknown>;
}

/** What escalation handling needs from the runtime. */
export interface EscalationTeamsDeps {
  escalations: EscalationDesk;
  logger: Logger;
  describe: (articleId: string, sectionId: string) => ShownSection | undefined;
}

const TEAMS_PREFIX = 'teams:';

function conversations(context: TurnContext): Conversations | undefined {
  const client = context.turnState.get(context.adapter.ConnectorClientKey) as { conversations?: Conversations } | undefined;
  return client?.conversations;
}

function conversationOf(threadId: string | undefined): string | undefined {
  return threadId?.startsWith(TEAMS_PREFIX) ? threadId.slice(TEAMS_PREFIX.length) : undefined;
}

/** Posts a new escalation as a new thread in the experts' channel and notes that thread. */
export async function postToExperts(context: TurnContext, deps: EscalationTeamsDeps, record: EscalationRecord, brief: EscalationBrief): Promise<void> {
  const channel = deps.escalations.settings.teamsChannel;
  const client = conversations(context);
  if (!channel || !client) return;
  const card = renderEscalationCard(record, brief, 'Open: waiting for someone to take it.');
  try {
    const created = await client.createConversation({
      isGroup: true,
      bot: context.activity.recipient,
      channelData: { channel: { id: channel } },
      activity: { type: 'message', attachments: [cardAttachment(card)], summary: 'Question for an expert' } as Activity,
    } as ConversationParameters);
    if (created.id) await deps.escalations.postedTo(record.id, `${TEAMS_PREFIX}${created.id}`);
  } catch (error) {
    deps.logger.error('teams: could not post the escalation to the experts\' channel', { error });
  }
}

/** Sends plain text (never read as markup or a mention) into the conversation of `threadId`. */
export async function sayIn(context: TurnContext, deps: EscalationTeamsDeps, threadId: string | undefined, text: string): Promise<void> {
  const conversationId = conversationOf(threadId);
  const client = conversations(context);
  if (!conversationId || !client) return;
  try {
    await client.sendToConversation(conversationId, { type: 'message', text, textFormat: 'plain' });
  } catch (error) {
    deps.logger.warn('teams: could not send an escalation message', { error });
  }
}

/** Redraws the escalation card in the experts' channel with its new state. */
export async function updateExpertCard(context: TurnContext, deps: EscalationTeamsDeps, record: EscalationRecord, state: string): Promise<void> {
  const conversationId = conversationOf(record.expertThread);
  const client = conversations(context);
  // The card is the root of its reply chain: the chain's id ends with ;messageid=<the card's id>.
  const rootId = conversationId ? /;messageid=([^;]+)$/.exec(conversationId)?.[1] : undefined;
  if (!conversationId || !client || !rootId) return;
  const shown = record.articleId ? (deps.describe(record.articleId, record.sectionId ?? '') ?? null) : null;
  const card = renderEscalationCard(record, { shown, feedback: [] }, state);
  try {
    await client.updateActivity(conversationId, rootId, { type: 'message', id: rootId, attachments: [cardAttachment(card)] });
  } catch (error) {
    deps.logger.warn('teams: could not update the escalation card', { error });
  }
}
