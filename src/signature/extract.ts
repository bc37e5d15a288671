/**
 * Error-signature extraction: from a pasted message (already redacted) to what identifies the
 * error — its messages, type names and codes, HTTP statuses, the AWS operation — normalized so
 * that the same error from two accounts reads the same, plus the de-noised text search reads.
 * One bounded, linear pass: see scan-window.ts for the caps.
 */
import { findAwsCliError } from './aws-cli';
import { looksLikeError } from './error-words';
import { findTypeNames } from './exception-names';
import { findPhraseStatuses, findStatusClasses, findStatuses } from './http-status';
import { findErrorFields } from './json-fields';
import { findLogMessages } from './log-messages';
import { scanLines } from './scan-window';
import { analyzeStack } from './stack-trace';
import { findTlsErrors } from './tls-codes';
import { normalizeVariableParts } from './variable-parts';

/** What identifies the error in a message. All strings are normalized (variable parts replaced). */
export interface ErrorSignature {
  /** Error messages, most telling first: explicit fields and log messages, the root cause, then error-looking lines. */
  messages: string[];
  /** Exception/type names and codes: GoneException, SignatureDoesNotMatch, curl: (58), ERR_CERT_COMMON_NAME_INVALID. */
  types: string[];
  /** HTTP statuses named in the message. */
  statuses: number[];
  /** Status classes written as such ("5xx"). */
  statusClasses: string[];
  /** AWS API operations the error came from (from CLI/SDK errors). */
  operations: string[];
  /** AWS services named by ARNs in the message (execute-api, s3, …). */
  arnServices: string[];
  /** The message without stack frames, with variable parts replaced: what the search reads. */
  query: string;
  /** One line for people: the normalized error text that was matched on. */
  display: string;
  /** True when the message carries an error (a type, status, code or error message), not just prose. */
  isError: boolean;
}

const MAX_MESSAGES = 8;
const MAX_TYPES = 12;
const MAX_QUERY_CHARS = 4_000;
const MAX_DISPLAY_CHARS = 240;

/** Extracts the error signature of `text`. Bounded time on any input. */
export function extractSignature(text: string): ErrorSignature {
  const lines = scanLines(text);
  const { frame, rootCause } = analyzeStack(lines);
  const explicit: string[] = [];
  const errorLines: string[] = [];
  const types: string[] = [];
  const statuses: number[] = [];
  const phraseStatuses: number[] = [];
  const statusClasses: string[] = [];
  const operations: string[] = [];
  const queryLines: string[] = [];
  let queryChars = 0;

  const pushUnique = <T>(list: T[], value: T, cap: number): void => {
    if (list.length < cap && !list.includes(value)) list.push(value);
  };

  for (let i = 0; i < lines.length; i++) {
    if (frame[i]) continue;
    const raw = lines[i].trim();
    if (!raw) continue;
    const normalized = normalizeVariableParts(stripKeys(raw));
    if (!normalized) continue;
    if (queryChars < MAX_QUERY_CHARS) {
      queryLines.push(normalized);
      queryChars += normalized.length + 1;
    }

    const cli = findAwsCliError(raw);
    if (cli) {
      pushUnique(types, cli.code, MAX_TYPES);
      pushUnique(operations, cli.operation, 4);
      if (cli.message) pushUnique(explicit, normalizeVariableParts(cli.message), MAX_MESSAGES);
    }
    const log = findLogMessages(raw);
    for (const m of log.messages) pushUnique(explicit, normalizeVariableParts(m), MAX_MESSAGES);
    for (const s of log.statuses) pushUnique(statuses, s, 6);
    const fields = findErrorFields(raw);
    for (const t of fields.types) pushUnique(types, t, MAX_TYPES);
    for (const m of fields.messages) pushUnique(explicit, normalizeVariableParts(m), MAX_MESSAGES);
    const tls = findTlsErrors(raw);
    for (const t of tls.types) pushUnique(types, t, MAX_TYPES);
    for (const m of tls.messages) pushUnique(explicit, normalizeVariableParts(m), MAX_MESSAGES);
    for (const t of findTypeNames(raw)) pushUnique(types, t, MAX_TYPES);
    for (const s of findStatuses(raw)) pushUnique(statuses, s, 6);
    for (const s of findPhraseStatuses(raw)) pushUnique(phraseStatuses, s, 6);
    for (const c of findStatusClasses(raw)) pushUnique(statusClasses, c, 2);
    if (looksLikeError(raw) || findTypeNames(raw).length > 0) pushUnique(errorLines, normalized, MAX_MESSAGES * 2);
  }

  const messages: string[] = [];
  for (const m of explicit) pushUnique(messages, m, MAX_MESSAGES);
  if (rootCause) pushUnique(messages, normalizeVariableParts(rootCause), MAX_MESSAGES);
  for (const m of errorLines) pushUnique(messages, m, MAX_MESSAGES);

  // A reason phrase implies its status only when no number was given ("502 Bad Gateway … Internal server error" is a 502).
  if (statuses.length === 0) statuses.push(...phraseStatuses);
  const query = queryLines.join('\n');
  const arnServices = [...new Set([...query.matchAll(/arn:aws:([a-z0-9-]{1,40}):/g)].map((m) => m[1]))].slice(0, 6);
  const isError = types.length > 0 || statuses.length > 0 || statusClasses.length > 0 || explicit.length > 0 || rootCause !== null || errorLines.length > 0;
  return { messages, types, statuses, statusClasses, operations, arnServices, query, display: displayOf(messages, query), isError };
}

// JSON keys ("message":) and header names (x-amzn-ErrorType:) are structure, not content.
function stripKeys(line: string): string {
  return line.replace(/"[A-Za-z_]{2,20}"\s{0,4}:\s{0,4}/g, '').replace(/^[A-Za-z][A-Za-z0-9]{0,20}(?:-[A-Za-z0-9]{1,20}){1,4}:\s/, '');
}

function displayOf(messages: string[], query: string): string {
  const base = messages.length > 0 ? messages.slice(0, 2).join(' · ') : query.replace(/\s+/g, ' ');
  return base.length > MAX_DISPLAY_CHARS ? `${base.slice(0, MAX_DISPLAY_CHARS - 1)}…` : base;
}
