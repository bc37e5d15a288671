/**
 * Slack message markup to plain text for the engine: user and channel references become
 * `@name`/`#name`, links their text, broadcasts (`<!channel>`…) inert words, entities decoded.
 * The result is never sent back to Slack as-is: renderers escape whatever the engine quotes.
 */
import { cutToLimit } from '../../../src/security/input-limit';

const ANGLE = /<([^<>\s][^<>]*)>/g;

function replaceReference(inner: string): string {
  const [target, label] = splitLabel(inner);
  if (target.startsWith('@')) return label ? `@${label.replace(/^@/, '')}` : `@${target.slice(1)}`;
  if (target.startsWith('#')) return label ? `#${label.replace(/^#/, '')}` : `#${target.slice(1)}`;
  if (target.startsWith('!')) {
    const special = target.slice(1);
    if (/^(channel|here|everyone)$/i.test(special)) return `@${special.toLowerCase()}`;
    if (special.startsWith('subteam^')) return label ? `@${label.replace(/^@/, '')}` : '@group';
    return label ?? '';
  }
  // A link: its text when it has one, else the URL (often the very endpoint that is failing).
  return label ?? target.replace(/^mailto:/, '');
}

function splitLabel(inner: string): [string, string | undefined] {
  const bar = inner.indexOf('|');
  return bar < 0 ? [inner, undefined] : [inner.slice(0, bar), inner.slice(bar + 1)];
}

// A user mention, `<@U123>` or `<@U123|name>`: one pattern for every message, whoever the bot is.
// Bounded (Slack ids are short; labels never hold `<` or `>`), so a paste full of `<@` stays linear.
const USER_MENTION = /<@([A-Za-z0-9]{1,40})(?:\|[^<>]{0,200})?>/g;

/** Removes mentions of the bot itself (`<@UBOT>`), which are addressing, not content. */
function stripBotMention(text: string, botUserId: string | undefined): string {
  if (!botUserId) return text;
  return text.replace(USER_MENTION, (mention: string, userId: string) => (userId === botUserId ? ' ' : mention));
}

/** Slack markup to plain text (cut to the message limit first, so every pattern below sees bounded input). */
export function normalizeSlackText(text: string): string {
  return cutToLimit(text)
    .replace(ANGLE, (_match, inner: string) => replaceReference(inner))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/```/g, '\n')
    // Per line, not /[ \t]+\n/g: that regex rescans every run of blanks not followed by a newline (quadratic).
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/** What the engine gets for a message addressed to the bot. */
export function normalizeIncoming(text: string, botUserId: string | undefined): string {
  return normalizeSlackText(stripBotMention(cutToLimit(text), botUserId));
}
