/** What the asker is told about their escalation, worded once for every platform (plain text, no mentions). */
import { ACTION_IDS } from '../reply/actions';
import type { AckReply } from '../reply/model';
import type { EscalationRecord } from '../store/types';
import { encodeEscalationValue } from './action-value';
import type { AskOutcome } from './desk';

function ack(message: string, record?: EscalationRecord): AckReply {
  const reply: AckReply = { kind: 'ack', message, matched: null, notices: [], actions: [], text: message };
  if (record) {
    reply.escalation = { id: record.id, state: record.state };
    if (record.state !== 'resolved') reply.actions = [{ id: ACTION_IDS.resolveEscalation, label: 'Resolved', value: encodeEscalationValue(record.id) }];
  }
  return reply;
}

const STATE_WORDS: Record<EscalationRecord['state'], string> = {
  open: 'waiting for an expert to take it',
  taken: 'an expert is looking at it',
  resolved: 'resolved',
};

/** The reply to "Ask an expert". */
export function askReply(outcome: AskOutcome): AckReply {
  switch (outcome.kind) {
    case 'contact':
      return ack(
        outcome.contact
          ? `For what the knowledge base doesn't cover, ask ${outcome.contact}.`
          : "I can't hand this to a person from here: no experts' channel or contact is set up for this assistant. Ask whoever runs it to set one (ESCALATION_CONTACT).",
      );
    case 'already':
      return ack(`The experts already have this question (${STATE_WORDS[outcome.record.state]}).`, outcome.record);
    case 'opened':
      if (outcome.route === 'experts-channel') {
        return ack("I've asked the experts. When one of them answers, it shows up in this thread, and what you write here goes to them.", outcome.record);
      }
      return ack(
        `I've recorded your question for the experts (${STATE_WORDS[outcome.record.state]}).${outcome.contact ? ` You can also ask ${outcome.contact}.` : ''}`,
        outcome.record,
      );
  }
}

/** The reply to Take it or Resolved, for whoever clicked. */
export function changeReply(kind: 'taken' | 'resolved', record: EscalationRecord | undefined, reason?: 'already-taken' | 'already-resolved'): AckReply {
  if (!record) return ack("I can't find that escalation any more.");
  if (reason === 'already-resolved') return ack('This question was already resolved.', record);
  if (reason === 'already-taken') return ack('Another expert has already taken this question.', record);
  return ack(kind === 'taken' ? 'You have taken this question. Reply in this thread: the asker sees your replies.' : 'Marked as resolved.', record);
}

/** One-line summary of an escalation's state, for status displays. */
export function describeState(record: EscalationRecord): string {
  return STATE_WORDS[record.state];
}
