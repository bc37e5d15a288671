/** The three escalation buttons (Ask an expert, Take it, Resolved) as the conversation service handles them. */
import type { IncomingAction, ThreadContext } from '../conversation/types';
import { ACTION_IDS, type ActionId } from '../reply/actions';
import type { AckReply } from '../reply/model';
import type { EscalationRecord } from '../store/types';
import { decodeEscalationValue } from './action-value';
import type { AskOutcome, EscalationDesk } from './desk';
import { askReply, changeReply } from './replies';

/** What happened, for adapters that must tell the other thread (post to experts, tell the asker). */
export type EscalationEvent =
  | { kind: 'asked'; outcome: AskOutcome }
  | { kind: 'taken' | 'resolved'; record: EscalationRecord; changed: boolean };

const ESCALATION_ACTIONS: ReadonlySet<ActionId> = new Set([ACTION_IDS.askExpert, ACTION_IDS.takeEscalation, ACTION_IDS.resolveEscalation]);

export function isEscalationAction(action: ActionId): boolean {
  return ESCALATION_ACTIONS.has(action);
}

/** Handles an escalation button; the reply goes to whoever clicked. */
export async function handleEscalationAction(desk: EscalationDesk, action: IncomingAction, context: ThreadContext | undefined): Promise<{ reply: AckReply; event?: EscalationEvent }> {
  if (action.action === ACTION_IDS.askExpert) {
    const outcome = await desk.ask({ channel: action.channel, threadId: action.threadId, context });
    return { reply: askReply(outcome), event: { kind: 'asked', outcome } };
  }
  const id = decodeEscalationValue(action.value);
  const kind = action.action === ACTION_IDS.takeEscalation ? 'taken' : 'resolved';
  const result = id ? (kind === 'taken' ? await desk.take(id, action.userId) : await desk.resolve(id)) : undefined;
  if (!result) return { reply: changeReply(kind, undefined) };
  return { reply: changeReply(kind, result.record, result.ok ? undefined : result.reason), event: { kind, record: result.record, changed: result.ok && result.changed } };
}
