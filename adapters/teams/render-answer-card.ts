/** An answer (one article section that fixes the problem) as an Adaptive Card. */
import type { AnswerReply } from '../../src/reply/model';
import type { AdaptiveCard, CardElement } from './card-types';
import { renderActions } from './card-actions';
import { codeBlocks, labelBlock, matchedBlocks, paragraphBlock, sourceBlock, stepBlocks, subtitleBlock, titleBlock } from './card-elements';
import { cardShell } from './card-shell';

const CONFIDENCE_NOTE: Record<AnswerReply['confidence'], string | null> = {
  high: null,
  medium: 'Likely match: check the cause below fits what you see.',
  low: 'Not a confident match: check the cause below fits before following the steps.',
};

/** The answer card: what matched, the cause, the steps, the commands, the source, and the buttons. */
export function renderAnswerCard(reply: AnswerReply): AdaptiveCard {
  const body: CardElement[] = [titleBlock(reply.article.displayTitle), subtitleBlock(reply.section.heading)];
  const note = CONFIDENCE_NOTE[reply.confidence];
  if (note) body.push({ type: 'TextBlock', text: note, color: 'Warning', size: 'Small', wrap: true });
  body.push(...matchedBlocks(reply.matched));
  if (reply.cause) body.push(labelBlock('Cause'), paragraphBlock(reply.cause));
  if (reply.steps.length > 0) body.push(labelBlock('Steps'), ...stepBlocks(reply.steps));
  if (reply.code.length > 0) body.push(labelBlock('Commands'), ...codeBlocks(reply.code));
  body.push(sourceBlock(reply.article));
  return cardShell(body, renderActions(reply.actions));
}
