/**
 * The reply model as the Teams messages that carry it: notices (e.g. "you pasted a credential")
 * as their own plain-text message first, then the answer as one Adaptive Card (or a short text for
 * acknowledgements). Pure: the bot turns these into activities.
 */
import type { Reply } from '../../src/reply/model';
import type { AdaptiveCard } from './card-types';
import { oneLine } from './card-text';
import { renderAnswerCard } from './render-answer-card';
import { renderArticleCard } from './render-article-cards';
import { renderClarifyCard } from './render-clarify-card';
import { renderNoneCard } from './render-none-card';

/** One Teams message to send: plain text, or a card with its notification summary. */
export type OutgoingMessage = { kind: 'text'; text: string } | { kind: 'card'; card: AdaptiveCard; summary: string };

const SUMMARY_MAX = 120;

function bodyOf(reply: Reply, page: number): OutgoingMessage {
  switch (reply.kind) {
    case 'answer':
      return { kind: 'card', card: renderAnswerCard(reply), summary: oneLine(reply.article.displayTitle, SUMMARY_MAX) };
    case 'clarify':
      return { kind: 'card', card: renderClarifyCard(reply), summary: oneLine(reply.prompt, SUMMARY_MAX) };
    case 'none':
      return { kind: 'card', card: renderNoneCard(reply), summary: oneLine(reply.message, SUMMARY_MAX) };
    case 'article':
      return { kind: 'card', card: renderArticleCard(reply, page), summary: oneLine(reply.article.displayTitle, SUMMARY_MAX) };
    case 'ack':
      return { kind: 'text', text: reply.message };
    default: {
      const unhandled: never = reply;
      return unhandled;
    }
  }
}

/** Messages to send for a reply, in order. `page` selects the page of a long article. */
export function renderReply(reply: Reply, page = 0): OutgoingMessage[] {
  const body = bodyOf(reply, page);
  const bodyText = body.kind === 'text' ? body.text : null;
  // A notice that says the same as the reply itself (rate limiting) is not sent twice.
  const notices = reply.notices.filter((notice) => notice.message !== bodyText).map((notice): OutgoingMessage => ({ kind: 'text', text: notice.message }));
  return [...notices, body];
}
