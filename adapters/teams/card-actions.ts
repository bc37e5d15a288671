/**
 * Reply-model actions as Adaptive Card buttons. Every button is an Action.Submit whose `data`
 * carries the action id and its encoded value; pickers (other causes, related) open a ShowCard
 * with a choice list, whose chosen value Teams merges into the submitted data under the
 * picker's input id (one per picker: input ids must be unique within a card).
 */
import { ACTION_IDS, type Action } from '../../src/reply/actions';
import type { CardAction, SubmitAction } from './card-types';
import { oneLine } from './card-text';

/** The input id of a picker's choice list; its value arrives beside `kbAction` in the submit. */
export function choiceInputId(actionId: string): string {
  return `kbChoice_${actionId}`;
}

const BUTTON_TITLE_MAX = 60;
const CHOICE_TITLE_MAX = 120;

/** One submit button for an action id and value. */
export function submitButton(title: string, kbAction: string, kbValue: string, style?: Action['style']): SubmitAction {
  const button: SubmitAction = { type: 'Action.Submit', title: oneLine(title, BUTTON_TITLE_MAX), data: { kbAction, kbValue } };
  if (style === 'primary') button.style = 'positive';
  if (style === 'danger') button.style = 'destructive';
  return button;
}

/** A reply action as a button, or as a ShowCard picker when it has options. */
function renderAction(action: Action): CardAction {
  if (!action.options || action.options.length === 0) return submitButton(action.label, action.id, action.value, action.style);
  const choices = action.options.map((option) => ({ title: oneLine(option.label, CHOICE_TITLE_MAX), value: option.value }));
  return {
    type: 'Action.ShowCard',
    title: oneLine(action.label, BUTTON_TITLE_MAX),
    card: {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        {
          type: 'Input.ChoiceSet',
          id: choiceInputId(action.id),
          label: oneLine(action.label, BUTTON_TITLE_MAX),
          style: 'expanded',
          choices,
          value: choices[0].value,
          isRequired: true,
          errorMessage: 'Pick one.',
        },
      ],
      actions: [{ type: 'Action.Submit', title: 'Show', data: { kbAction: action.id } }],
    },
  };
}

/** A reply's actions as card buttons, in order; with the article's page known, "Full article" opens it. */
export function renderActions(actions: Action[], articleUrl?: string): CardAction[] {
  return actions.map((action) =>
    action.id === ACTION_IDS.fullArticle && articleUrl ? { type: 'Action.OpenUrl', title: oneLine(action.label, BUTTON_TITLE_MAX), url: articleUrl } : renderAction(action),
  );
}
