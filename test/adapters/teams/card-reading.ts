/** Reads what a recorded Bot Connector call carried: its Adaptive Card, the card's texts and buttons. */
import type { ConnectorCall } from '../../support/bot-connector-stand-in';

export interface CardJson {
  type: string;
  version: string;
  body: ElementJson[];
  actions?: ActionJson[];
}
export interface ElementJson {
  type: string;
  text?: string;
  items?: ElementJson[];
  id?: string;
  inlines?: { text: string }[];
  choices?: { title: string; value: string }[];
}
export interface ActionJson {
  type: string;
  title: string;
  data?: Record<string, string>;
  card?: CardJson;
}

export function cardOf(call: ConnectorCall): CardJson {
  const attachments = call.body.attachments as { contentType: string; content: CardJson }[] | undefined;
  if (!attachments || attachments.length !== 1) throw new Error(`expected one attachment, got ${JSON.stringify(call.body).slice(0, 300)}`);
  expect(attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachments[0].content;
}

/** Every TextBlock and RichTextBlock text, containers flattened, in order. */
export function textsOf(elements: ElementJson[]): string[] {
  return elements.flatMap((e) => {
    if (e.type === 'TextBlock' && e.text !== undefined) return [e.text];
    if (e.type === 'RichTextBlock' && e.inlines) return [e.inlines.map((run) => run.text).join('')];
    return e.items ? textsOf(e.items) : [];
  });
}

/** Removes the Markdown escapes the renderer adds, to compare with plain text. */
export function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

export function titleOf(card: CardJson): string {
  return unescape(textsOf(card.body)[0]);
}

/** A card's buttons, with those folded under "More" (Teams shows at most five in a row) in place of it. */
export function allActions(card: CardJson): ActionJson[] {
  return (card.actions ?? []).flatMap((a) => (a.type === 'Action.ShowCard' && a.title === 'More' && a.card ? allActions(a.card) : [a]));
}

export function actionTitles(card: CardJson): string[] {
  return allActions(card).map((a) => a.title);
}

/** The submit data Teams would send for a button (with the first choice picked for a ShowCard picker). */
export function submitValueOf(card: CardJson, title: string): Record<string, string> {
  const action = allActions(card).find((a) => a.title === title);
  if (!action) throw new Error(`no button "${title}" in ${JSON.stringify(actionTitles(card))}`);
  if (action.type === 'Action.Submit') return { ...action.data! };
  const picker = action.card!.body.find((e) => e.type === 'Input.ChoiceSet')!;
  const submit = action.card!.actions!.find((a) => a.type === 'Action.Submit')!;
  return { ...submit.data!, [picker.id!]: picker.choices![0].value };
}
