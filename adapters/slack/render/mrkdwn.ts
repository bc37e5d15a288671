/**
 * Text helpers for Slack's mrkdwn: escaping, neutralizing broadcast words, and cutting text to
 * Slack's limits without breaking an escape sequence, a surrogate pair or a code fence.
 */

// Bare @channel/@here/@everyone do not notify without link_names, but a zero-width space
// keeps them inert even if a client or a future flag starts linking them.
const BROADCAST_WORD = /@(channel|here|everyone)\b/gi;
const ZERO_WIDTH_SPACE = '\u200b';

/** Escapes &, < and > as Slack requires, which also turns any pasted `<!channel>`/`<@U…>` into inert text. */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(BROADCAST_WORD, `@${ZERO_WIDTH_SPACE}$1`);
}

/** Plain text for `plain_text` objects: no escaping needed, but broadcast words are still broken. */
export function neutralizePlain(text: string): string {
  return text.replace(BROADCAST_WORD, `@${ZERO_WIDTH_SPACE}$1`);
}

/** Cuts `text` to at most `max` characters, ending with "…", never splitting an entity or a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  cut = dropBrokenTail(cut);
  return `${cut}…`;
}

function dropBrokenTail(text: string): string {
  let result = text;
  const last = result.charCodeAt(result.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) result = result.slice(0, -1);
  const amp = result.lastIndexOf('&');
  if (amp >= 0 && amp >= result.length - 5 && !result.slice(amp).includes(';')) result = result.slice(0, amp);
  return result;
}

/**
 * Splits text into chunks of at most `max` characters, preferring line breaks, then spaces;
 * never splits an escape entity or a surrogate pair.
 */
export function splitText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let at = rest.lastIndexOf('\n', max);
    if (at < max / 2) at = rest.lastIndexOf(' ', max);
    if (at < max / 2) at = dropBrokenTail(rest.slice(0, max)).length;
    chunks.push(rest.slice(0, at).replace(/\s+$/, ''));
    rest = rest.slice(at).replace(/^\n/, '');
  }
  if (rest.length > 0 || chunks.length === 0) chunks.push(rest);
  return chunks;
}

/** An inline code span for quoting text back (the matched error), or plain escaped text if it holds backticks. */
export function inlineCode(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.includes('`') ? escapeMrkdwn(oneLine) : `\`${escapeMrkdwn(oneLine)}\``;
}

/** A fenced code block's body split so each fenced chunk fits `max`; inner fences are broken so they cannot close early. */
export function fencedCode(code: string, max: number): string[] {
  const fence = '```';
  const safe = escapeMrkdwn(code.replace(/```/g, '`\u200b`\u200b`'));
  return splitText(safe, max - fence.length * 2 - 2).map((chunk) => `${fence}\n${chunk}\n${fence}`);
}

// A word holding a formatting character could pair with another one and turn bold, italic or struck
// through (`*/*`, `snake_case_name`). Slack has no backslash escapes; shown as inline code the word
// stays literal and copies as it is.
const FORMATTING_WORD = /[^\s`]*[*_~][^\s`]*/g;

/** Escaped plain text in which `*`, `_` and `~` never format: words holding them become inline code. */
export function literalMrkdwn(text: string): string {
  return escapeMrkdwn(text)
    .split(/(`[^`\n]*`)/)
    .map((part, i) => {
      // The author's own inline code already shows literally.
      if (i % 2 === 1) return part;
      return part.replace(FORMATTING_WORD, (word) => (word.length > 1 ? `\`${word}\`` : word));
    })
    .join('');
}
