/** Rendered messages as Bot Framework activities: plain text stays plain, cards go as attachments. */
import { CardFactory, type Activity, type Attachment } from 'botbuilder';
import type { AdaptiveCard } from './card-types';
import type { OutgoingMessage } from './render-reply';

/** A card as a Bot Framework attachment (content type application/vnd.microsoft.card.adaptive). */
export function cardAttachment(card: AdaptiveCard): Attachment {
  return CardFactory.adaptiveCard(card);
}

/** One rendered message as an activity to send. Text is sent as `plain` so nothing in it is read as markup or a mention. */
export function toActivity(message: OutgoingMessage): Partial<Activity> {
  if (message.kind === 'text') return { type: 'message', text: message.text, textFormat: 'plain' };
  return { type: 'message', attachments: [cardAttachment(message.card)], summary: message.summary };
}
