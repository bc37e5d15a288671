/** Wraps body elements and buttons in the card envelope every Teams card shares. */
import type { AdaptiveCard, CardAction, CardElement } from './card-types';
import { CARD_SCHEMA, CARD_VERSION } from './card-types';
import { fitCard } from './card-size';

/** Teams shows at most this many buttons in one action row. */
export const MAX_CARD_ACTIONS = 5;

/** At most MAX_CARD_ACTIONS buttons: the rest go under a last "More" button that unfolds them. */
function fitActions(actions: CardAction[]): CardAction[] {
  if (actions.length <= MAX_CARD_ACTIONS) return actions;
  const shown = actions.slice(0, MAX_CARD_ACTIONS - 1);
  const rest = actions.slice(MAX_CARD_ACTIONS - 1);
  const more: CardAction = { type: 'Action.ShowCard', title: 'More', card: { type: 'AdaptiveCard', version: CARD_VERSION, body: [], actions: fitActions(rest) } };
  return [...shown, more];
}

/** A complete Adaptive Card 1.5, trimmed to Teams' size limit. */
export function cardShell(body: CardElement[], actions: CardAction[] = []): AdaptiveCard {
  const card: AdaptiveCard = { type: 'AdaptiveCard', $schema: CARD_SCHEMA, version: CARD_VERSION, msteams: { width: 'Full' }, body };
  if (actions.length > 0) card.actions = fitActions(actions);
  return fitCard(card);
}
