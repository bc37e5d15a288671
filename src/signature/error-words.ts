/** Words that make a line of a paste read as an error rather than as chatter. */

const ERROR_WORDS =
  /\b(?:error|errors|exception|failed|failure|fails|denied|forbidden|invalid|unable|cannot|can't|could not|couldn't|timed out|timeout|refused|not authorized|unauthorized|expired|mismatch|does not match|doesn't match|not found|missing|unavailable|rejected|panic|fatal|throttl\w*|too many)\b/i;

/** True when `line` reads like an error message. */
export function looksLikeError(line: string): boolean {
  return ERROR_WORDS.test(line);
}
