/**
 * The insights of one period, from plain record arrays: totals, activity per bucket, the article
 * and section tables, the gaps and the answer times. Pure; `kb report` and the /insights page
 * both show what this returns, so their figures are the same.
 */
import type { AnswerRecord, FeedbackRecord, UnansweredRecord } from '../store/types';
import { countActivity, rate, type Activity } from './activity';
import { countArticles, type ArticleRow, type SectionRow } from './article-stats';
import type { ArticleCatalog } from './catalog';
import { groupGaps, type ClosestArticles, type Gap } from './gaps';
import { percentile } from './percentile';
import { bucketIndex, periodWindow, type PeriodName, type PeriodWindow } from './period';
import type { InsightRecords } from './records';

/** Everything the insights show for a period (the engine's health is added by the server). */
export interface InsightsReport {
  period: PeriodWindow;
  /** Records older than this many days are deleted from the store. */
  retentionDays: number;
  totals: {
    questions: number;
    answer: number;
    clarify: number;
    none: number;
    solved: number;
    notIt: number;
    escalations: number;
    /** Of the solved and not-it feedback, how much was typed in the thread rather than clicked. */
    typedFeedback: number;
    solvedRate: number | null;
    notItRate: number | null;
  };
  activity: Activity;
  articles: ArticleRow[];
  sections: SectionRow[];
  gaps: Gap[];
  /** Time from message to reply, over the questions of the period that recorded it. */
  answerTime: { count: number; p50Ms: number | null; p99Ms: number | null };
  /** Feedback and answers naming an article the knowledge base does not have (deleted, or a forged click): left out. */
  unknownArticleRecords: number;
}

/** What a report is made for. */
export interface SummarizeOptions {
  period: PeriodName;
  /** ms since the epoch. */
  now: number;
  retentionDays: number;
  catalog: ArticleCatalog;
  closest?: ClosestArticles;
}

/** Summarizes `records` for the period ending at `options.now`. */
export function summarizeInsights(records: InsightRecords, options: SummarizeOptions): InsightsReport {
  const window = periodWindow(options.period, options.now);
  const inPeriod = <T extends { at: string }>(list: readonly T[]): T[] => list.filter((r) => bucketIndex(window, r.at) >= 0);
  const known = (articleId: string | undefined): boolean => articleId === undefined || options.catalog.title(articleId) !== undefined;

  const periodAnswers = inPeriod(records.answers);
  const periodFeedback = inPeriod(records.feedback);
  const periodUnanswered = inPeriod(records.unanswered);
  const periodEscalations = inPeriod(records.escalations);
  const answers: AnswerRecord[] = periodAnswers.filter((r) => known(r.articleId));
  const feedback: FeedbackRecord[] = periodFeedback.filter((r) => known(r.articleId));
  // A "not it" on an article that does not exist is not a gap either: it never was an answer.
  const unanswered: UnansweredRecord[] = periodUnanswered.filter((r) => r.reason === 'none' || known(r.articleId));
  const escalations = periodEscalations.filter((r) => known(r.articleId));
  const unknownArticleRecords = periodAnswers.length - answers.length + (periodFeedback.length - feedback.length);

  const activity = countActivity(window, answers, feedback);
  const count = (pick: (b: Activity['buckets'][number]) => number): number => activity.buckets.reduce((sum, b) => sum + pick(b), 0);
  const answer = count((b) => b.byOutcome.answer);
  const solved = count((b) => b.solved);
  const notIt = count((b) => b.notIt);
  const { articles, sections } = countArticles(window, options.catalog, { answers, feedback, escalations });
  const durations = answers.map((r) => r.durationMs).filter((d): d is number => typeof d === 'number' && Number.isFinite(d));

  return {
    period: window,
    retentionDays: options.retentionDays,
    totals: {
      questions: count((b) => b.questions),
      answer,
      clarify: count((b) => b.byOutcome.clarify),
      none: count((b) => b.byOutcome.none),
      solved,
      notIt,
      escalations: escalations.length,
      typedFeedback: feedback.filter((r) => r.via === 'typed').length,
      solvedRate: rate(solved, answer),
      notItRate: rate(notIt, answer),
    },
    activity,
    articles,
    sections,
    gaps: groupGaps(unanswered, options.catalog, options.closest),
    answerTime: { count: durations.length, p50Ms: percentile(durations, 50), p99Ms: percentile(durations, 99) },
    unknownArticleRecords,
  };
}
