/**
 * Slack's Block Kit and Web API limits, in one place. Renderers cut to these; the tests check
 * every payload against them. Source: Slack's Block Kit reference (blocks, block elements,
 * composition objects) and the chat.postMessage / views.publish method pages.
 */
export const SLACK_LIMITS = {
  /** Blocks in one message (chat.postMessage, chat.update, chat.postEphemeral, response_url). */
  blocksPerMessage: 50,
  /** Blocks in a Home tab or modal view (views.publish). */
  blocksPerView: 100,
  /** Top-level `text`: Slack truncates beyond 40,000; we stay far below for notifications. */
  messageText: 4000,
  /** `text` of a section block. */
  sectionText: 3000,
  /** Each item of a section's `fields`, and at most 10 of them. */
  sectionFieldText: 2000,
  sectionFields: 10,
  /** Plain text of a header block. */
  headerText: 150,
  /** Elements of a context block. */
  contextElements: 10,
  /** Text of one context element (a text object). */
  contextElementText: 3000,
  /** Elements of an actions block. */
  actionsElements: 25,
  /** Button text, value and action id. */
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  /** Static select: options, option text, option value, placeholder. */
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  placeholderText: 150,
} as const;
