/**
 * Turns the stored records into what a knowledge-base owner decides from: which questions went
 * unanswered or were rejected ("not it"), grouped by normalized error signature; helpful/not
 * helpful per article; the most-matched articles. Pure: `kb report` reads, this counts.
 */
import type { AnswerRecord, EscalationRecord, FeedbackRecord, UnansweredRecord } from './types';

/** Unanswered and "not it" questions sharing one normalized signature. */
export interface UnansweredGroup {
  signature: string;
  count: number;
  none: number;
  notIt: number;
  /** One redacted example message (the most recent). */
  example: string;
  /** Articles people rejected for this signature, with how often. */
  rejected: { articleId: string; count: number }[];
  lastAt: string;
}

/** Solved-it and not-it clicks for one article. */
export interface ArticleFeedback {
  articleId: string;
  helpful: number;
  notHelpful: number;
  /** How many of the above were typed ("thanks, that fixed it", "not it") rather than clicked. */
  typed: number;
}

/** Escalations ("Ask an expert") by the article shown when they were opened; articleId null when none was. */
export interface ArticleEscalations {
  articleId: string | null;
  open: number;
  taken: number;
  resolved: number;
}

/** Everything `kb report` prints. */
export interface ReportSummary {
  totals: { answer: number; clarify: number; none: number; helpful: number; notHelpful: number; typed: number; escalations: { open: number; taken: number; resolved: number } };
  unanswered: UnansweredGroup[];
  feedback: ArticleFeedback[];
  mostMatched: { articleId: string; count: number }[];
  escalations: ArticleEscalations[];
}

/** Folds the variable parts that survive the engine's normalization (case, spacing, numbers, ids) so repeats group together. */
export function normalizeSignature(signature: string): string {
  const folded = signature
    .toLowerCase()
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, '<id>')
    .replace(/\b[0-9a-f]{16,}\b/g, '<id>')
    .replace(/\b\d{5,}\b/g, '<n>')
    .replace(/\s+/g, ' ')
    .replace(/[\s.:;,!?]+$/, '')
    .trim();
  return folded.length > 0 ? folded.slice(0, 200) : '(empty)';
}

function byCountThenName<T extends { count: number }>(key: (item: T) => string) {
  return (a: T, b: T): number => b.count - a.count || key(a).localeCompare(key(b));
}

/** Counts and groups the stored records for the report. */
export function summarizeRecords(records: { unanswered: UnansweredRecord[]; feedback: FeedbackRecord[]; answers: AnswerRecord[]; escalations?: EscalationRecord[] }): ReportSummary {
  const groups = new Map<string, UnansweredGroup & { rejectedCounts: Map<string, number> }>();
  for (const record of records.unanswered) {
    const signature = normalizeSignature(record.signature || record.text);
    const group = groups.get(signature) ?? { signature, count: 0, none: 0, notIt: 0, example: record.text, rejected: [], lastAt: record.at, rejectedCounts: new Map<string, number>() };
    group.count += 1;
    if (record.reason === 'none') group.none += 1;
    else group.notIt += 1;
    if (record.at >= group.lastAt) {
      group.lastAt = record.at;
      if (record.reason === 'none' || !group.example) group.example = record.text;
    }
    if (record.articleId) group.rejectedCounts.set(record.articleId, (group.rejectedCounts.get(record.articleId) ?? 0) + 1);
    groups.set(signature, group);
  }
  const unanswered = [...groups.values()]
    .map(({ rejectedCounts, ...group }) => ({
      ...group,
      rejected: [...rejectedCounts].map(([articleId, count]) => ({ articleId, count })).sort(byCountThenName((r) => r.articleId)),
    }))
    .sort(byCountThenName((g) => g.signature));

  const perArticle = new Map<string, ArticleFeedback>();
  for (const record of records.feedback) {
    const entry = perArticle.get(record.articleId) ?? { articleId: record.articleId, helpful: 0, notHelpful: 0, typed: 0 };
    if (record.helpful) entry.helpful += 1;
    else entry.notHelpful += 1;
    if (record.via === 'typed') entry.typed += 1;
    perArticle.set(record.articleId, entry);
  }
  const feedback = [...perArticle.values()].sort((a, b) => b.helpful + b.notHelpful - (a.helpful + a.notHelpful) || a.articleId.localeCompare(b.articleId));

  const matched = new Map<string, number>();
  const totals = { answer: 0, clarify: 0, none: 0, helpful: 0, notHelpful: 0, typed: 0, escalations: { open: 0, taken: 0, resolved: 0 } };
  for (const record of records.answers) {
    totals[record.outcome] += 1;
    if (record.outcome === 'answer' && record.articleId) matched.set(record.articleId, (matched.get(record.articleId) ?? 0) + 1);
  }
  for (const entry of feedback) {
    totals.helpful += entry.helpful;
    totals.notHelpful += entry.notHelpful;
    totals.typed += entry.typed;
  }
  const escalationsBy = new Map<string | null, ArticleEscalations>();
  for (const record of records.escalations ?? []) {
    const key = record.articleId ?? null;
    const entry = escalationsBy.get(key) ?? { articleId: key, open: 0, taken: 0, resolved: 0 };
    entry[record.state] += 1;
    totals.escalations[record.state] += 1;
    escalationsBy.set(key, entry);
  }
  const total = (e: ArticleEscalations): number => e.open + e.taken + e.resolved;
  const escalations = [...escalationsBy.values()].sort((a, b) => total(b) - total(a) || (a.articleId ?? '').localeCompare(b.articleId ?? ''));
  const mostMatched = [...matched].map(([articleId, count]) => ({ articleId, count })).sort(byCountThenName((m) => m.articleId));
  return { totals, unanswered, feedback, mostMatched, escalations };
}
