/** Small builders for the Block Kit blocks the renderers use, each cut to Slack's limits. */
import type { types } from '@slack/bolt';
import { shortActionValue } from '../../../src/reply/short-values';
import { SLACK_LIMITS } from '../limits';
import { threadBlockId } from '../block-ids';
import { escapeMrkdwn, neutralizePlain, splitText, truncate } from './mrkdwn';

export type SlackBlock = types.KnownBlock;
export type SlackActionElement = types.Button | types.StaticSelect;

/** What a renderer produces: Block Kit blocks and the plain fallback `text` Slack shows in notifications. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** A header block (plain text, 150 characters). */
export function header(text: string): types.HeaderBlock {
  return { type: 'header', text: { type: 'plain_text', text: truncate(neutralizePlain(text), SLACK_LIMITS.headerText), emoji: true } };
}

/** Section blocks for already-escaped mrkdwn, split so each stays within 3,000 characters. */
export function sections(mrkdwn: string): types.SectionBlock[] {
  return splitText(mrkdwn, SLACK_LIMITS.sectionText).map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
}

/** Section blocks for plain text (escaped here). */
export function plainSections(text: string): types.SectionBlock[] {
  return sections(escapeMrkdwn(text));
}

/** A context block of already-escaped mrkdwn snippets (at most 10). */
export function context(parts: string[]): types.ContextBlock {
  return {
    type: 'context',
    elements: parts
      .slice(0, SLACK_LIMITS.contextElements)
      .map((text) => ({ type: 'mrkdwn', text: truncate(text, SLACK_LIMITS.contextElementText) })),
  };
}

/** `blocks` with a context note after them, cut so the message stays within Slack's block limit. */
export function withNote(blocks: SlackBlock[], note: string): SlackBlock[] {
  return [...blocks.slice(0, SLACK_LIMITS.blocksPerMessage - 1), context([note])];
}

export function divider(): types.DividerBlock {
  return { type: 'divider' };
}

/** A button; `value` must already be within 2,000 characters (callers drop actions that are not). */
export function button(actionId: string, label: string, value: string, style?: 'primary' | 'danger'): types.Button {
  const element: types.Button = {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: truncate(neutralizePlain(label), SLACK_LIMITS.buttonText), emoji: true },
    value,
  };
  if (style) element.style = style;
  return element;
}

/**
 * A static select (at most 100 options). An option value over Slack's 150 characters is sent in
 * its short form (see short-values.ts), which the action listener expands, so no option is lost.
 */
export function staticSelect(actionId: string, placeholder: string, options: { label: string; value: string }[]): types.StaticSelect | undefined {
  const fitting = options
    .map((o) => ({ label: o.label, value: shortActionValue(o.value, SLACK_LIMITS.optionValue) }))
    .filter((o) => o.value.length > 0 && o.value.length <= SLACK_LIMITS.optionValue)
    .slice(0, SLACK_LIMITS.selectOptions)
    .map((o) => ({ text: { type: 'plain_text' as const, text: truncate(neutralizePlain(o.label), SLACK_LIMITS.optionText), emoji: true }, value: o.value }));
  if (fitting.length === 0) return undefined;
  return {
    type: 'static_select',
    action_id: actionId,
    placeholder: { type: 'plain_text', text: truncate(neutralizePlain(placeholder), SLACK_LIMITS.placeholderText), emoji: true },
    options: fitting,
  };
}

/** Actions blocks holding `elements`, 25 to a block; with a thread key, each block id carries it (see block-ids.ts). */
export function actionsBlocks(elements: SlackActionElement[], threadKey?: string): types.ActionsBlock[] {
  const blocks: types.ActionsBlock[] = [];
  for (let i = 0; i < elements.length; i += SLACK_LIMITS.actionsElements) {
    const block: types.ActionsBlock = { type: 'actions', elements: elements.slice(i, i + SLACK_LIMITS.actionsElements) };
    if (threadKey) block.block_id = threadBlockId(blocks.length, threadKey);
    blocks.push(block);
  }
  return blocks;
}
