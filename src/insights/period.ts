/**
 * The periods the insights offer (last 24 hours, 7 days, 30 days) and their time buckets: hours
 * for a day, UTC days otherwise, so every chart has a handful to a few dozen points.
 */

/** A period name as the page and `kb report --period` spell it. */
export type PeriodName = '24h' | '7d' | '30d';

export const PERIOD_NAMES: readonly PeriodName[] = ['24h', '7d', '30d'];

/** The window a report covers and how it is cut into buckets. */
export interface PeriodWindow {
  name: PeriodName;
  /** Start of the first bucket (ISO). */
  from: string;
  /** The moment the report was made (ISO); records after it are left out. */
  to: string;
  bucket: 'hour' | 'day';
  /** Start of each bucket (ISO), oldest first. */
  buckets: string[];
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The period named `value`, or undefined when it is not one of PERIOD_NAMES. */
export function parsePeriod(value: unknown): PeriodName | undefined {
  return PERIOD_NAMES.find((name) => name === value);
}

/** The window of `name` ending at `now` (ms since the epoch). */
export function periodWindow(name: PeriodName, now: number): PeriodWindow {
  const bucket = name === '24h' ? 'hour' : 'day';
  const size = bucket === 'hour' ? HOUR_MS : DAY_MS;
  const count = name === '24h' ? 24 : name === '7d' ? 7 : 30;
  const first = Math.floor(now / size) * size - (count - 1) * size;
  const buckets = Array.from({ length: count }, (_, i) => new Date(first + i * size).toISOString());
  return { name, from: buckets[0], to: new Date(now).toISOString(), bucket, buckets };
}

/** Index of the bucket holding `at` in `window`, or -1 when it falls outside. */
export function bucketIndex(window: PeriodWindow, at: string): number {
  const time = Date.parse(at);
  if (!Number.isFinite(time) || at > window.to) return -1;
  const size = window.bucket === 'hour' ? HOUR_MS : DAY_MS;
  const index = Math.floor((time - Date.parse(window.from)) / size);
  return index >= 0 && index < window.buckets.length ? index : -1;
}
