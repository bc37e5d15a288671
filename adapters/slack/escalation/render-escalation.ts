/**
 * The message in the experts' channel: the (redacted) question, what the assistant showed, the
 * feedback so far, a link to the asker's thread, its state, and the Take it / Resolved buttons.
 * Everything quoted is escaped: nothing the asker typed becomes a mention or a link.
 */
import type { EscalationBrief } from '../../../src/escalation/desk';
import { encodeEscalationValue } from '../../../src/escalation/action-value';
import { ACTION_IDS } from '../../../src/reply/actions';
import type { EscalationRecord } from '../../../src/store/types';
import { actionsBlocks, button, context, header, sections, type SlackBlock, type SlackMessage } from '../render/blocks';
import { escapeMrkdwn, inlineCode, truncate } from '../render/mrkdwn';
import { SLACK_LIMITS } from '../limits';

const QUESTION_SHOWN = 1_000;

/** Where the asker is: a link to their thread when Slack gave one. */
export interface AskerLink {
  permalink?: string;
}

function stateLine(record: EscalationRecord): string {
  switch (record.state) {
    case 'open':
      return ':hourglass: Open: waiting for someone to take it';
    case 'taken':
      return `:eyes: Taken by <@${record.takenBy}>: replies in this thread go to the asker`;
    case 'resolved':
      return ':white_check_mark: Resolved';
  }
}

function sectionName(section: { title: string; heading: string } | null): string {
  return section ? `*${escapeMrkdwn(section.title)}*: ${escapeMrkdwn(section.heading)}` : 'nothing (no article fitted)';
}

/** The escalation message; `brief` is known when it is first posted, and kept in the blocks after that. */
export function renderEscalation(record: EscalationRecord, brief: EscalationBrief, asker: AskerLink): SlackMessage {
  const question = record.question ? inlineCode(truncate(record.question, QUESTION_SHOWN)) : '_(no question text)_';
  const feedback = brief.feedback.length === 0 ? 'none' : brief.feedback.map((f) => `${f.helpful ? 'Solved' : 'Not it'} on ${sectionName(f.section)}`).join('\n');
  const where = asker.permalink ? `<${asker.permalink}|Open the asker's thread>` : 'The asker is in a private conversation with the assistant.';
  const body: SlackBlock[] = [
    header('Question for an expert'),
    ...sections(`*Question*\n${question}`),
    ...sections(`*The assistant showed*\n${sectionName(brief.shown)}`),
    ...sections(`*Feedback so far*\n${feedback}`),
    context([where]),
  ];
  return withState(body, record, `Question for an expert: ${truncate(escapeMrkdwn(record.question), SLACK_LIMITS.messageText - 40)}`);
}

/** `body` followed by the state line and the buttons the state allows. */
export function withState(body: SlackBlock[], record: EscalationRecord, text: string): SlackMessage {
  const value = encodeEscalationValue(record.id);
  const buttons = [];
  if (record.state === 'open') buttons.push(button(ACTION_IDS.takeEscalation, 'Take it', value, 'primary'));
  if (record.state !== 'resolved') buttons.push(button(ACTION_IDS.resolveEscalation, 'Resolved', value));
  return { text, blocks: [...body, context([stateLine(record)]), ...actionsBlocks(buttons)] };
}

const STATE_CONTEXT = /^:(hourglass|eyes|white_check_mark):/;

/** The message's blocks as Slack sent them back, without the state line and the buttons (to render a new state). */
export function escalationBody(blocks: unknown): SlackBlock[] {
  if (!Array.isArray(blocks)) return [];
  return (blocks as SlackBlock[]).filter((block) => {
    if (block.type === 'actions') return false;
    if (block.type === 'context') {
      const first = block.elements[0];
      return !(first && 'text' in first && typeof first.text === 'string' && STATE_CONTEXT.test(first.text));
    }
    return true;
  });
}
