/**
 * The engine's contract: pure functions of (message text, thread context) -> (reply, new context).
 * No I/O: the knowledge and the prebuilt index are passed in at creation.
 */
import type { IncomingAction, ThreadContext } from '../conversation/types';
import type { ActionId } from '../reply/actions';
import type { ArticleRef, ArticleReply, Outcome, Reply } from '../reply/model';

export interface EngineResult {
  reply: Reply;
  /** The thread's context after this turn; store it and pass it back with the next message. */
  context: ThreadContext;
  /** For metrics and the unanswered log: the normalized signature that was searched (redacted input). */
  signature: string;
  /** answer | clarify | none for a fresh search; null for follow-ups that are not a search (full article, ack). */
  outcome: Outcome | null;
  /** Feedback the message typed ("thanks, that fixed it", "not it") on the section shown before it. */
  feedback?: { helpful: boolean; articleId: string; sectionId: string };
}

/** A search hit for pickers and the Teams message extension. */
export interface SearchHit {
  article: ArticleRef;
  sectionId: string;
  heading: string;
  score: number;
}

export interface Engine {
  /** Answer a message; with a context, it may be a follow-up in that thread. Text must already be redacted. */
  respond(text: string, context?: ThreadContext): EngineResult;
  /** Handle a button click or picker choice. */
  act(action: ActionId, value: string, context?: ThreadContext): EngineResult;
  /** Search for pickers and compose-box search: best sections, at most `limit`, no decision logic. */
  search(text: string, limit: number): SearchHit[];
  /** All articles, for the App Home and listings. */
  articles(): ArticleRef[];
  /** One whole article, or undefined. */
  article(articleId: string): ArticleReply | undefined;
}

export type { IncomingAction };
