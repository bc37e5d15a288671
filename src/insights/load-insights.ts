/** Reads a store and summarizes it for a period: the one path `kb report` and /insights share. */
import type { Store } from '../store/types';
import { readInsightRecords } from './records';
import { summarizeInsights, type InsightsReport, type SummarizeOptions } from './summarize';

/** The insights of `store` for the period in `options`. */
export async function loadInsights(store: Store, options: SummarizeOptions): Promise<InsightsReport> {
  return summarizeInsights(await readInsightRecords(store), options);
}
