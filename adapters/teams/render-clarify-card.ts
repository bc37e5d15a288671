/** A clarifying question (several articles fit) as a card with one button per candidate. */
import { ACTION_IDS, encodeActionValue } from '../../src/reply/actions';
import type { ClarifyReply } from '../../src/reply/model';
import type { AdaptiveCard, CardAction, CardElement } from './card-types';
import { renderActions, submitButton } from './card-actions';
import { matchedBlocks, paragraphBlock } from './card-elements';
import { cardShell } from './card-shell';

/** The question card: the prompt and one button per candidate article. */
export function renderClarifyCard(reply: ClarifyReply): AdaptiveCard {
  const body: CardElement[] = [{ ...paragraphBlock(reply.prompt), weight: 'Bolder' }, ...matchedBlocks(reply.matched)];
  // One button per candidate, built from the candidates themselves so none can be missing;
  // any other actions the engine offers (e.g. "none of these") follow them.
  const candidateButtons: CardAction[] = reply.candidates.map((candidate) =>
    submitButton(candidate.label, ACTION_IDS.chooseCandidate, encodeActionValue({ articleId: candidate.article.id, sectionId: candidate.sectionId })),
  );
  const others = renderActions(reply.actions.filter((action) => action.id !== ACTION_IDS.chooseCandidate));
  return cardShell(body, [...candidateButtons, ...others]);
}
