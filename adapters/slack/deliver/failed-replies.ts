/**
 * Answers that could not be posted, kept briefly so the Retry button can post them again.
 * Per process on purpose: a retry landing on another instance (or after a restart) gets a clear
 * "ask again" instead, and no answer text is written to a shared store.
 */
import { randomUUID } from 'node:crypto';
import type { SlackMessage } from '../render/blocks';

export interface FailedReply {
  channel: string;
  threadTs: string;
  message: SlackMessage;
}

export interface FailedReplies {
  put(reply: FailedReply): string;
  take(key: string): FailedReply | undefined;
}

const MAX_KEPT = 500;
const KEPT_MS = 60 * 60 * 1000;

export function createFailedReplies(now: () => number = Date.now): FailedReplies {
  const kept = new Map<string, { reply: FailedReply; at: number }>();
  return {
    put(reply) {
      const key = randomUUID();
      kept.set(key, { reply, at: now() });
      // Oldest first in a Map: drop the oldest beyond the cap.
      while (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value as string);
      return key;
    },
    take(key) {
      const entry = kept.get(key);
      kept.delete(key);
      return entry && now() - entry.at < KEPT_MS ? entry.reply : undefined;
    },
  };
}
