/**
 * Ids the Slack adapter puts in its payloads and reads back from clicks: unique action ids per
 * message (Slack rejects two elements with one action_id in a block) and block ids carrying the
 * thread key of a private (/kb) reply, whose clicks arrive without a message to find the thread by.
 */
import { SLACK_LIMITS } from './limits';

/** Buttons only the Slack adapter shows; the shared ones are in src/reply/actions.ts. */
export const SLACK_ACTION_IDS = {
  /** "Share in channel" on a private /kb answer. */
  share: 'kb_share',
  /** "Retry" on the error shown when posting an answer failed. */
  retry: 'kb_retry',
} as const;

const SUFFIX = /#\d+$/;

/** Hands out `id`, then `id#1`, `id#2`… so every element of one message has its own action_id. */
export function createActionIdAllocator(): (base: string) => string {
  const used = new Map<string, number>();
  return (base) => {
    const count = used.get(base) ?? 0;
    used.set(base, count + 1);
    return count === 0 ? base : `${base}#${count}`;
  };
}

/** The shared action id a (possibly suffixed) Slack action_id stands for. */
export function baseActionId(actionId: string): string {
  return actionId.replace(SUFFIX, '');
}

/** Matches an action id and its suffixed copies, for `app.action(...)`. */
export function actionIdPattern(base: string): RegExp {
  return new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(#\\d+)?$`);
}

const THREAD_BLOCK = /^kbt\d+\|(.+)$/;

/** The block id of the `index`th actions block of a private reply in thread `threadKey`. */
export function threadBlockId(index: number, threadKey: string): string {
  return `kbt${index}|${threadKey}`.slice(0, SLACK_LIMITS.blockId);
}

/** The thread key a block id carries, if it is one of ours. */
export function threadKeyFromBlockId(blockId: string | undefined): string | undefined {
  return blockId ? THREAD_BLOCK.exec(blockId)?.[1] : undefined;
}
