/** What each reply-kind renderer hands to `assembleMessage`: content, a footer, and the actions. */
import type { Action } from '../../../src/reply/actions';
import type { ExtraButton } from './actions';
import type { SlackBlock } from './blocks';

export interface MessageParts {
  /** The content; cut from the end if the message would exceed Slack's block limit. */
  body: SlackBlock[];
  /** Always kept (source and date). */
  footer: SlackBlock[];
  actions: Action[];
  extra: ExtraButton[];
}

/** How a reply is being shown. */
export interface RenderOptions {
  /** For private (/kb) replies: the thread key the actions blocks carry, so clicks find the thread. */
  threadKey?: string;
  /** Add "Share in channel" (private /kb answers). */
  shareable?: boolean;
  /** Show private notices in the message itself (when the whole message is private anyway). */
  includePrivateNotices?: boolean;
  /** Which page of a long article (0-based). */
  page?: number;
}
