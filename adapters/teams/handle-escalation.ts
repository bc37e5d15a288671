/**
 * Ask an expert, Take it and Resolved on Teams, and the relay between the asker's conversation
 * and the escalation's thread in the experts' channel. Names shown are Teams display names as
 * plain text: nothing becomes a mention.
 */
import type { TurnContext } from 'botbuilder';
import type { ConversationService } from '../../src/conversation/service';
import type { IncomingAction, IncomingMessage } from '../../src/conversation/types';
import { ACTION_IDS } from '../../src/reply/actions';
import { postToExperts, sayIn, updateExpertCard, type EscalationTeamsDeps } from './escalation/experts-channel';
import { stateText } from './escalation/render-escalation-card';
import { sendReply } from './handle-message';

/** What the escalation handlers need. */
export interface EscalationHandlerDeps extends EscalationTeamsDeps {
  service: ConversationService;
}

const RELAYED_MAX = 4_000;

function nameOf(context: TurnContext): string {
  const name = context.activity.from?.name?.trim();
  return name ? name.slice(0, 100) : 'An expert';
}

/** Handles one of the three escalation buttons. */
export async function handleEscalationSubmit(context: TurnContext, deps: EscalationHandlerDeps, action: IncomingAction): Promise<void> {
  const result = await deps.service.handleAction(action);
  // Duplicates were handled already; a rejected click (a thread or article never shown) changes nothing.
      if (result.status !== 'replied') return;
  const event = result.escalation;
  if (action.action === ACTION_IDS.askExpert) {
    if (event?.kind === 'asked' && event.outcome.kind === 'opened' && event.outcome.route === 'experts-channel') {
      await postToExperts(context, deps, event.outcome.record, event.outcome.brief);
    }
    await sendReply(context, result.reply);
    return;
  }
  if (!event || event.kind === 'asked' || !event.changed) {
    await sendReply(context, result.reply);
    return;
  }
  const who = nameOf(context);
  if (event.kind === 'taken') {
    await updateExpertCard(context, deps, event.record, stateText(event.record, who));
    await sayIn(context, deps, event.record.threadId, `${who} is looking at this. Their replies will appear here, and what you write here goes to them.`);
    return;
  }
  await updateExpertCard(context, deps, event.record, stateText(event.record));
  await sayIn(context, deps, event.record.expertThread, `${who} marked this resolved. Messages here are no longer passed on to the asker.`);
  await sayIn(context, deps, event.record.threadId, `${who} marked this resolved. If the problem comes back, paste the error again or ask an expert again.`);
}

/** Passes a message across when its conversation belongs to an active escalation; true when it did. */
export async function relayIfEscalated(context: TurnContext, deps: EscalationHandlerDeps, message: IncomingMessage): Promise<boolean> {
  let relay;
  try {
    relay = await deps.escalations.relay(message.threadId, message.text);
  } catch (error) {
    deps.logger.warn('teams: could not look up an escalation for a conversation', { error });
    return false;
  }
  if (!relay) return false;
  const role = relay.to === 'asker' ? 'expert' : 'asker';
  await sayIn(context, deps, relay.threadId, `${nameOf(context)} (${role}): ${relay.text.slice(0, RELAYED_MAX)}`);
  return true;
}
