/** Renders the reply model's actions as Slack buttons and selects. */
import { ACTION_IDS, type Action } from '../../../src/reply/actions';
import { SLACK_LIMITS } from '../limits';
import { button, staticSelect, type SlackActionElement } from './blocks';

// Slack's buttons carry an emoji for the two feedback actions, whatever the engine labels them.
const EMOJI: Partial<Record<string, string>> = { [ACTION_IDS.solved]: '✅', [ACTION_IDS.notIt]: '👎' };

function labelFor(action: Action): string {
  const emoji = EMOJI[action.id];
  return emoji && !action.label.startsWith(emoji) ? `${emoji} ${action.label}` : action.label;
}

/** A Slack-only button (share, retry, show more) added by a renderer next to the reply's own actions. */
export interface ExtraButton {
  id: string;
  label: string;
  value: string;
  style?: 'primary' | 'danger';
}

/**
 * Elements for `actions` plus Slack-only `extra` buttons. An action with `options` becomes a
 * static select (its label the placeholder); actions whose value Slack would reject are left out
 * rather than have the whole message rejected.
 */
export function renderActionElements(actions: Action[], allocate: (base: string) => string, extra: ExtraButton[] = []): SlackActionElement[] {
  const elements: SlackActionElement[] = [];
  for (const action of actions) {
    if (action.options !== undefined) {
      const select = staticSelect(allocate(action.id), action.label, action.options);
      if (select) elements.push(select);
      continue;
    }
    if (action.value.length > SLACK_LIMITS.buttonValue) continue;
    elements.push(button(allocate(action.id), labelFor(action), action.value, action.style));
  }
  for (const b of extra) {
    if (b.value.length <= SLACK_LIMITS.buttonValue) elements.push(button(allocate(b.id), b.label, b.value, b.style));
  }
  return elements;
}
