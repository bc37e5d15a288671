/**
 * The longest message any pattern ever sees. Adapters cut to it before their own markup patterns
 * run, and the service cuts again before redaction, so a hostile paste costs bounded time however
 * long it arrives. The start is kept: that is where an error names itself.
 */
export const MAX_MESSAGE_CHARS = 20_000;

/** The first MAX_MESSAGE_CHARS characters of `text`. */
export function cutToLimit(text: string, limit: number = MAX_MESSAGE_CHARS): string {
  return text.length > limit ? text.slice(0, limit) : text;
}
