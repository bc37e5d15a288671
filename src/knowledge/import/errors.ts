/**
 * Finds the error messages a piece of text quotes. Errors are kept verbatim; only the surrounding
 * quotes and whitespace go. A quoted string counts as an error when it reads like one (ERROR_WORDS);
 * some error lines are printed without quotes and are recognised by ERROR_LINES.
 */

/** Words and shapes that make a quoted string an error message rather than a name or a value. */
export const ERROR_WORDS =
  /error|exception|fail|denied|invalid|not authori[sz]ed|unauthori[sz]ed|forbidden|missing|cannot|can't|could not|unable|does not match|mismatch|expired|exceeded|timed out|not found|too many|\b[45]\d\d\b|^curl:|^url:|\bERR_|SSL/i;

/** Error lines the sources print without quotes (log lines, CLI output, bullet lists of reasons). */
const ERROR_LINES: readonly RegExp[] = [
  /^Access denied\. Reason: .+$/,
  /^An error occurred \(\w+\) when calling the \w+ (API|operation)\b.*$/,
  /^curl: \(\d+\) .+$/,
  /^Execution failed due to .+$/,
  /^Cannot delete VPC link referenced in format of \[Method:Resource\]\.?$/,
];

/** Keys whose string value in a JSON fragment is an error message (`"errorMessage": "…"`). */
const ERROR_KEYS = /"(errorMessage|errorType|message|error)"\s*:\s*"([^"]+)"/g;

const QUOTED = /["“]([^"“”]+)["”]/g;

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** True when a string reads like an error message. */
function isErrorLike(text: string): boolean {
  const t = clean(text);
  return t.length >= 6 && /[A-Za-z]{3}/.test(t) && ERROR_WORDS.test(t);
}

/** Prose that announces an error right before a quote ("…the following error: “…”"). */
const ANNOUNCES_ERROR = /\b(error|errors|error message|exception)( similar to the following| like the following)?\s*:\s*$/i;

/** Quoted error messages in prose: straight or curly quotes, mixed pairs included. */
export function quotedErrors(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(QUOTED)) {
    const inner = clean(match[1]);
    const announced = ANNOUNCES_ERROR.test(text.slice(0, match.index));
    if (isErrorLike(inner) || (announced && inner.length >= 6)) out.push(inner);
  }
  return out;
}

/** The whole line when it is an unquoted error line (ERROR_LINES), else null. */
export function lineError(text: string): string | null {
  const t = clean(text);
  return ERROR_LINES.some((pattern) => pattern.test(t)) ? t : null;
}

/** A line that is nothing but one quoted string (optionally followed by a period). */
export function wholeQuote(text: string): string | null {
  const match = /^["“](.+)["”]\.?$/.exec(text.trim());
  return match && !/["“”]/.test(match[1]) ? clean(match[1]) : null;
}

// "…see whether there's the following error message: There is an invalid certificate in your truststore bundle ."
const ANNOUNCED_UNQUOTED = /\bfollowing error(?: message)?\s*:\s+([^"“”:]{6,200}?)\s*\.?\s*$/i;

/** An error message the prose announces and then prints without quotes, at the end of a line. */
export function announcedError(text: string): string | null {
  const match = ANNOUNCED_UNQUOTED.exec(clean(text));
  return match ? clean(match[1]) : null;
}

// "504 error: endpoint request timed out": a status, then the error body the service returns with it.
const STATUS_AND_BODY = /^[1-5]\d\d error:\s+(.{6,200})$/i;

/** The error body of a line that names a status and then the body ("502 error: bad gateway"), else null. */
export function statusBodyError(text: string): string | null {
  const match = STATUS_AND_BODY.exec(clean(text));
  return match ? match[1] : null;
}

/** Errors in one line of prose: a whole-line error, else the quoted errors inside it, else an announced unquoted one. */
export function errorsInText(text: string): string[] {
  const whole = wholeQuote(text);
  if (whole && isErrorLike(whole)) return [whole];
  const line = lineError(text);
  if (line) return [line];
  const body = statusBodyError(text);
  if (body) return [body];
  const quoted = quotedErrors(text);
  if (quoted.length > 0) return quoted;
  const announced = announcedError(text);
  return announced ? [announced] : [];
}

/** Error messages carried by a code fragment's error keys (`"errorMessage": "GoneException: 410"`). */
export function codeErrors(code: string): string[] {
  const out: string[] = [];
  for (const match of code.matchAll(ERROR_KEYS)) if (isErrorLike(match[2])) out.push(clean(match[2]));
  return out;
}

/** A key for comparing two error strings: case, spacing and trailing punctuation ignored. */
export function errorKey(text: string): string {
  return clean(text).toLowerCase().replace(/[.\s]+$/, '');
}

/** Adds errors to a list, skipping ones already there (by errorKey). */
export function addErrors(list: string[], more: readonly string[]): void {
  for (const error of more) if (!list.some((e) => errorKey(e) === errorKey(error))) list.push(error);
}
