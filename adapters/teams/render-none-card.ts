/** "Nothing in the knowledge base fits", said plainly, with the closest articles if any. */
import type { NoneReply } from '../../src/reply/model';
import type { AdaptiveCard, CardElement } from './card-types';
import { renderActions } from './card-actions';
import { bulletBlocks, labelBlock, matchedBlocks, paragraphBlock } from './card-elements';
import { cardShell } from './card-shell';

/** The honest "I don't know" card. */
export function renderNoneCard(reply: NoneReply): AdaptiveCard {
  const body: CardElement[] = [{ ...paragraphBlock(reply.message), weight: 'Bolder' }, ...matchedBlocks(reply.matched)];
  if (reply.closest.length > 0) {
    body.push(labelBlock('Closest articles'), ...bulletBlocks(reply.closest.map((article) => article.displayTitle)));
  }
  return cardShell(body, renderActions(reply.actions));
}
