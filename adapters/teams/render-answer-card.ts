/** An answer (one article section that fixes the problem) as an Adaptive Card. */
import type { AnswerReply } from '../../src/reply/model';
import type { AdaptiveCard, CardElement } from './card-types';
import { renderActions } from './card-actions';
import { contentElements, textRuns } from './card-content';
import { labelBlock, matchedBlocks, sourceBlock, subtitleBlock, titleBlock } from './card-elements';
import { cardShell } from './card-shell';

const CONFIDENCE_NOTE: Record<AnswerReply['confidence'], string | null> = {
  high: null,
  medium: 'Likely match: check the cause below fits what you see.',
  low: 'Not a confident match: check the cause below fits before following the steps.',
};

/** Content shown before "Show more": about a screen of a chat window. */
const SHOWN_BYTES = 2500;
const SHOWN_ELEMENTS = 10;
/** The id of the container "Show more" unfolds. */
export const MORE_ID = 'kb-more';

/** The content elements split into the shown part and the part behind "Show more". */
function splitShown(elements: CardElement[]): [CardElement[], CardElement[]] {
  let bytes = 0;
  for (let i = 0; i < elements.length; i++) {
    bytes += Buffer.byteLength(JSON.stringify(elements[i]), 'utf8');
    if (i > 0 && (i >= SHOWN_ELEMENTS || bytes > SHOWN_BYTES)) return [elements.slice(0, i), elements.slice(i)];
  }
  return [elements, []];
}

/** The answer card: what matched, the cause, the section's content in order, the source, and the buttons. */
export function renderAnswerCard(reply: AnswerReply): AdaptiveCard {
  const body: CardElement[] = [titleBlock(reply.article.displayTitle), subtitleBlock(reply.section.heading)];
  const note = CONFIDENCE_NOTE[reply.confidence];
  if (note) body.push({ type: 'TextBlock', text: note, color: 'Warning', size: 'Small', wrap: true });
  body.push(...matchedBlocks(reply.matched));
  if (reply.cause) body.push(labelBlock('Cause'), { type: 'RichTextBlock', inlines: textRuns(reply.cause), spacing: 'Small' });
  const [shown, more] = splitShown(contentElements(reply.blocks));
  body.push(labelBlock('Fix'), ...shown);
  if (more.length > 0) {
    // Under the content it unfolds; the card's own buttons stay within Teams' five.
    body.push(
      { type: 'Container', id: MORE_ID, isVisible: false, spacing: 'None', items: more },
      { type: 'ActionSet', spacing: 'Small', actions: [{ type: 'Action.ToggleVisibility', title: 'Show more', targetElements: [MORE_ID] }] },
    );
  }
  body.push(sourceBlock(reply.article));
  return cardShell(body, renderActions(reply.actions, reply.article.url));
}
