/** Wraps body elements and buttons in the card envelope every Teams card shares. */
import type { AdaptiveCard, CardAction, CardElement } from './card-types';
import { CARD_SCHEMA, CARD_VERSION } from './card-types';
import { fitCard } from './card-size';

/** A complete Adaptive Card 1.5, trimmed to Teams' size limit. */
export function cardShell(body: CardElement[], actions: CardAction[] = []): AdaptiveCard {
  const card: AdaptiveCard = { type: 'AdaptiveCard', $schema: CARD_SCHEMA, version: CARD_VERSION, msteams: { width: 'Full' }, body };
  if (actions.length > 0) card.actions = actions;
  return fitCard(card);
}
