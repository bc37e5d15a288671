/**
 * The state store: one interface, two implementations (memory with a local append-only file, and
 * Redis for several instances). Nothing secret goes in: message text is stored only after redaction.
 */
import type { Channel, ThreadContext } from '../conversation/types';

export interface FeedbackRecord {
  at: string; // ISO time
  channel: Channel;
  threadId: string;
  articleId: string;
  sectionId: string;
  helpful: boolean;
  /** The redacted, normalized signature the answer was for. */
  signature: string;
  /** Clicked (Solved it / Not it buttons) or typed ("thanks, that fixed it"); older records were all clicked. */
  via?: 'button' | 'typed';
}

/** A question answered `none`, or an answer marked "not it". */
export interface UnansweredRecord {
  at: string;
  channel: Channel;
  threadId: string;
  reason: 'none' | 'not-it';
  /** Redacted, normalized signature. */
  signature: string;
  /** Redacted message text, truncated. */
  text: string;
  /** For not-it: the article that was rejected. */
  articleId?: string;
}

/** Which article/section each answer pointed at, for "most-matched articles" in the report. */
export interface AnswerRecord {
  at: string;
  channel: Channel;
  outcome: 'answer' | 'clarify' | 'none';
  articleId?: string;
  /** The section answered with (records written before sections were recorded have none). */
  sectionId?: string;
  /** Milliseconds from receiving the message to having its reply. */
  durationMs?: number;
}

/**
 * A conversation handed to people ("Ask an expert"): open until someone takes it, taken until
 * it is resolved. One record per escalation, saved whole on every change.
 */
export interface EscalationRecord {
  id: string;
  at: string;
  updatedAt: string;
  channel: Channel;
  /** The asker's thread. */
  threadId: string;
  state: 'open' | 'taken' | 'resolved';
  /** What the assistant showed last, if anything. */
  articleId?: string;
  sectionId?: string;
  /** The question as searched: redacted. */
  question: string;
  /** Platform user id of the expert who took it. */
  takenBy?: string;
  /** The thread in the experts' channel where it was posted (same id form as threadId). */
  expertThread?: string;
}

export interface StoreHealth {
  kind: 'memory' | 'redis';
  ok: boolean;
  /** e.g. "redis unreachable, using memory fallback". Never contains credentials (REDIS_URL password). */
  detail?: string;
}

export interface Store {
  readonly kind: 'memory' | 'redis';
  getThread(threadId: string): Promise<ThreadContext | undefined>;
  saveThread(threadId: string, context: ThreadContext): Promise<void>;
  /**
   * Claim a delivery id. True the first time any instance claims it within the TTL, false after:
   * the caller then drops the redelivery.
   */
  claimEvent(eventId: string): Promise<boolean>;
  recordFeedback(record: FeedbackRecord): Promise<void>;
  recordUnanswered(record: UnansweredRecord): Promise<void>;
  recordAnswer(record: AnswerRecord): Promise<void>;
  listFeedback(): Promise<FeedbackRecord[]>;
  listUnanswered(): Promise<UnansweredRecord[]>;
  listAnswers(): Promise<AnswerRecord[]>;
  /** Deletes feedback, unanswered and answer records dated before `cutoff` (ISO time), and escalations last updated before it; resolves with how many went. */
  dropRecordsBefore(cutoff: string): Promise<number>;
  /** Creates or replaces the escalation with this id. */
  saveEscalation(record: EscalationRecord): Promise<void>;
  getEscalation(id: string): Promise<EscalationRecord | undefined>;
  /** The most recent escalation whose asker's thread or expert thread is `threadId`. */
  findEscalationByThread(threadId: string): Promise<EscalationRecord | undefined>;
  /** Every escalation, in the state it is in now, oldest first. */
  listEscalations(): Promise<EscalationRecord[]>;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}
