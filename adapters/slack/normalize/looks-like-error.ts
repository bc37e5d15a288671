/**
 * Whether a message in an auto-answer channel looks like an error worth answering unasked.
 * Deliberately conservative: a false positive is the bot butting into a conversation.
 */
import { cutToLimit } from '../../../src/security/input-limit';

const SIGNALS: RegExp[] = [
  /\b(error|exception|failed|failure|denied|forbidden|unauthori[sz]ed|timed out|timeout|refused|throttl\w*|traceback|fatal|panic)\b/i,
  /\bHTTP\/\d(\.\d)?\s+[45]\d\d\b/i,
  /\b(status(\s*code)?|statusCode)["']?\s*[:=]?\s*[45]\d\d\b/i,
  /\b[45]\d\d\s+(Bad Request|Unauthorized|Forbidden|Not Found|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out)\b/i,
  /\bx-amzn-ErrorType\b/i,
  /^\s+at\s+\S+.*:\d+(:\d+)?\)?\s*$/m,
  /"message"\s*:\s*"[^"]+"/,
];

export function looksLikeError(text: string): boolean {
  const bounded = cutToLimit(text);
  return SIGNALS.some((signal) => signal.test(bounded));
}
