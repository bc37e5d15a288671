/**
 * The tokenizer used for section documents and for messages. Unlike MiniSearch's default (which
 * splits at every punctuation mark), it keeps error tokens whole — "execute-api:invoke",
 * "err_cert_common_name_invalid", "curl-58" (from `curl: (58)`), "5xx", "goneexception" — and
 * also emits their parts ("execute", "api", "invoke", "gone", "exception") so prose still meets them.
 */
import { STOPWORDS } from './stopwords';
import { stem } from './stem';

const PLACEHOLDER = /<(?:time|id|n|host|ip|url|path|frame|blob)>/g;
const CURL_CODE = /\b(?:curl|url): \((\d{1,3})\)/g;
// Connectors never overlap the alphanumeric class, so this runs in linear time.
const RAW_TOKEN = /[A-Za-z0-9]+(?:[-_:.][A-Za-z0-9]+)*/g;
const CAMEL_PIECE = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g;
const MAX_TOKEN = 80;
const PLURAL_ACRONYM = /^[A-Z]{2,}s$/;

/** Terms of `text`, in order, duplicates kept (term frequency matters to BM25). */
export function tokenize(text: string): string[] {
  return scan(text, null);
}

/** Terms in order, and the index in `terms` where each word's terms start. */
export interface TermPositions {
  terms: string[];
  starts: number[];
}

/**
 * `tokenize` with word positions: a word and the parts it is also indexed as ("WebSocket":
 * websocket, web, socket) start at one position.
 */
export function tokenizePositions(text: string): TermPositions {
  const starts: number[] = [];
  return { terms: scan(text, starts), starts };
}

function scan(text: string, starts: number[] | null): string[] {
  const terms: string[] = [];
  let prepared = text.includes('<') ? text.replace(PLACEHOLDER, ' ') : text;
  if (prepared.includes('url: (')) prepared = prepared.replace(CURL_CODE, ' curl-$1 ');
  for (const m of prepared.matchAll(RAW_TOKEN)) {
    const raw = m[0];
    if (raw.length > MAX_TOKEN) continue;
    const before = terms.length;
    if (!hasConnector(raw)) {
      addPart(terms, raw);
    } else {
      addTerm(terms, raw.toLowerCase(), false);
      for (const part of raw.split(/[-_:.]/)) addPart(terms, part);
    }
    if (starts !== null && terms.length > before) starts.push(before);
  }
  return terms;
}

function hasConnector(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 45 || c === 95 || c === 58 || c === 46) return true;
  }
  return false;
}

// Upper-case letters after the first character mark an identifier (GoneException) or an acronym.
function innerUpper(part: string): boolean {
  for (let i = 1; i < part.length; i++) {
    const c = part.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

function addPart(terms: string[], part: string): void {
  const first = part.charCodeAt(0);
  const statusClass = first >= 49 && first <= 53 && part.length >= 3 ? /^([1-5])xx(.*)$/i.exec(part) : null;
  if (statusClass) {
    addTerm(terms, `${statusClass[1]}xx`, false);
    if (statusClass[2]) addPart(terms, statusClass[2]);
    return;
  }
  const lower = part.toLowerCase();
  // A plural acronym ("APIs", "URLs") is the plural of a word, not an identifier of two.
  if (!innerUpper(part) || PLURAL_ACRONYM.test(part)) {
    addTerm(terms, lower, true);
    return;
  }
  const pieces = part.match(CAMEL_PIECE) ?? [part];
  if (pieces.length > 1 && /[a-z]/.test(part)) {
    // An identifier such as GoneException: the whole name, then its words.
    addTerm(terms, lower, false);
    for (const piece of pieces) addTerm(terms, piece.toLowerCase(), true);
    return;
  }
  addTerm(terms, lower, true);
}

function addTerm(terms: string[], term: string, stemmed: boolean): void {
  if (term.length < 2) return;
  // Only three-digit numbers (HTTP statuses) carry meaning; ports, counts and dates do not.
  const c = term.charCodeAt(0);
  if (c >= 48 && c <= 57 && term.length !== 3 && /^\d+$/.test(term)) return;
  if (STOPWORDS.has(term)) return;
  terms.push(stemmed ? stem(term) : term);
}

/** Unique terms of `text`, in first-seen order. */
export function uniqueTerms(text: string): string[] {
  return [...new Set(tokenize(text))];
}
