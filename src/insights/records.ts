/**
 * The records the insights are counted from, and the one function that reads them from a store:
 * `kb report` and the /insights page both call it, so they count the same records.
 */
import type { AnswerRecord, FeedbackRecord, Store, UnansweredRecord } from '../store/types';

/** An expert escalation as the insights count it (the store's escalation records fit this shape). */
export interface EscalationLike {
  at: string;
  articleId?: string;
  sectionId?: string;
  state: string;
}

/** Everything the insights are computed from, as plain arrays. */
export interface InsightRecords {
  answers: AnswerRecord[];
  feedback: FeedbackRecord[];
  unanswered: UnansweredRecord[];
  escalations: EscalationLike[];
}

/**
 * Reads every record the store holds. Escalations: this store keeps none yet, so the list is empty
 * until the store lists them.
 */
export async function readInsightRecords(store: Store): Promise<InsightRecords> {
  const [answers, feedback, unanswered] = await Promise.all([store.listAnswers(), store.listFeedback(), store.listUnanswered()]);
  return { answers, feedback, unanswered, escalations: [] };
}
