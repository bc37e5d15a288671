/**
 * Questions per time bucket by surface and by outcome, and the solved and "not it" rates per
 * bucket: what the two charts at the top of the insights page draw.
 */
import type { AnswerRecord, FeedbackRecord } from '../store/types';
import { bucketIndex, type PeriodWindow } from './period';

/** The outcomes a question can have. */
export const OUTCOMES = ['answer', 'clarify', 'none'] as const;
/** The surfaces always shown (others, such as the CLI, appear when they have records). */
export const SURFACES = ['slack', 'teams', 'web'] as const;

/** One bucket of the activity series. */
export interface ActivityBucket {
  start: string;
  questions: number;
  bySurface: Record<string, number>;
  byOutcome: Record<(typeof OUTCOMES)[number], number>;
  solved: number;
  notIt: number;
  /** Solved clicks per answer given in the bucket; null without answers. */
  solvedRate: number | null;
  notItRate: number | null;
}

/** The activity of a period. */
export interface Activity {
  surfaces: string[];
  buckets: ActivityBucket[];
}

/** `part / whole` rounded to three decimals; null when `whole` is 0. */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;
}

/** Counts `answers` and `feedback` (already limited to real articles) into the buckets of `window`. */
export function countActivity(window: PeriodWindow, answers: readonly AnswerRecord[], feedback: readonly FeedbackRecord[]): Activity {
  const surfaces = new Set<string>(SURFACES);
  for (const record of answers) if (bucketIndex(window, record.at) >= 0) surfaces.add(record.channel);
  const buckets: ActivityBucket[] = window.buckets.map((start) => ({
    start,
    questions: 0,
    bySurface: Object.fromEntries([...surfaces].map((s) => [s, 0])),
    byOutcome: { answer: 0, clarify: 0, none: 0 },
    solved: 0,
    notIt: 0,
    solvedRate: null,
    notItRate: null,
  }));
  for (const record of answers) {
    const bucket = buckets[bucketIndex(window, record.at)];
    if (!bucket) continue;
    bucket.questions += 1;
    bucket.bySurface[record.channel] += 1;
    bucket.byOutcome[record.outcome] += 1;
  }
  for (const record of feedback) {
    const bucket = buckets[bucketIndex(window, record.at)];
    if (!bucket) continue;
    if (record.helpful) bucket.solved += 1;
    else bucket.notIt += 1;
  }
  for (const bucket of buckets) {
    bucket.solvedRate = rate(bucket.solved, bucket.byOutcome.answer);
    bucket.notItRate = rate(bucket.notIt, bucket.byOutcome.answer);
  }
  return { surfaces: [...surfaces], buckets };
}

