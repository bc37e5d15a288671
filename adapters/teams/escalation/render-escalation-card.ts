/** The card in the experts' channel: the (redacted) question, what was shown, feedback so far, state, Take it / Resolved. */
import { encodeEscalationValue } from '../../../src/escalation/action-value';
import type { EscalationBrief, ShownSection } from '../../../src/escalation/desk';
import { ACTION_IDS } from '../../../src/reply/actions';
import type { EscalationRecord } from '../../../src/store/types';
import { submitButton } from '../card-actions';
import { bulletBlocks, labelBlock, matchedBlocks, paragraphBlock, titleBlock } from '../card-elements';
import { cardShell } from '../card-shell';
import type { AdaptiveCard, CardAction, CardElement } from '../card-types';

function sectionName(section: ShownSection | null): string {
  return section ? `${section.title}: ${section.heading}` : 'Nothing (no article fitted)';
}

/** The state as the experts read it; `takenByName` is the expert's display name when known. */
export function stateText(record: EscalationRecord, takenByName?: string): string {
  switch (record.state) {
    case 'open':
      return 'Open: waiting for someone to take it.';
    case 'taken':
      return `Taken by ${takenByName ?? 'an expert'}: replies in this thread (mention the bot) go to the asker.`;
    case 'resolved':
      return 'Resolved.';
  }
}

/** The escalation card; `brief` with what was shown and the feedback, `asker` a plain-text name. */
export function renderEscalationCard(record: EscalationRecord, brief: EscalationBrief, state: string): AdaptiveCard {
  const body: CardElement[] = [titleBlock('Question for an expert'), ...matchedBlocks(record.question || '(no question text)')];
  body.push(labelBlock('The assistant showed'), paragraphBlock(sectionName(brief.shown)));
  body.push(labelBlock('Feedback so far'));
  body.push(...(brief.feedback.length === 0 ? [paragraphBlock('None')] : bulletBlocks(brief.feedback.map((f) => `${f.helpful ? 'Solved' : 'Not it'} on ${sectionName(f.section)}`))));
  body.push(labelBlock('State'), paragraphBlock(state));
  const value = encodeEscalationValue(record.id);
  const actions: CardAction[] = [];
  if (record.state === 'open') actions.push(submitButton('Take it', ACTION_IDS.takeEscalation, value, 'primary'));
  if (record.state !== 'resolved') actions.push(submitButton('Resolved', ACTION_IDS.resolveEscalation, value));
  return cardShell(body, actions);
}
