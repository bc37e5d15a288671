/**
 * The slice of the Adaptive Card 1.5 schema this adapter produces, typed so renderers cannot emit
 * a property Teams does not know. Plain data: renderers return these and tests compare exact JSON.
 */

/** The schema version Teams renders on desktop, web and mobile. */
export const CARD_VERSION = '1.5';
/** The `$schema` every card names, for editors and validators. */
export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/** Space above an element. */
export type Spacing = 'None' | 'Small' | 'Default' | 'Medium' | 'Large';

/** Text; Teams renders a Markdown subset in it (see card-text.ts for escaping). */
export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap?: boolean;
  size?: 'Small' | 'Default' | 'Medium' | 'Large';
  weight?: 'Lighter' | 'Default' | 'Bolder';
  isSubtle?: boolean;
  color?: 'Default' | 'Good' | 'Warning' | 'Attention' | 'Accent';
  fontType?: 'Default' | 'Monospace';
  style?: 'default' | 'heading';
  spacing?: Spacing;
  separator?: boolean;
}

/** A group of elements, optionally shaded (notes), optionally hidden until a button shows it. */
export interface Container {
  type: 'Container';
  items: CardElement[];
  style?: 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
  spacing?: Spacing;
  separator?: boolean;
  id?: string;
  isVisible?: boolean;
}

/** A button that opens a web page (an article's page). */
export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

/** A run of text inside a RichTextBlock: shown exactly as written (no Markdown), optionally a link. */
export interface TextRun {
  type: 'TextRun';
  text: string;
  weight?: 'Lighter' | 'Default' | 'Bolder';
  fontType?: 'Default' | 'Monospace';
  isSubtle?: boolean;
  selectAction?: OpenUrlAction;
}

/** Text made of runs. Unlike TextBlock it reads no Markdown, so article text needs no escaping. */
export interface RichTextBlock {
  type: 'RichTextBlock';
  inlines: TextRun[];
  spacing?: Spacing;
  separator?: boolean;
}

/** Teams' code element: monospace, line breaks and indentation kept, with a copy button. */
export interface CodeBlockElement {
  type: 'CodeBlock';
  codeSnippet: string;
  language: CodeLanguage;
  spacing?: Spacing;
}

/** The languages Teams' CodeBlock highlights that articles use. */
export type CodeLanguage = 'Bash' | 'JSON' | 'JavaScript' | 'Python' | 'XML' | 'PlainText';

/** A choice list (the pickers for other causes and related articles). */
export interface ChoiceSetInput {
  type: 'Input.ChoiceSet';
  id: string;
  label?: string;
  choices: { title: string; value: string }[];
  value?: string;
  style?: 'compact' | 'expanded';
  isRequired?: boolean;
  errorMessage?: string;
}

/** Any body element this adapter produces. */
/** Buttons placed in the body, where they belong ("Show more" under the content it unfolds). */
export interface ActionSet {
  type: 'ActionSet';
  actions: CardAction[];
  spacing?: Spacing;
}

export type CardElement = TextBlock | RichTextBlock | CodeBlockElement | Container | ChoiceSetInput | ActionSet;

/** What a Submit button sends back: the action id, its encoded value, and (for pickers) the chosen option. */
export interface SubmitData {
  kbAction: string;
  kbValue?: string;
}

/** A button that sends its data (plus any inputs) back to the bot as a message with `value`. */
export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: SubmitData;
  style?: 'default' | 'positive' | 'destructive';
}

/** A button that unfolds a nested card (used for pickers). */
export interface ShowCardAction {
  type: 'Action.ShowCard';
  title: string;
  card: AdaptiveCard;
}

/** A button that shows or hides elements of the same card ("Show more"). */
export interface ToggleVisibilityAction {
  type: 'Action.ToggleVisibility';
  title: string;
  targetElements: string[];
}

/** Any button this adapter produces. */
export type CardAction = SubmitAction | ShowCardAction | OpenUrlAction | ToggleVisibilityAction;

/** A complete card, as sent in an attachment's `content`. */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema?: string;
  version: string;
  body: CardElement[];
  actions?: CardAction[];
  /** Teams extension: use the full message width (code and steps read better). */
  msteams?: { width: 'Full' };
  fallbackText?: string;
}
