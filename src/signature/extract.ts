/**
 * Error-signature extraction: from a pasted message (already redacted) to what identifies the
 * error — its messages, type names and codes, HTTP statuses, the AWS operation — normalized so
 * that the same error from two accounts reads the same, plus the de-noised text search reads.
 * One bounded, linear pass: see scan-window.ts for the caps.
 */
import { findAwsCliError } from './aws-cli';
import { looksLikeError } from './error-words';
import { findConcepts } from './concepts';
import { findTypeNames } from './exception-names';
import { findPhraseStatuses, findStatusClasses, findStatuses } from './http-status';
import { findErrorFields } from './json-fields';
import { findLogMessages } from './log-messages';
import { scanLines } from './scan-window';
import { analyzeStack } from './stack-trace';
import { findTlsErrors } from './tls-codes';
import { toolOutputKind } from './tool-output';
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
  /** Plain words for recognized TLS failures ("certificate name mismatch"), however the client worded them. */
  concepts: string[];
  /** The innermost cause of an exception chain (Java "Caused by", Python "(Caused by …)", Node "[cause]"), normalized, or null. */
  cause: string | null;
  /** The message without stack frames and tool output, with variable parts replaced: what the search reads. */
  query: string;
  /** Diagnostic-tool output lines (dig, nslookup, curl -v, openssl), normalized: searched, never held against the message. */
  toolQuery: string;
  /** True when the call failed below HTTP (TLS handshake, certificate, connection) and no HTTP status was received. */
  transportFailure: boolean;
  /** One line for people: the normalized error text that was matched on. */
  display: string;
  /** True when the message carries an error (a type, status, code or error message), not just prose. */
  isError: boolean;
}

const MAX_MESSAGES = 8;
const MAX_TYPES = 12;
const MAX_QUERY_CHARS = 2_500;
const MAX_TOOL_CHARS = 1_200;
const MAX_ERROR_OVERFLOW_CHARS = 1_500;
// Failures below HTTP: TLS, certificates, handshakes, curl's connection/TLS exit codes.
const TRANSPORT = /ssl|tls|cert|x509|handshake|pkix|curl: \((?:6|7|28|35|51|52|56|58|60|77|83|90|91)\)/i;
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
  const concepts: string[] = [];
  const queryLines: string[] = [];
  const toolLines: string[] = [];
  let queryChars = 0;
  let errorOverflowChars = 0;
  let loggedByService = false;
  let toolChars = 0;

  const pushUnique = <T>(list: T[], value: T, cap: number): void => {
    if (list.length < cap && !list.includes(value)) list.push(value);
  };

  for (let i = 0; i < lines.length; i++) {
    if (frame[i]) continue;
    const raw = lines[i].trim();
    if (!raw) continue;
    const lineTypes = findTypeNames(raw);
    const lineConcepts = findConcepts(raw);
    for (const c of lineConcepts) pushUnique(concepts, c, 4);
    const errorLike = lineTypes.length > 0 || lineConcepts.length > 0 || looksLikeError(raw);
    // Tool output that reports the error ("* SSL: no alternative certificate subject name…") is content.
    const tool = errorLike ? null : toolOutputKind(raw);
    // Normalizing is the costly step: only for lines something will keep.
    const keep = errorLike || (tool === null ? queryChars < MAX_QUERY_CHARS : toolChars < MAX_TOOL_CHARS);
    // A curl -v line that carries the error ("< HTTP/1.1 502 …") reads without curl's direction marker.
    const content = tool === null ? raw.replace(/^[<>*] /, '') : raw;
    const normalized = keep ? normalizeVariableParts(stripKeys(content)) : '';
    // Someone who pastes a DNS lookup is asking about name resolution.
    if (tool === 'dns') pushUnique(concepts, 'dns', 4);
    if (normalized) {
      if (tool !== null) {
        if (toolChars < MAX_TOOL_CHARS) {
          toolLines.push(normalized);
          toolChars += normalized.length + 1;
        }
      } else if (queryChars < MAX_QUERY_CHARS) {
        queryLines.push(normalized);
        queryChars += normalized.length + 1;
      } else if (errorLike && errorOverflowChars < MAX_ERROR_OVERFLOW_CHARS) {
        // Routine lines filled the budget; an error line further down is still what the paste is about.
        queryLines.push(normalized);
        errorOverflowChars += normalized.length + 1;
      }
    }

    const cli = findAwsCliError(raw);
    if (cli) {
      pushUnique(types, cli.code, MAX_TYPES);
      pushUnique(operations, cli.operation, 4);
      if (cli.message) pushUnique(explicit, normalizeVariableParts(cli.message), MAX_MESSAGES);
    }
    const log = findLogMessages(raw);
    for (const m of log.messages) pushUnique(explicit, normalizeVariableParts(m), MAX_MESSAGES);
    if (log.messages.length > 0 || log.statuses.length > 0) loggedByService = true;
    for (const s of log.statuses) pushUnique(statuses, s, 6);
    const fields = findErrorFields(raw);
    for (const t of fields.types) pushUnique(types, t, MAX_TYPES);
    for (const m of fields.messages) pushUnique(explicit, normalizeVariableParts(m), MAX_MESSAGES);
    const tls = findTlsErrors(raw);
    for (const t of tls.types) pushUnique(types, t, MAX_TYPES);
    for (const m of tls.messages) pushUnique(explicit, normalizeVariableParts(m), MAX_MESSAGES);
    for (const t of lineTypes) pushUnique(types, t, MAX_TYPES);
    for (const s of findStatuses(raw)) pushUnique(statuses, s, 6);
    for (const s of findPhraseStatuses(raw)) pushUnique(phraseStatuses, s, 6);
    for (const c of findStatusClasses(raw)) pushUnique(statusClasses, c, 2);
    if (errorLike && normalized) pushUnique(errorLines, normalized, MAX_MESSAGES * 2);
  }

  const messages: string[] = [];
  const cause = rootCause ? normalizeVariableParts(innermost(rootCause)) : null;
  for (const m of explicit) pushUnique(messages, m, MAX_MESSAGES);
  if (rootCause) pushUnique(messages, normalizeVariableParts(rootCause), MAX_MESSAGES);
  if (cause) pushUnique(messages, cause, MAX_MESSAGES);
  for (const m of errorLines) pushUnique(messages, m, MAX_MESSAGES);

  // A reason phrase implies its status only when no number was given ("502 Bad Gateway … Internal server error" is a 502).
  if (statuses.length === 0) statuses.push(...phraseStatuses);
  const query = queryLines.join('\n');
  const arnServices = [...new Set([...query.matchAll(/arn:aws:([a-z0-9-]{1,40}):/g)].map((m) => m[1]))].slice(0, 6);
  const isError = types.length > 0 || statuses.length > 0 || statusClasses.length > 0 || explicit.length > 0 || rootCause !== null || errorLines.length > 0;
  // A service's log line about the call means the call reached it and got a status back.
  const transportFailure =
    statuses.length === 0 && statusClasses.length === 0 && !loggedByService && (types.some((t) => TRANSPORT.test(t)) || (cause !== null && TRANSPORT.test(cause)) || concepts.some((c) => c.startsWith('certificate')));
  return {
    messages,
    types,
    statuses,
    statusClasses,
    operations,
    arnServices,
    concepts,
    cause,
    query,
    toolQuery: toolLines.join('\n'),
    transportFailure,
    display: displayOf(messages, query),
    isError,
  };
}

// Python and Java print chained causes inline: "… (Caused by SSLError(SSLCertVerificationError(1, '… expired')))".
function innermost(line: string): string {
  const at = line.lastIndexOf('Caused by ');
  return at >= 0 ? line.slice(at + 'Caused by '.length).replace(/[)'"\s]+$/, '') : line;
}

// JSON keys ("message":) and header names (x-amzn-ErrorType:) are structure, not content.
function stripKeys(line: string): string {
  return line.replace(/"[A-Za-z_]{2,20}"\s{0,4}:\s{0,4}/g, '').replace(/^[A-Za-z][A-Za-z0-9]{0,20}(?:-[A-Za-z0-9]{1,20}){1,4}:\s/, '');
}

function displayOf(messages: string[], query: string): string {
  const base = messages.length > 0 ? messages.slice(0, 2).join(' · ') : query.replace(/\s+/g, ' ');
  return base.length > MAX_DISPLAY_CHARS ? `${base.slice(0, MAX_DISPLAY_CHARS - 1)}…` : base;
}
