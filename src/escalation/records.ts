/**
 * The life of an escalation as pure functions: opened by the asker, taken by one expert,
 * resolved by either. A change that does not apply (taking a resolved one, a second expert
 * taking a taken one) is a value saying why, not an exception.
 */
import type { Channel } from '../conversation/types';
import type { EscalationRecord } from '../store/types';

/** The result of trying to change an escalation. */
export type Transition =
  | { ok: true; record: EscalationRecord; /** False when it was already so (the same expert taking it twice). */ changed: boolean }
  | { ok: false; reason: 'already-taken' | 'already-resolved'; record: EscalationRecord };

/** What opening an escalation needs to know. */
export interface OpenInput {
  id: string;
  at: string;
  channel: Channel;
  threadId: string;
  question: string;
  shown?: { articleId: string; sectionId: string } | null;
}

const MAX_QUESTION = 500;

/** A new, open escalation. */
export function openEscalation(input: OpenInput): EscalationRecord {
  const record: EscalationRecord = {
    id: input.id,
    at: input.at,
    updatedAt: input.at,
    channel: input.channel,
    threadId: input.threadId,
    state: 'open',
    question: input.question.slice(0, MAX_QUESTION),
  };
  if (input.shown) {
    record.articleId = input.shown.articleId;
    record.sectionId = input.shown.sectionId;
  }
  return record;
}

/** An expert takes it: open -> taken. The same expert taking it again changes nothing. */
export function takeEscalation(record: EscalationRecord, expert: string, at: string): Transition {
  if (record.state === 'resolved') return { ok: false, reason: 'already-resolved', record };
  if (record.state === 'taken') return record.takenBy === expert ? { ok: true, record, changed: false } : { ok: false, reason: 'already-taken', record };
  return { ok: true, record: { ...record, state: 'taken', takenBy: expert, updatedAt: at }, changed: true };
}

/** Closed by the expert or the asker: open or taken -> resolved. */
export function resolveEscalation(record: EscalationRecord, at: string): Transition {
  if (record.state === 'resolved') return { ok: false, reason: 'already-resolved', record };
  return { ok: true, record: { ...record, state: 'resolved', updatedAt: at }, changed: true };
}

/** Notes where the escalation was posted for the experts. */
export function withExpertThread(record: EscalationRecord, expertThread: string, at: string): EscalationRecord {
  return { ...record, expertThread, updatedAt: at };
}

/** True while people are on it: messages between the two threads are relayed. */
export function isActive(record: EscalationRecord | undefined): record is EscalationRecord {
  return record !== undefined && record.state !== 'resolved';
}
