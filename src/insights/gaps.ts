/**
 * The gaps: unanswered and "not it" messages grouped by error signature (see gap-signature.ts),
 * largest group first, each with when it was first and last seen, a few redacted examples, the
 * articles people rejected for it and the closest articles the knowledge base has: the list of
 * articles to write next.
 */
import type { UnansweredRecord } from '../store/types';
import type { ArticleCatalog } from './catalog';
import { gapSignature, type GapSignature } from './gap-signature';

/** An article named in a gap: rejected for it, or the closest the knowledge base has. */
export interface GapArticle {
  articleId: string;
  title: string;
  count?: number;
}

/** One group of unanswered and "not it" messages. */
export interface Gap {
  /** The redacted, normalized error signature the group shares. */
  signature: string;
  count: number;
  none: number;
  notIt: number;
  /** How many conversations (threads) it came up in. */
  threads: number;
  firstAt: string;
  lastAt: string;
  /** Up to MAX_EXAMPLES redacted messages, most recent first, without repeats. */
  examples: string[];
  rejected: GapArticle[];
  /** The closest articles by search (for the 100 largest groups). */
  closest: GapArticle[];
}

/** Finds the closest articles to a message (the engine's search); optional. */
export type ClosestArticles = (text: string) => { articleId: string; title: string }[];

const MAX_EXAMPLES = 3;
/** Closest articles are searched for the largest groups only: one search each. */
const MAX_SEARCHED_GAPS = 100;

/** Groups `records` (already limited to the period) into gaps, largest first. */
export function groupGaps(records: readonly UnansweredRecord[], catalog: ArticleCatalog, closest?: ClosestArticles): Gap[] {
  const groups = new Map<string, Gap & { threadIds: Set<string>; rejectedCounts: Map<string, number>; labels: Map<string, number> }>();
  // Sorted newest first, so examples and the label come from the latest messages.
  const newestFirst = [...records].sort((a, b) => b.at.localeCompare(a.at));
  for (const record of newestFirst) {
    const text = record.text || record.signature;
    const signature = rememberedSignature(text);
    let group = groups.get(signature.key);
    if (!group) {
      group = { signature: signature.label, count: 0, none: 0, notIt: 0, threads: 0, firstAt: record.at, lastAt: record.at, examples: [], rejected: [], closest: [], threadIds: new Set(), rejectedCounts: new Map(), labels: new Map() };
      groups.set(signature.key, group);
    }
    group.count += 1;
    group.labels.set(signature.label, (group.labels.get(signature.label) ?? 0) + 1);
    if (record.reason === 'none') group.none += 1;
    else group.notIt += 1;
    group.threadIds.add(record.threadId);
    group.firstAt = record.at;
    const example = text.trim();
    if (example && group.examples.length < MAX_EXAMPLES && !group.examples.includes(example)) group.examples.push(example);
    if (record.articleId && catalog.title(record.articleId)) group.rejectedCounts.set(record.articleId, (group.rejectedCounts.get(record.articleId) ?? 0) + 1);
  }
  return [...groups.values()]
    .map(({ threadIds, rejectedCounts, labels, ...group }) => ({
      ...group,
      // The way most people's messages read (the newest on a tie: the map is in newest-first order).
      signature: [...labels].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0],
      threads: threadIds.size,
      rejected: [...rejectedCounts]
        .map(([articleId, count]) => ({ articleId, title: catalog.title(articleId) ?? articleId, count }))
        .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title)),
    }))
    .sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt) || a.signature.localeCompare(b.signature))
    .map((group, i) => ({ ...group, closest: closest && i < MAX_SEARCHED_GAPS && group.examples.length > 0 ? closest(group.examples[0]) : [] }));
}

// The same messages are grouped again on every page load: their keys are remembered (bounded; the
// oldest entry goes first).
const remembered = new Map<string, GapSignature>();
const MAX_REMEMBERED = 20_000;

function rememberedSignature(text: string): GapSignature {
  let signature = remembered.get(text);
  if (!signature) {
    signature = gapSignature(text);
    if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
    remembered.set(text, signature);
  }
  return signature;
}
