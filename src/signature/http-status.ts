/** HTTP status codes and reason phrases in a line of a paste ("HTTP/1.1 502 Bad Gateway", "status: 500", "Forbidden"). */

/** Reason phrases of the statuses people paste, lower-cased. */
export const REASON_PHRASES: Readonly<Record<number, string>> = {
  400: 'bad request', 401: 'unauthorized', 403: 'forbidden', 404: 'not found', 405: 'method not allowed',
  408: 'request timeout', 409: 'conflict', 410: 'gone', 413: 'payload too large', 415: 'unsupported media type',
  422: 'unprocessable entity', 429: 'too many requests', 500: 'internal server error', 501: 'not implemented',
  502: 'bad gateway', 503: 'service unavailable', 504: 'gateway timeout',
};

// Bare numbers count only when they are a status people quote (443 is a port, 2023 a year).
const BARE_STATUSES = new Set(Object.keys(REASON_PHRASES).map(Number));
const PHRASE_TO_STATUS = new Map(Object.entries(REASON_PHRASES).map(([code, phrase]) => [phrase, Number(code)]));
const PHRASE_PATTERN = new RegExp(`\\b(${[...PHRASE_TO_STATUS.keys()].filter((p) => p.includes(' ') || p === 'forbidden').join('|')})\\b`, 'gi');

const HAS_CODE = /[1-5]\d\d/;
const SHORT_LINE = 80;
const HTTP_WORDS = /\b(?:https?|status|code|errors?|return(?:s|ed|ing)?|got|get(?:s|ting)?|respon\w*|fail\w*|gateway|apis?|endpoints?|forbidden|unauthori[sz]ed|throttl\w*|timeout|timed out|invok\w*|calls?|calling)\b/i;

/** Status codes named in `line`, in order of appearance, without duplicates. */
export function findStatuses(line: string): number[] {
  const found: number[] = [];
  if (!HAS_CODE.test(line)) return found;
  const add = (code: number): void => {
    if (code >= 100 && code <= 599 && !found.includes(code)) found.push(code);
  };
  for (const m of line.matchAll(/\bHTTP\/\d(?:\.\d)?\s+([1-5]\d\d)\b/gi)) add(Number(m[1]));
  for (const m of line.matchAll(/\bstatus(?:[ _-]?code)?\s*[:=]?\s*([1-5]\d\d)\b/gi)) add(Number(m[1]));
  // A bare number is a status in a short message ("403 from API Gateway") or next to HTTP words;
  // in a routine log line ("processed batch 401 in 52 ms") it is a count or an id.
  if (line.length > SHORT_LINE && !HTTP_WORDS.test(line)) return found;
  for (const m of line.matchAll(/(?<![\d.:/-])([1-5]\d\d)(?![\d.:/-]|\s*ms\b)/g)) {
    const code = Number(m[1]);
    if (BARE_STATUSES.has(code)) add(code);
  }
  return found;
}

/** Statuses implied only by a reason phrase ("Forbidden", "Internal server error"): weaker than a number. */
export function findPhraseStatuses(line: string): number[] {
  const found: number[] = [];
  for (const m of line.matchAll(PHRASE_PATTERN)) {
    const code = PHRASE_TO_STATUS.get(m[1].toLowerCase());
    if (code !== undefined && !found.includes(code)) found.push(code);
  }
  return found;
}

/** Status classes written as "5xx" / "4XX". */
export function findStatusClasses(line: string): string[] {
  const found = new Set<string>();
  if (!/[45]xx/i.test(line)) return [];
  for (const m of line.matchAll(/\b([45])xx/gi)) found.add(`${m[1]}xx`);
  return [...found];
}
