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

/** Reads every record the store holds. */
export async function readInsightRecords(store: Store): Promise<InsightRecords> {
  const [answers, feedback, unanswered, escalations] = await Promise.all([store.listAnswers(), store.listFeedback(), store.listUnanswered(), store.listEscalations()]);
  return { answers, feedback, unanswered, escalations };
}
