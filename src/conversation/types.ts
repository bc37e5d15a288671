/**
 * What adapters hand the core, and the small record a thread keeps between turns.
 * Thread ids are one string per platform thread (`slack:C123:1700000000.000100`,
 * `teams:<conversation id>`, `web:<uuid>`), so the core never needs platform types.
 */
import type { ActionId } from '../reply/actions';

export type Channel = 'slack' | 'teams' | 'web' | 'cli';

/** A message someone sent, normalized by an adapter (mentions stripped, markup turned to plain text). */
export interface IncomingMessage {
  /** Unique per delivery of the same message on its platform (Slack event_id, Teams activity id…): used to drop redeliveries. */
  id: string;
  threadId: string;
  channel: Channel;
  /** Platform user id, only for rate limiting and feedback counts; never shown. */
  userId: string;
  /** The Slack workspace or Teams tenant, so limits key on workspace + user (user ids are only unique within one). */
  workspaceId?: string;
  text: string;
}

/** A button click or picker choice on a reply. */
export interface IncomingAction {
  id: string;
  threadId: string;
  channel: Channel;
  userId: string;
  workspaceId?: string;
  action: ActionId;
  /** The action's encoded value (see reply/actions.ts), or a picker option's value. */
  value: string;
}

/** A candidate the engine ranked for this thread: enough to show it later without searching again. */
export interface RankedCandidate {
  articleId: string;
  sectionId: string;
  score: number;
}

/**
 * What a thread remembers between turns. Small and JSON-serializable so a store can keep it in
 * Redis. Holds no raw message text: `query` is the redacted, normalized signature that was searched.
 */
export interface ThreadContext {
  version: 1;
  query: string;
  /** The article and section currently shown, if any. */
  current: { articleId: string; sectionId: string } | null;
  /** `${articleId}#${sectionId}` of every answer already shown in this thread, oldest first. */
  shown: string[];
  /** The ranked candidates of the last search, best first (bounded in length). */
  candidates: RankedCandidate[];
  /** Outcome of the last turn, to know whether "next" means next candidate or next clarify option. */
  lastKind: 'answer' | 'clarify' | 'none' | 'article' | 'ack';
  turns: number;
}
