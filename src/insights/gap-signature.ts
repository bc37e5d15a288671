/**
 * The key that groups unanswered and "not it" messages into gaps: the same error pasted by
 * different people, with other ids, hosts, timestamps and other words around it, gets one key.
 * The message (already redacted) goes through the engine's signature extraction, which replaces
 * variable parts with placeholders; then what identifies the error is kept and the rest folded:
 * - an error that names its types or codes (exception names, errno codes, product codes) is keyed
 *   on those and its HTTP statuses: that is what stays when the wording changes;
 * - otherwise on the content words of the last clause of the message line that reports the error
 *   (or of the whole question), placeholders dropped with their labels ("request <id>"): lower case, placeholders, numbers other than statuses and filler
 *   words dropped, de-duplicated and sorted, so prefixes, word order and chatter around the error
 *   do not split a group.
 */
import { STOPWORDS } from '../search/stopwords';
import { extractSignature } from '../signature';

/** A gap key and the line shown for it. */
export interface GapSignature {
  key: string;
  /** Readable, redacted: the types and statuses, or the folded error words. */
  label: string;
}

const MAX_WORDS = 12;
const STATUS = /^[1-5]\d\d$/;

/** The grouping key of one unanswered or "not it" message (`text` is the redacted message). */
export function gapSignature(text: string): GapSignature {
  const signature = extractSignature(text);
  if (signature.types.length > 0) {
    const types = [...new Set(signature.types.map((t) => t.toLowerCase()))].sort();
    const statuses = [...new Set(signature.statuses)].sort((a, b) => a - b).map(String);
    const label = [...[...new Set(signature.types)].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())), ...statuses].join(' · ');
    return { key: `types:${[...types, ...statuses].join(' ')}`, label };
  }
  const message = reportingMessage(signature.messages) ?? signature.query ?? text;
  const core = innermostClause(foldVariableLabels(message));
  const words = foldWords(core);
  if (words.length === 0) {
    const fallback = foldWords(text);
    return fallback.length > 0 ? { key: `words:${fallback.join(' ')}`, label: oneLine(text) } : { key: 'empty', label: '(no words)' };
  }
  const statuses = signature.statuses.map(String).filter((s) => !words.includes(s));
  return { key: `words:${[...statuses, ...words].join(' ')}`, label: oneLine(core) };
}

// "hi, billing-worker can't reach <host> since <time>" then "FATAL: sorry, too many clients
// already": the line that reports the error says what it is; the one describing it varies by person.
const REPORTS_ERROR = /\b(?:fatal|error|exception|fail(?:ed|ure)?|denied|refused|invalid|unable|cannot|timed out|timeout|panic|abort(?:ed)?)\b/i;

function reportingMessage(messages: readonly string[]): string | undefined {
  return messages.find((m) => REPORTS_ERROR.test(m)) ?? messages[0];
}

// A placeholder's label goes with it: "(request <id>)", "[<n>]", "pid <n>", "requestId=<id>" name
// a variable part, and people label theirs differently or not at all.
function foldVariableLabels(message: string): string {
  return message
    .replace(/[([][^()[\]]{0,80}<[a-z]+>[^()[\]]{0,80}[)\]]/g, ' ')
    .replace(/[A-Za-z][\w-]{0,30}\s?[=:#]?\s?<[a-z]+>/g, ' ');
}

// "psql: error: connection to server … failed: FATAL: sorry, too many clients already": the
// prefixes say where it was seen (and differ between tools); the last clause with two or more
// content words says what went wrong.
function innermostClause(message: string): string {
  const clauses = message.split(/:\s+/);
  for (let i = clauses.length - 1; i > 0; i--) if (foldWords(clauses[i]).length >= 2) return clauses[i];
  return message;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 159)}…` : flat;
}

/** Content words of `text`: lower case, no placeholders, no numbers but statuses, no filler; sorted and unique. */
export function foldWords(text: string): string[] {
  const words = new Set<string>();
  for (const raw of text.toLowerCase().replace(/<[a-z]+>/g, ' ').split(/[^a-z0-9_]+/)) {
    if (raw.length < 2 || STOPWORDS.has(raw)) continue;
    if (/^\d+$/.test(raw) && !STATUS.test(raw)) continue;
    // Mixed letters and digits of any length left over are ids the extractor kept whole (short hashes, pod suffixes).
    if (/\d/.test(raw) && /[a-z]/.test(raw) && !/^[a-z]+\d{0,2}$/.test(raw)) continue;
    words.add(raw);
    if (words.size >= MAX_WORDS * 2) break;
  }
  return [...words].sort().slice(0, MAX_WORDS);
}
