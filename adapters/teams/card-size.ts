/**
 * Teams rejects a message over about 28 KB, card included. Cards are kept under a budget that
 * leaves room for the activity around them; the guard trims the longest text until one fits.
 */
import type { AdaptiveCard, CardElement } from './card-types';
import { truncateText } from './card-text';

/** Budget for one card's JSON, in UTF-8 bytes (Teams' limit for the whole message is ~28 KB). */
export const MAX_CARD_BYTES = 25_000;

/** A card's size as Teams counts it: UTF-8 bytes of its JSON. */
export function cardBytes(card: AdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}

/** Something holding text the guard may shorten: a TextBlock, a TextRun, a CodeBlock's snippet. */
interface TextHolder {
  text: string;
}

function holder(target: { text: string } | { codeSnippet: string }): TextHolder {
  if ('text' in target) return target;
  return {
    get text() {
      return target.codeSnippet;
    },
    set text(value: string) {
      target.codeSnippet = value;
    },
  };
}

function textBlocksOf(elements: CardElement[], into: TextHolder[] = []): TextHolder[] {
  for (const element of elements) {
    if (element.type === 'TextBlock') into.push(element);
    else if (element.type === 'RichTextBlock') into.push(...element.inlines);
    else if (element.type === 'CodeBlock') into.push(holder(element));
    else if (element.type === 'Container') textBlocksOf(element.items, into);
  }
  return into;
}

const MIN_KEPT_CHARS = 120;

/**
 * Returns the card unchanged when it fits, or a copy whose longest texts are shortened (and, as a
 * last resort, whose last body elements are dropped) until it does. The title always stays.
 */
export function fitCard(card: AdaptiveCard, maxBytes: number = MAX_CARD_BYTES): AdaptiveCard {
  if (cardBytes(card) <= maxBytes) return card;
  const copy = JSON.parse(JSON.stringify(card)) as AdaptiveCard;
  for (let round = 0; round < 200; round++) {
    const excess = cardBytes(copy) - maxBytes;
    if (excess <= 0) return copy;
    const longest = textBlocksOf(copy.body.slice(1)).sort((a, b) => b.text.length - a.text.length)[0];
    if (longest && longest.text.length > MIN_KEPT_CHARS) {
      // Escaped text can be up to twice its length in JSON, so cut by the excess plus some slack.
      const keep = Math.max(MIN_KEPT_CHARS, longest.text.length - excess - 64);
      longest.text = truncateText(longest.text.replace(/\\+$/, ''), keep).replace(/(^|[^\\])\\…$/, '$1…');
    } else if (copy.body.length > 1) {
      copy.body.pop();
    } else {
      copy.actions = [];
      return copy;
    }
  }
  return copy;
}
